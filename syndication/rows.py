"""An article's Syndication rows: one per enabled account, created once, ever."""

from django.db import IntegrityError, transaction

from news.models import ArticlePage
from syndication.models import SocialAccount, Syndication

COPY_REASON = "Salinan dari artikel yang sudah dikirim ke akun ini; tidak dikirim ulang."


def create_syndications(article_id: int) -> list[int]:
    """One row per enabled account that this article has not been sent to before.

    A copy of an article (same headline) that already went to an account is
    recorded as skipped there, so copying a story never posts it twice.
    """
    article = ArticlePage.objects.only("title").get(pk=article_id)
    created = []
    for account in SocialAccount.objects.filter(enabled=True):
        already_sent = (
            Syndication.objects.filter(account=account, page__title=article.title)
            .exclude(page_id=article_id)
            .exclude(status=Syndication.Status.SKIPPED)
            .exists()
        )
        defaults = (
            {"status": Syndication.Status.SKIPPED, "last_error": COPY_REASON}
            if already_sent
            else {}
        )
        try:
            with transaction.atomic():
                row, is_new = Syndication.objects.get_or_create(
                    page_id=article_id, account=account, defaults=defaults
                )
        except IntegrityError:
            continue  # created by a concurrent publish
        if is_new and not already_sent:
            created.append(row.pk)
    return created
