"""The desk's admin forms: who a request goes to, and a report as an agency fills it in."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.formatting import angka_isian
from desk.access import NO_AGENCY, operator_agency_id, requests_for
from desk.models import DataRequest
from desk.numbers import IndonesianNumberField, PercentField, RupiahField, WholeNumberField
from news.models import Agency

OUTPUT_MAX = Decimal("999999999999.99")


class DataRequestForm(WagtailAdminModelForm):
    """A request goes to the agencies ticked, or to every agency at once."""

    all_agencies = forms.BooleanField(
        label=_("Kirim ke semua OPD"),
        required=False,
        help_text=_("Centang untuk mengirim permintaan ini ke seluruh OPD."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = self.fields["agencies"]
        agencies.required = False
        agencies.widget = forms.CheckboxSelectMultiple(choices=agencies.choices)

    def clean(self):
        cleaned = super().clean()
        start, end, due = (cleaned.get(name) for name in ("period_start", "period_end", "due_date"))
        if start and end and end < start:
            self.add_error("period_end", _("Periode selesai tidak boleh sebelum periode mulai."))
        if start and due and due < start:
            self.add_error("due_date", _("Batas waktu tidak boleh sebelum periode mulai."))
        if cleaned.get("all_agencies"):
            cleaned["agencies"] = Agency.objects.all()
        elif not cleaned.get("agencies"):
            self.add_error(
                "agencies", _("Pilih sekurang-kurangnya satu OPD, atau kirim ke semua OPD.")
            )
        return cleaned

    def save(self, commit=True):
        if self.instance._state.adding and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)


NUMBER_FIELDS = {
    "budget_ceiling": (RupiahField, {}, _("Misalnya 1.250.000.000.")),
    "budget_realisation": (RupiahField, {}, _("Misalnya 980.500.000.")),
    "physical_progress": (PercentField, {}, _("Antara 0 dan 100, misalnya 78,5.")),
    "output_target": (IndonesianNumberField, {"max_value": OUTPUT_MAX}, ""),
    "output_achieved": (IndonesianNumberField, {"max_value": OUTPUT_MAX}, ""),
    "beneficiaries": (WholeNumberField, {}, _("Misalnya 1.250.")),
}


class ProgrammeReportForm(WagtailAdminModelForm):
    """An operator reports for their own agency only, answering only requests sent to it.

    Numbers are typed the Indonesian way (desk.numbers); a realisation above the ceiling is
    refused until the person confirms it.
    """

    confirm_over_ceiling = forms.BooleanField(
        label=_("Realisasi memang melebihi pagu"),
        required=False,
        help_text=_("Centang hanya bila angka realisasi yang melebihi pagu sudah benar."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (field_class, options, help_text) in NUMBER_FIELDS.items():
            if name in self.fields:
                model_field = self.fields[name]
                self.fields[name] = field_class(
                    label=model_field.label,
                    required=model_field.required,
                    help_text=help_text or model_field.help_text,
                    **options,
                )
        # desk-numbers.js shows the realisation as a percentage of the ceiling, found by these.
        for name, marker in (
            ("budget_ceiling", "data-pagu"),
            ("budget_realisation", "data-realisasi"),
        ):
            if name in self.fields:
                self.fields[name].widget.attrs[marker] = ""
        for name in ("agency", "region", "request"):
            field = self.fields[name]
            field.widget = forms.Select(choices=field.choices)
        user = self.for_user
        self.operator_agency_id = operator_agency_id(user) if user is not None else None
        if self.operator_agency_id is not None:
            # The agency is the operator's own, whatever the form says.
            del self.fields["agency"]
            if self.operator_agency_id is not NO_AGENCY:
                self.instance.agency_id = self.operator_agency_id
        if user is not None:
            requests = requests_for(user, DataRequest.objects.all())
            if self.instance.agency_id is not None:
                requests = requests.filter(recipients__agency_id=self.instance.agency_id)
            self.fields["request"].queryset = requests

    def clean(self):
        cleaned = super().clean()
        if self.operator_agency_id is NO_AGENCY:
            raise forms.ValidationError(
                _("Akun Anda belum terhubung ke OPD. Hubungi Pengelola Data Diskominfo.")
            )
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Periode selesai tidak boleh sebelum periode mulai."))
        ceiling, realisation = cleaned.get("budget_ceiling"), cleaned.get("budget_realisation")
        over = ceiling is not None and realisation is not None and realisation > ceiling
        if over and not cleaned.get("confirm_over_ceiling"):
            self.add_error(
                "budget_realisation",
                _(
                    "Realisasi Rp%(realisation)s melebihi pagu Rp%(ceiling)s. Periksa lagi, "
                    'atau centang "Realisasi memang melebihi pagu" bila angkanya benar.'
                )
                % {"realisation": angka_isian(realisation), "ceiling": angka_isian(ceiling)},
            )
        return cleaned

    def save(self, commit=True):
        if self.instance._state.adding and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)
