"""Form fields for numbers typed the Indonesian way, refusing with a clear Indonesian message."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from core.formatting import angka_isian, parse_angka

BIGINT_MAX = 9_223_372_036_854_775_807


class NumberInput(forms.TextInput):
    """A text box (a number box would refuse "1.250.000"), reformatted as the person types."""

    def __init__(self, kind="angka", attrs=None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", "data-angka": kind})
        if attrs:
            self.attrs.update(attrs)

    class Media:
        js = ["js/desk-numbers.js"]


class IndonesianNumberField(forms.Field):
    """A number such as "1.250.000" or "78,5", with bounds and decimals checked."""

    kind = "angka"

    def __init__(self, *, decimal_places=2, min_value=Decimal(0), max_value=None, **kwargs):
        self.decimal_places = decimal_places
        self.min_value, self.max_value = min_value, max_value
        kwargs.setdefault("widget", NumberInput(self.kind))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return angka_isian(value)
        return value

    def to_python(self, value):
        if value in self.empty_values or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = parse_angka(value)
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None
        if number.adjusted() >= 20:
            raise forms.ValidationError(self.too_large(), code="max_value")
        if number != number.quantize(Decimal(1).scaleb(-self.decimal_places)):
            raise forms.ValidationError(self.too_many_decimals(), code="decimals")
        return number

    def too_many_decimals(self):
        if self.decimal_places == 0:
            return _("Tulis bilangan bulat, tanpa koma desimal.")
        return _("Paling banyak %(places)s angka di belakang koma.") % {
            "places": self.decimal_places
        }

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        if self.min_value is not None and value < self.min_value:
            raise forms.ValidationError(_("Angka tidak boleh negatif."), code="min_value")
        if self.max_value is not None and value > self.max_value:
            raise forms.ValidationError(self.too_large(), code="max_value")

    def too_large(self):
        return _("Angka terlalu besar; periksa lagi jumlah digitnya.")


class RupiahField(IndonesianNumberField):
    """Whole Rupiah: "1.250.000.000" or "Rp1250000000"."""

    kind = "rupiah"

    def __init__(self, **kwargs):
        super().__init__(decimal_places=0, max_value=BIGINT_MAX, **kwargs)

    def too_many_decimals(self):
        return _("Tulis dalam Rupiah penuh, tanpa sen (tanpa koma).")

    def clean(self, value):
        number = super().clean(value)
        return None if number is None else int(number)


class WholeNumberField(IndonesianNumberField):
    def __init__(self, *, max_value=2_147_483_647, **kwargs):
        super().__init__(decimal_places=0, max_value=max_value, **kwargs)

    def clean(self, value):
        number = super().clean(value)
        return None if number is None else int(number)


class PercentField(IndonesianNumberField):
    """A percentage from 0 to 100, "78,5"."""

    kind = "persen"

    def __init__(self, **kwargs):
        super().__init__(decimal_places=2, max_value=Decimal(100), **kwargs)

    def validate(self, value):
        if value is not None and not Decimal(0) <= value <= Decimal(100):
            raise forms.ValidationError(
                _("Persentase harus antara 0 dan 100 (misalnya 78,5)."), code="range"
            )
        super().validate(value)
