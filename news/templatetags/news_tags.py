"""Indonesian formatting for dates and numbers, and small helpers for article templates."""

import json

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@register.filter
def tanggal(value, with_time=True):
    """'Kamis, 27 November 2026 10:15 WIB' (always in Asia/Jakarta)."""
    if not value:
        return ""
    local = timezone.localtime(value)
    text = f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year}"
    if with_time:
        text += f" {local:%H:%M} WIB"
    return text


@register.filter
def tanggal_pendek(value):
    """'27 Nov 2026'."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"{local.day} {MONTHS[local.month - 1][:3]} {local.year}"


@register.filter
def angka(value, decimals=0):
    """Indonesian number format: 4.000.000 and 6,5."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    text = f"{number:,.{int(decimals)}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


@register.simple_tag
def json_ld(data):
    """Embed a dict as JSON-LD; '</' is escaped so text cannot close the script tag."""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
