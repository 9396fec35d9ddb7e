import json
import re

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from syndication.captions import CaptionError, check_template
from syndication.platforms.registry import specs

SECRET_FIELDS = ("access_token", "secrets")
# Page, user and channel IDs: digits, letters, - and _. The ID goes into API paths, where
# "../" or "?" would address another endpoint with the account's token.
PLATFORM_ID = re.compile(r"[A-Za-z0-9_-]+")


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
        if "base_url" in self.fields:
            self.fields["base_url"].help_text = (
                "Kosongkan untuk API resmi platform. Hanya alamat resmi platform (atau sandbox "
                "saat pengembangan) yang diterima; mengganti alamat menghapus token dan rahasia "
                "yang tersimpan."
            )

    def clean_external_id(self):
        external_id = self.cleaned_data.get("external_id", "")
        if not PLATFORM_ID.fullmatch(external_id):
            raise forms.ValidationError(
                "ID di platform hanya boleh berisi huruf, angka, tanda hubung dan garis bawah."
            )
        return external_id

    def clean(self):
        cleaned = super().clean()
        for name in SECRET_FIELDS:
            if not cleaned.get(name) and self.instance.pk:
                cleaned[name] = getattr(self.instance, name)
        if cleaned.get("secrets"):
            try:
                json.loads(cleaned["secrets"])
            except ValueError:
                self.add_error("secrets", "Rahasia tambahan harus berupa JSON yang valid.")
        return cleaned


def template_field(platform: str) -> str:
    return f"template_{platform}"


class CaptionTemplatesFormBase(WagtailAdminModelForm):
    """Shows each platform's template, or its default; stores only the ones changed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, spec in specs().items():
            stored = self.instance.templates.get(name)
            self.fields[template_field(name)].initial = stored or spec.default_template

    def clean(self):
        cleaned = super().clean()
        for name in specs():
            field = template_field(name)
            try:
                check_template(cleaned.get(field) or "", name)
            except CaptionError as error:
                self.add_error(field, str(error))
        return cleaned

    def save(self, commit=True):
        self.instance.templates = {
            name: text
            for name, spec in specs().items()
            # Browsers send a textarea's line breaks as CRLF.
            if (text := self.cleaned_data[template_field(name)].replace("\r\n", "\n"))
            and text != spec.default_template
        }
        return super().save(commit=commit)


def caption_templates_form() -> type[WagtailAdminModelForm]:
    """The settings form, with one text box per registered platform."""
    boxes = {
        template_field(name): forms.CharField(
            label=spec.template_label or spec.label, widget=forms.Textarea, required=False
        )
        for name, spec in specs().items()
    }
    return type(CaptionTemplatesFormBase)(
        "CaptionTemplatesForm", (CaptionTemplatesFormBase,), boxes
    )
