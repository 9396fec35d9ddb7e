from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.roles import works_on_articles
from news import admin_views
from news.models import Agency, Region, Reporter, Rubrik
from news.signals import record_editor


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = "Wilayah"
    list_display = ["name", "kind", "capital"]
    list_filter = ["kind"]
    search_fields = ["name"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = "OPD"
    list_display = ["name", "short_name"]
    search_fields = ["name", "short_name"]


class RubrikViewSet(SnippetViewSet):
    model = Rubrik
    icon = "folder-open-inverse"
    menu_label = "Rubrik"
    list_display = ["name", "sort_order"]


class ReporterViewSet(SnippetViewSet):
    model = Reporter
    icon = "user"
    menu_label = "Pewarta"
    list_display = ["name", "user"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (RubrikViewSet, RegionViewSet, AgencyViewSet, ReporterViewSet)
    menu_icon = "tag"
    menu_label = "Taksonomi"
    menu_name = "taksonomi"


register_snippet(TaxonomyGroup)


class NewsroomMenuItem(MenuItem):
    def is_shown(self, request):
        return works_on_articles(request.user)


@hooks.register("register_admin_urls")
def register_calendar_url():
    return [path("jadwal/", admin_views.editorial_calendar, name="editorial_calendar")]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return NewsroomMenuItem(
        "Jadwal Terbit", reverse("editorial_calendar"), icon_name="date", order=150
    )


@hooks.register("construct_homepage_panels")
def add_newsroom_panels(request, panels):
    admin_views.dashboard_panels(request, panels)


@hooks.register("insert_global_admin_js")
def character_counters():
    return format_html('<script src="{}" defer></script>', static("js/admin-counters.js"))


@hooks.register("insert_global_admin_css")
def newsroom_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("after_publish_page")
def editor_is_the_publisher(request, page):
    record_editor(page.specific, request.user)
