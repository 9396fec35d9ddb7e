from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

SECRET_FIELDS = ("access_token", "secrets")


class SocialAccountForm(WagtailAdminModelForm):
    """Tokens are write-only: never shown back, and left unchanged when the field is empty."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in SECRET_FIELDS:
            field = self.fields[name]
            field.widget = forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"})
            field.required = False
            if self.instance.pk and getattr(self.instance, name):
                field.help_text = "Tersimpan terenkripsi. Kosongkan untuk tetap memakai yang lama."

    def clean(self):
        cleaned = super().clean()
        for name in SECRET_FIELDS:
            if not cleaned.get(name) and self.instance.pk:
                cleaned[name] = getattr(self.instance, name)
        if cleaned.get("secrets"):
            import json

            try:
                json.loads(cleaned["secrets"])
            except ValueError:
                self.add_error("secrets", "Rahasia tambahan harus berupa JSON yang valid.")
        return cleaned
