"""The board's period: preset ranges of whole WIB months or years, or two chosen dates."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from wagtail.admin.widgets import AdminDateInput

from core.date_range import check_custom_range
from desk.models import add_months
from news.models import Agency

DAY_FIRST = {"placeholder": "hh/bb/tttt"}
DEFAULT_RANGE = "12_bulan"
RANGES = [
    ("bulan_ini", "Bulan ini"),
    ("3_bulan", "3 bulan terakhir"),
    ("12_bulan", "12 bulan terakhir"),
    ("tahun_ini", "Tahun ini"),
    ("tahun_lalu", "Tahun lalu"),
    ("custom", "Pilih tanggal"),
]


def preset_period(choice: str, today: date) -> tuple[date, date]:
    """A preset as whole calendar months (or years) around `today`, a WIB date."""
    this_month = today.replace(day=1)
    month_end = add_months(this_month, 1) - timedelta(days=1)
    if choice == "bulan_ini":
        return this_month, month_end
    if choice == "3_bulan":
        return add_months(this_month, -2), month_end
    if choice == "tahun_ini":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "tahun_lalu":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return add_months(this_month, -11), month_end


class BoardFilterForm(forms.Form):
    rentang = forms.ChoiceField(
        label="Periode", choices=RANGES, required=False, initial=DEFAULT_RANGE
    )
    dari = forms.DateField(label="Dari", required=False, widget=AdminDateInput(DAY_FIRST))
    sampai = forms.DateField(label="Sampai", required=False, widget=AdminDateInput(DAY_FIRST))
    opd = forms.ModelChoiceField(
        label="OPD", queryset=Agency.objects.all(), required=False, empty_label="Semua OPD"
    )

    def __init__(self, *args, one_agency: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if one_agency:
            # An operator's board is their agency's row: there is nothing to choose, and a
            # tampered `opd` in the querystring is not even read.
            del self.fields["opd"]

    def clean(self):
        data = super().clean()
        check_custom_range(data, longest=settings.DESK_BOARD_MAX_RANGE_DAYS, in_years=5)
        return data


@dataclass(frozen=True)
class BoardFilters:
    start: date
    end: date
    agency_id: int | None = None

    @classmethod
    def from_form(cls, form: BoardFilterForm, today: date | None = None) -> "BoardFilters":
        """Filters from a bound form; an invalid form falls back to the last 12 months."""
        today = today or timezone.localdate()
        data = form.cleaned_data if form.is_valid() else {}
        choice = data.get("rentang") or DEFAULT_RANGE
        if choice == "custom":
            start, end = data["dari"], data["sampai"]
        else:
            start, end = preset_period(choice, today)
        return cls(start=start, end=end, agency_id=getattr(data.get("opd"), "pk", None))

    @property
    def start_at(self) -> datetime:
        """WIB midnight opening the first day."""
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_before(self) -> datetime:
        """WIB midnight closing the last day."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))
