"""Dates and numbers the Indonesian way, whatever language an admin user prefers.

Django's own Indonesian locale already has the day and month names and the `.`/`,`
separators; this pins it, adds "WIB", and rounds where Django's formatter truncates.
"""

import re
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats, numberformat, timezone, translation
from django.utils.translation import gettext as _

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


# Whole part as typed: plain digits, or digits grouped in threes by dots (1.250.000).
PLAIN_DIGITS = re.compile(r"\d+")
GROUPED_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3})+")
DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}|\d+\.\d{4,}")


def parse_angka(text) -> Decimal:
    """A number as Indonesians type it: "1.250.000.000", "1250000000", "1,25", "Rp1.500".

    Raises ValueError with a message for the person typing (Indonesian), never a guess:
    "78.5" is refused, because the dot is the thousands separator.
    """
    cleaned = re.sub(r"\s+", "", str(text))
    cleaned = re.sub(r"^rp\.?", "", cleaned, flags=re.IGNORECASE).removesuffix("%")
    negative = cleaned.startswith("-")
    cleaned = cleaned.removeprefix("-")
    if not cleaned:
        raise ValueError(_("Isi dengan angka, misalnya 1.250.000 atau 78,5."))
    whole, comma, fraction = cleaned.partition(",")
    if comma and not PLAIN_DIGITS.fullmatch(fraction):
        raise ValueError(_("Setelah koma hanya boleh angka, misalnya 78,5."))
    if PLAIN_DIGITS.fullmatch(whole):
        digits = whole
    elif GROUPED_DIGITS.fullmatch(whole):
        digits = whole.replace(".", "")
    elif DOT_DECIMAL.fullmatch(whole) and not comma:
        raise ValueError(
            _(
                "Gunakan koma untuk desimal, misalnya 78,5; titik adalah pemisah ribuan, "
                "misalnya 1.250.000."
            )
        )
    else:
        raise ValueError(
            _(
                "Tulis angka dengan titik sebagai pemisah ribuan dan koma untuk desimal, "
                "misalnya 1.250.000 atau 78,5."
            )
        )
    value = Decimal(f"{digits}.{fraction}" if comma else digits)
    return -value if negative else value


def angka_isian(value) -> str:
    """A number written back into a form field: 1.250.000.000, 78,5 (no trailing zeros)."""
    number = Decimal(value).normalize()
    decimals = max(0, -number.as_tuple().exponent)
    # Straight from the Decimal: a float would blur the last digits of a large budget.
    return numberformat.format(
        number,
        ",",
        decimal_pos=decimals,
        grouping=3,
        thousand_sep=".",
        force_grouping=True,
        use_l10n=True,
    )


RUPIAH_SCALES = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")]


def rupiah_ringkas(amount) -> str:
    """Money in prose: "Rp1,2 miliar", "Rp12,5 juta", "Rp750.000"."""
    amount = Decimal(amount)
    for index, (scale, word) in enumerate(RUPIAH_SCALES):
        if abs(amount) >= scale:
            figure = (amount / scale).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            # 999,96 juta rounds to 1.000 juta: say "Rp1 miliar" instead.
            if index > 0 and abs(figure) >= 1000:
                bigger, bigger_word = RUPIAH_SCALES[index - 1]
                figure = (amount / bigger).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                word = bigger_word
            return f"Rp{angka_isian(figure)} {word}"
    return f"Rp{angka_isian(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))}"


def persen(value) -> str:
    """A percentage in prose, to one decimal: "78,5 persen", "100 persen"."""
    figure = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{angka_isian(figure)} persen"


def tanggal_saja(day) -> str:
    """'30 September 2026': a date in prose, without the weekday."""
    with translation.override(LANGUAGE):
        return formats.date_format(day, "j F Y", use_l10n=True)
