"""The desk's admin screens: Wagtail snippet viewsets for requests and reports."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from desk.forms import DataRequestForm
from desk.models import AgencyOperator, DataRequest, ProgrammeReport


class DataRequestViewSet(SnippetViewSet):
    model = DataRequest
    icon = "mail"
    menu_label = _("Permintaan Data")
    url_prefix = "desk/permintaan"
    list_display = ["programme", "period_start", "period_end", "due_date", "repeat"]
    list_filter = ["repeat", "due_date"]
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


class ProgrammeReportViewSet(SnippetViewSet):
    model = ProgrammeReport
    icon = "table"
    menu_label = _("Laporan Program")
    url_prefix = "desk/laporan"
    list_display = ["programme_name", "agency", "region", "period_end", "review_status"]
    list_filter = ["review_status", "agency", "region", "is_public"]
    panels = [
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
            [FieldPanel("budget_ceiling"), FieldPanel("budget_realisation")],
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
    ]


class AgencyOperatorViewSet(SnippetViewSet):
    model = AgencyOperator
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
