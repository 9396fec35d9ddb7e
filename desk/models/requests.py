"""Data requests (Permintaan Data): what the newsroom asks of which agencies, and by when."""

import calendar
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Repeat(models.TextChoices):
    NONE = "", _("Tidak diulang")
    MONTHLY = "bulanan", _("Setiap bulan")
    QUARTERLY = "triwulanan", _("Setiap triwulan")


REPEAT_MONTHS = {Repeat.MONTHLY: 1, Repeat.QUARTERLY: 3}


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clipped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DataRequest(index.Indexed, models.Model):
    """One request for data, sent to one, several or all agencies at once."""

    programme = models.CharField(
        _("data yang diminta"),
        max_length=200,
        help_text=_('Program atau kegiatan, misalnya "Realisasi program bedah rumah".'),
    )
    details = models.TextField(_("rincian"), blank=True)
    period_start = models.DateField(_("periode mulai"))
    period_end = models.DateField(_("periode selesai"))
    due_date = models.DateField(_("batas waktu"))
    repeat = models.CharField(
        _("pengulangan"), max_length=12, choices=Repeat.choices, default=Repeat.NONE, blank=True
    )
    repeated_from = models.ForeignKey(
        "self",
        verbose_name=_("ulangan dari"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="repeats",
    )
    agencies = models.ManyToManyField(
        "news.Agency",
        verbose_name=_("OPD tujuan"),
        through="desk.DataRequestRecipient",
        related_name="data_requests",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dikirim oleh"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("dikirim"), default=timezone.now, editable=False)

    search_fields = [index.SearchField("programme"), index.AutocompleteField("programme")]

    class Meta:
        ordering = ["-due_date", "-pk"]
        verbose_name = _("permintaan data")
        verbose_name_plural = _("permintaan data")

    def __str__(self):
        return self.programme

    def next_repeat(self) -> "DataRequest | None":
        """The next request of a repeating one, period and due date moved on; not saved."""
        months = REPEAT_MONTHS.get(self.repeat)
        if not months:
            return None
        return DataRequest(
            programme=self.programme,
            details=self.details,
            period_start=add_months(self.period_start, months),
            period_end=add_months(self.period_end, months),
            due_date=add_months(self.due_date, months),
            repeat=self.repeat,
            repeated_from=self,
            created_by=self.created_by,
        )


class RecipientStatus(models.TextChoices):
    SENT = "terkirim", _("Terkirim")
    ANSWERED = "dijawab", _("Dijawab tepat waktu")
    LATE = "terlambat", _("Terlambat")
    ANSWERED_LATE = "dijawab_terlambat", _("Dijawab terlambat")


def status_on(due_date: date, answered_on: date | None, today: date) -> RecipientStatus:
    """A recipient's status, always worked out from the dates, never stored."""
    if answered_on is not None:
        return (
            RecipientStatus.ANSWERED if answered_on <= due_date else RecipientStatus.ANSWERED_LATE
        )
    return RecipientStatus.LATE if today > due_date else RecipientStatus.SENT


class RecipientQuerySet(models.QuerySet):
    def with_status(self, today: date | None = None):
        """Annotate `status` in SQL, by the same rule as `status_on`."""
        today = today or timezone.localdate()
        return self.annotate(
            status=Case(
                When(
                    Q(answered_on__isnull=False)
                    & Q(answered_on__lte=models.F("request__due_date")),
                    then=Value(RecipientStatus.ANSWERED.value),
                ),
                When(answered_on__isnull=False, then=Value(RecipientStatus.ANSWERED_LATE.value)),
                When(request__due_date__lt=today, then=Value(RecipientStatus.LATE.value)),
                default=Value(RecipientStatus.SENT.value),
                output_field=models.CharField(),
            )
        )


class DataRequestRecipient(models.Model):
    """One agency a request went to, and when (if ever) it answered."""

    request = models.ForeignKey(
        DataRequest,
        verbose_name=_("permintaan"),
        on_delete=models.CASCADE,
        related_name="recipients",
    )
    agency = models.ForeignKey(
        "news.Agency", verbose_name=_("OPD"), on_delete=models.CASCADE, related_name="+"
    )
    # The WIB day the agency first submitted a report answering the request (set on submission).
    answered_on = models.DateField(_("dijawab pada"), null=True, blank=True, editable=False)

    objects = RecipientQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "agency"], name="one_recipient_per_agency")
        ]
        verbose_name = _("OPD tujuan")
        verbose_name_plural = _("OPD tujuan")

    def __str__(self):
        return f"{self.request} → {self.agency}"

    def status(self, today: date | None = None) -> RecipientStatus:
        return status_on(self.request.due_date, self.answered_on, today or timezone.localdate())
