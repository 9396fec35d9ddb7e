"""What a report's "Periksa" screen shows: the fields a person reads, money and shares written
the Indonesian way, and a dash where nothing was filled in."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import InspectView

from core.formatting import angka_isian

EMPTY = "–"
REPORT_FIELDS = [
    "agency",
    "request",
    "programme_name",
    "activity_name",
    "period_start",
    "period_end",
    "region",
    "kecamatan",
    "desa",
    "budget_ceiling",
    "budget_realisation",
    "realisation_percent",
    "physical_progress",
    "output_target",
    "output_achieved",
    "output_unit",
    "beneficiaries",
    "beneficiaries_unit",
    "narrative",
    "contact_name",
    "contact_phone",
    "is_public",
    "review_status",
    "reviewer_comment",
    "submitted_at",
    "reviewed_at",
    "article",
]


def number(value) -> str:
    return EMPTY if value is None else angka_isian(value)


def rupiah(amount) -> str:
    return EMPTY if amount is None else f"Rp{angka_isian(amount)}"


def percent(share) -> str:
    return EMPTY if share is None else f"{angka_isian(share)} persen"


class ReportInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name == "realisation_percent":
            return _("Realisasi anggaran (%)")
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return EMPTY if value is None or value == "" else value

    def get_budget_ceiling_display_value(self):
        return rupiah(self.object.budget_ceiling)

    def get_budget_realisation_display_value(self):
        return rupiah(self.object.budget_realisation)

    def get_realisation_percent_display_value(self):
        return percent(self.object.realisation_percent)

    def get_physical_progress_display_value(self):
        return percent(self.object.physical_progress)

    def get_output_target_display_value(self):
        return number(self.object.output_target)

    def get_output_achieved_display_value(self):
        return number(self.object.output_achieved)

    def get_beneficiaries_display_value(self):
        return number(self.object.beneficiaries)

    def get_is_public_display_value(self):
        return _("Ya") if self.object.is_public else _("Tidak")
