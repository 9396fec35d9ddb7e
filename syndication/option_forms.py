"""The forms behind the article editor's Media Sosial tab.

Each is a formset over one child relation of the article that always shows the same
forms (one per platform; one for the hashtags): editors fill in fields, never add rows.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm

from syndication.options import ExtraHashtags, SocialOption
from syndication.platforms import registry


def option_wording(platform: str) -> dict:
    """Labels, help and length limit of one platform's fields, as the editor reads them."""
    spec = registry.specs().get(platform)
    # A form posted without its platform, or for one no longer registered, still renders.
    label = spec.label if spec else platform
    return {
        "heading": label,
        "text_label": (spec and spec.option_text_label)
        or _("Teks khusus %(platform)s") % {"platform": label},
        "skip_label": (spec and spec.option_skip_label)
        or _("Jangan kirim ke %(platform)s") % {"platform": label},
        "help_text": spec.option_help if spec else "",
        "max_length": spec.option_max_length if spec else None,
    }


class OptionalRowForm(WagtailAdminModelForm):
    """A child form whose row exists only while it holds something: emptied, the row goes."""

    content_fields: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        # A field in error was filled in: such a form is not empty, and its errors must show.
        if not self.errors and not any(cleaned.get(name) for name in self.content_fields):
            cleaned[DELETION_FIELD_NAME] = True
        return cleaned


class SocialOptionForm(OptionalRowForm):
    content_fields = ("text", "skip")

    class Meta(WagtailAdminModelForm.Meta):
        model = SocialOption
        fields = ["platform", "text", "skip"]
        widgets = {"platform": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.platform = self.data.get(self.add_prefix("platform"), "")
        else:
            self.platform = self.initial.get("platform") or self.instance.platform
        # The platform is what the form is for, never a change the editor made.
        self.initial["platform"] = self.platform
        wording = option_wording(self.platform)
        self.heading = wording["heading"]
        text, skip = self.fields["text"], self.fields["skip"]
        text.label, text.help_text = wording["text_label"], wording["help_text"]
        skip.label = wording["skip_label"]
        if wording["max_length"]:
            text.max_length = wording["max_length"]
            text.validators.append(MaxLengthValidator(wording["max_length"]))
            text.widget.attrs["maxlength"] = str(wording["max_length"])


class SocialOptionFormSet(BaseChildFormSet):
    """One form per platform, whether or not the article has an option for it yet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = {option.platform for option in self.get_queryset()}
        self.initial_extra = [{"platform": p} for p in registry.specs() if p not in chosen]
        self.extra = len(self.initial_extra)

    def forms_by_platform(self) -> list:
        order = {platform: index for index, platform in enumerate(registry.specs())}
        return sorted(self.forms, key=lambda form: order.get(form.platform, len(order)))


class ExtraHashtagsForm(OptionalRowForm):
    content_fields = ("hashtags",)

    class Meta(WagtailAdminModelForm.Meta):
        model = ExtraHashtags
        fields = ["hashtags"]


class ExtraHashtagsFormSet(BaseChildFormSet):
    """Exactly one form, whether or not the article has extra hashtags yet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = 0 if len(self.get_queryset()) else 1
