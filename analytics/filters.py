"""The dashboard's filters: a date range plus platform, rubrik, region, OPD and reporter."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.widgets import AdminDateInput

from core.date_range import check_custom_range
from news.models import Agency, Region, Reporter, Rubrik
from syndication.platforms import registry

DAY_FIRST = {"placeholder": "hh/bb/tttt"}
RANGES = [("7", "7 hari"), ("30", "30 hari"), ("90", "90 hari"), ("custom", "Pilih tanggal")]


class ReachFilterForm(forms.Form):
    rentang = forms.ChoiceField(label="Rentang", choices=RANGES, required=False, initial="30")
    # Wagtail's date picker in WAGTAIL_DATE_FORMAT (dd/mm/yyyy), never the browser's native
    # input, which shows mm/dd/yyyy to anyone whose browser speaks American English.
    dari = forms.DateField(label="Dari", required=False, widget=AdminDateInput(DAY_FIRST))
    sampai = forms.DateField(label="Sampai", required=False, widget=AdminDateInput(DAY_FIRST))
    platform = forms.ChoiceField(
        label="Platform", choices=[("", "Semua platform"), *registry.choices()], required=False
    )
    rubrik = forms.ModelChoiceField(
        label="Rubrik", queryset=Rubrik.objects.all(), required=False, empty_label="Semua rubrik"
    )
    wilayah = forms.ModelChoiceField(
        label="Wilayah", queryset=Region.objects.all(), required=False, empty_label="Semua wilayah"
    )
    opd = forms.ModelChoiceField(
        label="OPD", queryset=Agency.objects.all(), required=False, empty_label="Semua OPD"
    )
    pewarta = forms.ModelChoiceField(
        label="Pewarta",
        queryset=Reporter.objects.all(),
        required=False,
        empty_label="Semua pewarta",
    )

    def clean(self):
        data = super().clean()
        check_custom_range(data, longest=settings.ANALYTICS_MAX_RANGE_DAYS, in_years=2)
        return data


def ever_published(through: str = "") -> Q:
    """Articles live now or once: a never-published draft has no reach, and stays unseen."""
    return Q(**{f"{through}live": True}) | Q(**{f"{through}first_published_at__isnull": False})


@dataclass(frozen=True)
class ReachFilters:
    start: date
    end: date
    platform: str = ""
    rubrik_id: int | None = None
    region_id: int | None = None
    agency_id: int | None = None
    reporter_id: int | None = None

    @classmethod
    def from_form(cls, form: ReachFilterForm, today: date | None = None) -> "ReachFilters":
        """Filters from a bound form; an invalid form falls back to the last 30 days."""
        today = today or timezone.localdate()
        data = form.cleaned_data if form.is_valid() else {}
        choice = data.get("rentang") or "30"
        if choice == "custom":
            start, end = data["dari"], data["sampai"]
        else:
            start, end = today - timedelta(days=int(choice) - 1), today
        return cls(
            start=start,
            end=end,
            platform=data.get("platform") or "",
            rubrik_id=getattr(data.get("rubrik"), "pk", None),
            region_id=getattr(data.get("wilayah"), "pk", None),
            agency_id=getattr(data.get("opd"), "pk", None),
            reporter_id=getattr(data.get("pewarta"), "pk", None),
        )

    @property
    def start_at(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_before(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def articles(self, through: str = "") -> Q:
        """The taxonomy filters as conditions on the article reached through `through`.

        For example `DailyArticleViews.objects.filter(filters.articles("page__"))`. Joins, not
        `IN (subquery)`, so the database can start from whichever side is smaller.
        """
        conditions = Q()
        for field, value in [
            ("rubrik_id", self.rubrik_id),
            ("region_id", self.region_id),
            ("agencies__id", self.agency_id),
            ("reporter_links__reporter_id", self.reporter_id),
        ]:
            if value:
                conditions &= Q(**{f"{through}{field}": value})
        return conditions
