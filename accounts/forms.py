from django import forms


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Kode 6 digit dari aplikasi autentikator",
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": "Masukkan kode 6 digit dari aplikasi autentikator."},
    )
