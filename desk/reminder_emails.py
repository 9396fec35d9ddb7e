"""The reminder emails themselves: Indonesian, plain text with a simple HTML part, written
from the templates in templates/desk/email/ with absolute links into the admin."""

from datetime import date

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from core.formatting import tanggal_saja
from desk.models import ReminderKind

TEMPLATES = {
    ReminderKind.DUE_SOON: "desk/email/due_soon",
    ReminderKind.LATE: "desk/email/late",
    ReminderKind.DIGEST: "desk/email/digest",
}


def admin_url(name: str, *args) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def when_due(days_left: int) -> str:
    if days_left == 0:
        return "hari ini"
    if days_left == 1:
        return "besok"
    return f"{days_left} hari lagi"


def context_for(reminder, today: date, digest_rows) -> dict:
    user = reminder.user
    context = {"name": user.get_full_name() or user.get_username(), "today": tanggal_saja(today)}
    if reminder.kind == ReminderKind.DIGEST:
        return {
            **context,
            "agencies": digest_rows,
            "late_requests": sum(row.late for row in digest_rows),
            "requests_url": admin_url("wagtailsnippets_desk_datarequest:list"),
        }
    request = reminder.recipient.request
    return {
        **context,
        "agency": reminder.recipient.agency,
        "request": request,
        "period": f"{tanggal_saja(request.period_start)} – {tanggal_saja(request.period_end)}",
        "due": tanggal_saja(request.due_date),
        "when_due": when_due((request.due_date - today).days),
        "days_late": (today - request.due_date).days,
        "request_url": admin_url("wagtailsnippets_desk_datarequest:inspect", request.pk),
        "report_url": admin_url("wagtailsnippets_desk_programmereport:add"),
    }


def compose(reminder, today: date, digest_rows=None) -> EmailMultiAlternatives:
    template = TEMPLATES[reminder.kind]
    context = context_for(reminder, today, digest_rows or [])
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[reminder.user.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message
