from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from analytics import views
from news.models import ArticlePage


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_read_reach(request.user)


@hooks.register("register_admin_urls")
def register_reach_urls():
    return [
        path("jangkauan/", views.reach_dashboard, name="reach_dashboard"),
        path("jangkauan/export/", views.export_csv, name="reach_export"),
        path("jangkauan/artikel/<int:page_id>/", views.article_reach_view, name="reach_article"),
    ]


@hooks.register("register_admin_menu_item")
def register_reach_menu_item():
    return ReachMenuItem("Jangkauan", reverse("reach_dashboard"), icon_name="view", order=160)


class ArticleReachButton(PageMenuItem):
    label = "Jangkauan"
    icon_name = "view"
    url_name = "reach_article"

    def is_shown(self, user):
        return views.can_read_reach(user) and self.page.specific_class is ArticlePage


@hooks.register("register_page_header_buttons")
def article_reach_button(page, user, view_name, next_url=None):
    """The article's reach page, from the "…" menu beside its title in the editor."""
    yield ArticleReachButton(page=page, priority=66)
