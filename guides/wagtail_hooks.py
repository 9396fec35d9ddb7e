"""The Help menu ("Bantuan") leads to our guides instead of Wagtail's English editor guide."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from guides import views
from guides.catalogue import GUIDES, guides_for

# Wagtail's own Help items that lead to its English documentation (wagtail/admin/wagtail_hooks.py).
WAGTAIL_GUIDE_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


class GuideMenuItem(MenuItem):
    def __init__(self, guide, order):
        super().__init__(
            guide.title, reverse("guide", args=[guide.slug]), icon_name="help", order=order
        )
        self.guide = guide

    def is_shown(self, request):
        return self.guide in guides_for(request.user)


@hooks.register("register_admin_urls")
def register_guide_urls():
    return [
        path("panduan/", views.index, name="guides"),
        path("panduan/<slug:slug>/", views.guide, name="guide"),
    ]


@hooks.register("register_help_menu_item")
def register_all_guides_item():
    return MenuItem("Semua panduan", reverse("guides"), icon_name="doc-full", order=900)


def register_guide_item(guide, order):
    hooks.register("register_help_menu_item", lambda: GuideMenuItem(guide, order))


for order, guide in enumerate(GUIDES, start=800):
    register_guide_item(guide, order)


@hooks.register("construct_help_menu")
def leave_out_wagtails_english_guides(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_GUIDE_ITEMS)]
