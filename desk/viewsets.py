"""The desk's admin screens: Wagtail snippet viewsets for requests, reports and operators.

Each viewset is scoped (`ScopedSnippetViewSet`): its listing, search and export read the
scoped queryset, and every URL that names an object, in the viewset and in its chooser,
answers 404 unless the object is in the user's scope (desk.access).
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from desk.access import operators_for, reports_for, requests_for
from desk.forms import DataRequestForm, ProgrammeReportForm
from desk.inspect import REPORT_FIELDS, ReportInspectView
from desk.models import AgencyOperator, DataRequest, ProgrammeReport
from desk.review_views import ReportEditView, ReviewStatusPanel
from desk.story_views import ArticleColumn


def in_scope(scope, model, user, pk) -> bool:
    try:
        return scope(user, model.objects.filter(pk=unquote(str(pk)))).exists()
    except (ValueError, ValidationError):
        return False


def guard(pattern, scope, model):
    """The URL pattern again, its view answering 404 for an object outside the user's scope."""
    view = pattern.callback

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs and not in_scope(scope, model, request.user, kwargs["pk"]):
            raise Http404
        return view(request, *args, **kwargs)

    return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


def scoped_chooser_viewset(scope):
    """A snippet chooser whose lists and chosen objects stay within the user's scope."""

    class ScopedObjects:
        def get_object_list(self):
            return scope(self.request.user, super().get_object_list())

    class ScopedChoose(ScopedObjects, ChooseView):
        pass

    class ScopedChooseResults(ScopedObjects, ChooseResultsView):
        pass

    class ScopedChosen(SnippetChosenView):
        def get_object(self, pk):
            return scope(self.request.user, self.model_class.objects.all()).get(pk=pk)

    class ScopedChosenMultiple(SnippetChosenMultipleView):
        def get_objects(self, pks):
            return scope(self.request.user, super().get_objects(pks))

    class ScopedChooserViewSet(SnippetChooserViewSet):
        choose_view_class = ScopedChoose
        choose_results_view_class = ScopedChooseResults
        chosen_view_class = ScopedChosen
        chosen_multiple_view_class = ScopedChosenMultiple

        def get_urlpatterns(self):
            # Creating from inside a chooser would skip the desk's own forms.
            return [pattern for pattern in super().get_urlpatterns() if pattern.name != "create"]

    return ScopedChooserViewSet


class ScopedSnippetViewSet(SnippetViewSet):
    scope = None  # fn(user, queryset) -> queryset, from desk.access

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.chooser_viewset_class = scoped_chooser_viewset(self.scope)

    def get_queryset(self, request):
        return self.scope(request.user, self.model._default_manager.all())

    def get_urlpatterns(self):
        return [guard(pattern, self.scope, self.model) for pattern in super().get_urlpatterns()]


class DataRequestViewSet(ScopedSnippetViewSet):
    model = DataRequest
    scope = staticmethod(requests_for)
    icon = "mail"
    menu_label = _("Permintaan Data")
    url_prefix = "desk/permintaan"
    list_display = ["programme", "period_start", "period_end", "due_date", "repeat"]
    list_filter = ["repeat", "due_date", "agencies"]
    list_export = ["programme", "period_start", "period_end", "due_date", "repeat"]
    export_filename = "permintaan-data"
    inspect_view_enabled = True
    search_fields = ["programme"]
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("details"),
            MultiFieldPanel(
                [FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("due_date")],
                heading=_("Periode dan batas waktu"),
            ),
            FieldPanel("repeat"),
            MultiFieldPanel(
                [FieldPanel("all_agencies"), FieldPanel("agencies")], heading=_("OPD tujuan")
            ),
        ],
        base_form_class=DataRequestForm,
    )


class ProgrammeReportViewSet(ScopedSnippetViewSet):
    model = ProgrammeReport
    scope = staticmethod(reports_for)
    icon = "table"
    menu_label = _("Laporan Program")
    url_prefix = "desk/laporan"
    list_display = [
        "programme_name",
        "agency",
        "region",
        "period_end",
        "review_status",
        ArticleColumn("article", label=_("Artikel")),
    ]
    list_filter = ["review_status", "agency", "region", "is_public"]
    list_export = [
        "agency",
        "programme_name",
        "activity_name",
        "period_start",
        "period_end",
        "region",
        "budget_ceiling",
        "budget_realisation",
        "realisation_percent",
        "physical_progress",
        "review_status",
    ]
    export_filename = "laporan-program"
    inspect_view_enabled = True
    inspect_view_class = ReportInspectView
    inspect_view_fields = REPORT_FIELDS
    edit_view_class = ReportEditView

    def get_queryset(self, request):
        reports = ProgrammeReport.objects.select_related("agency", "region", "article")
        return reports_for(request.user, reports)

    edit_handler = ObjectList(
        [
            ReviewStatusPanel(),
            MultiFieldPanel(
                [
                    FieldPanel("agency"),
                    FieldPanel("request"),
                    FieldPanel("programme_name"),
                    FieldPanel("activity_name"),
                    FieldPanel("period_start"),
                    FieldPanel("period_end"),
                ],
                heading=_("Program"),
            ),
            MultiFieldPanel(
                [FieldPanel("region"), FieldPanel("kecamatan"), FieldPanel("desa")],
                heading=_("Lokasi"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("budget_ceiling"),
                    FieldPanel("budget_realisation"),
                    FieldPanel("confirm_over_ceiling"),
                ],
                heading=_("Anggaran"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("physical_progress"),
                    FieldPanel("output_target"),
                    FieldPanel("output_achieved"),
                    FieldPanel("output_unit"),
                    FieldPanel("beneficiaries"),
                    FieldPanel("beneficiaries_unit"),
                ],
                heading=_("Capaian"),
            ),
            FieldPanel("narrative"),
            InlinePanel("photos", label=_("Foto")),
            InlinePanel("documents", label=_("Dokumen")),
            MultiFieldPanel(
                [FieldPanel("contact_name"), FieldPanel("contact_phone")], heading=_("Narahubung")
            ),
            FieldPanel("is_public", permission="desk.review_programmereport"),
        ],
        base_form_class=ProgrammeReportForm,
    )


class AgencyOperatorViewSet(ScopedSnippetViewSet):
    model = AgencyOperator
    scope = staticmethod(operators_for)
    icon = "user"
    menu_label = _("Operator OPD")
    url_prefix = "desk/operator"
    list_display = ["user", "agency"]
    list_filter = ["agency"]


class DeskViewSetGroup(ViewSetGroup):
    items = (ProgrammeReportViewSet, DataRequestViewSet, AgencyOperatorViewSet)
    menu_icon = "table"
    menu_label = _("Data OPD")
    menu_order = 250
