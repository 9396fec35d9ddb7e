"""The desk's admin forms: who a request goes to, and a report as an agency fills it in."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from news.models import Agency


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
