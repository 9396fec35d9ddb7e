from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news.models import Agency, Region, Reporter, Rubrik


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
