from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.roles import is_editor
from news.extensions import ARTICLE_COPY_RESETS, ARTICLE_EDITOR_TABS, CALENDAR_ARTICLE_NOTES
from syndication import admin_views, preview
from syndication.models import SocialAccount
from syndication.panels import social_media_tab
from syndication.planning import planned_posts_note


class SocialAccountViewSet(SnippetViewSet):
    """Only Administrators hold permissions on this model (see the migration)."""

    model = SocialAccount
    icon = "link-external"
    menu_label = "Akun Media Sosial"
    add_to_admin_menu = True
    menu_order = 800
    list_display = ["name", "platform", "status", "masked_token", "enabled"]
    list_filter = ["platform", "status", "enabled"]


register_snippet(SocialAccountViewSet)


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editor(request.user)


@hooks.register("register_admin_urls")
def syndication_urls():
    return [
        path("sindikasi/", admin_views.syndication_list, name="syndication_list"),
        path("sindikasi/<int:syndication_id>/kirim/", admin_views.retry, name="syndication_retry"),
        path(
            "sindikasi/<int:syndication_id>/kirim-ulang/",
            admin_views.resend_unreconciled,
            name="syndication_resend_unreconciled",
        ),
        path(
            "sindikasi/<int:syndication_id>/tandai/",
            admin_views.mark_posted,
            name="syndication_mark_posted",
        ),
        path("sindikasi/pratinjau/<int:page_id>/", preview.preview, name="syndication_preview"),
    ]


@hooks.register("register_admin_menu_item")
def syndication_menu_item():
    return EditorMenuItem("Sindikasi", reverse("syndication_list"), icon_name="link", order=160)


@hooks.register("construct_homepage_panels")
def syndication_warnings(request, panels):
    if is_editor(request.user):
        panels.append(admin_views.SyndicationWarningsPanel())


@hooks.register("insert_editor_js")
def post_preview_js():
    return format_html('<script src="{}" defer></script>', static("js/post-preview.js"))


# The article editor's Media Sosial tab and the calendar's planned posts, in news' admin.
hooks.register(ARTICLE_EDITOR_TABS, social_media_tab)
hooks.register(CALENDAR_ARTICLE_NOTES, planned_posts_note)


@hooks.register(ARTICLE_COPY_RESETS)
def social_options_start_empty_on_a_copy():
    """A copy's posts are the editor's fresh choice, never the original's texts or skips."""
    return ["social_options", "extra_hashtags"]
