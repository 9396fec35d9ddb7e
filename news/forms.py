from django.core.validators import MaxLengthValidator
from wagtail.admin.forms import WagtailAdminPageForm

TITLE_MAX_LENGTH = 120


class ArticlePageForm(WagtailAdminPageForm):
    """The article form: headlines are capped (Page.title itself allows 255)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        title = self.fields["title"]
        title.validators.append(MaxLengthValidator(TITLE_MAX_LENGTH))
        title.widget.attrs["data-mmc-limit"] = TITLE_MAX_LENGTH
        title.help_text = "Judul berita, paling banyak 120 karakter."
        # The Ralat tab is hidden from reporters; its formset must not be required of them.
        user = getattr(self, "for_user", None)
        if "corrections" in self.formsets and not (
            user and user.has_perm("news.add_articlecorrection")
        ):
            del self.formsets["corrections"]
