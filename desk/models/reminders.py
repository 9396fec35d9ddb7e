"""Reminder emails: one row per email the desk owes someone, claimed before it is sent.

The unique constraints are what "one, never more" rests on: whoever inserts the row owns that
email, so beat firing twice, two workers at once or a retried task cannot send it twice.
`sent_at` stays empty until the mail backend has accepted the message; a row whose send
failed is released (`claimed_until` cleared) and sent by the next run.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ReminderKind(models.TextChoices):
    DUE_SOON = "jatuh_tempo", _("Jatuh tempo 3 hari lagi")
    LATE = "terlambat", _("Terlambat")
    DIGEST = "rekap", _("Rekap mingguan keterlambatan")


class Reminder(models.Model):
    kind = models.CharField(_("jenis"), max_length=12, choices=ReminderKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("penerima email"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The agency's copy of the request it is about; empty for the weekly digest.
    recipient = models.ForeignKey(
        "desk.DataRequestRecipient",
        verbose_name=_("permintaan untuk OPD"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    # The Monday (WIB) of the ISO week it belongs to; empty for a due-soon reminder.
    week = models.DateField(_("minggu"), null=True, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    # Held by the run sending it; cleared when a send fails, so the next run takes it up.
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("terkirim"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    last_error = models.TextField(_("galat terakhir"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "user"],
                condition=Q(kind=ReminderKind.DUE_SOON),
                name="one_due_soon_reminder_per_operator",
            ),
            models.UniqueConstraint(
                fields=["recipient", "user", "week"],
                condition=Q(kind=ReminderKind.LATE),
                name="one_late_reminder_per_operator_per_week",
            ),
            models.UniqueConstraint(
                fields=["user", "week"],
                condition=Q(kind=ReminderKind.DIGEST),
                name="one_digest_per_person_per_week",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind=ReminderKind.DUE_SOON, recipient__isnull=False, week__isnull=True)
                    | Q(kind=ReminderKind.LATE, recipient__isnull=False, week__isnull=False)
                    | Q(kind=ReminderKind.DIGEST, recipient__isnull=True, week__isnull=False)
                ),
                name="reminder_names_what_its_kind_needs",
            ),
        ]
        verbose_name = _("pengingat")
        verbose_name_plural = _("pengingat")

    def __str__(self):
        return f"{self.get_kind_display()} → {self.user}"
