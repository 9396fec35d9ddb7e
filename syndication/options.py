"""What editors choose for an article's social posts: per-platform text or opt-out, extra hashtags.

Both are ParentalKey children of the article: like its own fields, a draft of a live
article keeps them in its revision, and posting, which reads the live article, sees them
once that revision is published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey


class SocialOption(models.Model):
    """The editor's own text for one platform, or the choice not to post there."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="social_options")
    # A value rather than a column per platform, so a new platform needs no migration here.
    platform = models.CharField(_("platform"), max_length=16)
    text = models.TextField(_("teks khusus"), blank=True)
    skip = models.BooleanField(_("jangan kirim"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "platform"], name="one_social_option_per_platform"
            )
        ]
        verbose_name = _("opsi media sosial")
        verbose_name_plural = _("opsi media sosial")

    def __str__(self):
        return f"{self.page_id} · {self.platform}"


class ExtraHashtags(models.Model):
    """Hashtags the editor adds to every post of one article."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="extra_hashtags")
    hashtags = models.CharField(
        _("tagar tambahan"),
        max_length=200,
        blank=True,
        help_text=_("Dipisah spasi atau koma, misalnya #KaltengBerkah #Kapuas."),
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page"], name="one_hashtag_set_per_article")]
        verbose_name = _("tagar tambahan")
        verbose_name_plural = _("tagar tambahan")

    def __str__(self):
        return self.hashtags


def option_for(article, platform: str) -> SocialOption:
    """The editor's choice for `platform`; a blank one (post with the template) when none."""
    for option in article.social_options.all():
        if option.platform == platform:
            return option
    return SocialOption(platform=platform)


def extra_hashtags_of(article) -> str:
    row = article.extra_hashtags.first()
    return row.hashtags if row else ""
