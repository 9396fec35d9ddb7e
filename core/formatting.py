"""Dates and numbers the Indonesian way, whatever language an admin user prefers.

Django's own Indonesian locale already has the day and month names and the `.`/`,`
separators; this pins it, adds "WIB", and rounds where Django's formatter truncates.
"""

from django.utils import formats, numberformat, timezone, translation

LANGUAGE = "id"


def tanggal(value, with_time: bool = True) -> str:
    """'Kamis, 27 November 2026 10:15 WIB' (always in Asia/Jakarta)."""
    if not value:
        return ""
    with translation.override(LANGUAGE):
        local = timezone.localtime(value)
        text = formats.date_format(local, "l, j F Y", use_l10n=True)
    return f"{text} {local:%H:%M} WIB" if with_time else text


def iso_datetime(value) -> str:
    """'2026-11-27T10:15:30+07:00': WIB to the second, as `<time datetime>` accepts it.

    Django's `date:"c"` keeps microseconds, which HTML allows only to three digits.
    """
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def angka(value, decimals: int = 0):
    """4.000.000 and 6,5; anything that is not a number is returned as it is."""
    try:
        number = round(float(value), int(decimals))
    except (TypeError, ValueError):
        return value
    return numberformat.format(
        number,
        formats.get_format("DECIMAL_SEPARATOR", LANGUAGE, use_l10n=True),
        decimal_pos=int(decimals),
        grouping=formats.get_format("NUMBER_GROUPING", LANGUAGE, use_l10n=True) or 3,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR", LANGUAGE, use_l10n=True),
        force_grouping=True,
        use_l10n=True,
    )
