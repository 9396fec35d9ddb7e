from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from analytics import views


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
