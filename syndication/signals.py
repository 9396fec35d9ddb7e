"""Publishing an article creates its Syndication rows, once per account, ever."""

import logging

from django.db import IntegrityError, transaction
from django.dispatch import receiver
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from redis import RedisError
from wagtail.signals import page_published

from news.models import ArticlePage
from syndication.models import SocialAccount, Syndication

logger = logging.getLogger(__name__)

QUEUE_DOWN = "Antrean tugas tidak terjangkau saat artikel terbit; dikirim otomatis begitu pulih."
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


@receiver(page_published, sender=ArticlePage)
def syndicate_when_live(sender, instance, **kwargs):
    # Scheduling an article also sends page_published, with the page not yet live.
    if not instance.live:
        return

    def enqueue():
        from syndication.tasks import enqueue_new_row

        for syndication_id in create_syndications(instance.pk):
            try:
                enqueue_new_row(syndication_id)
            except (KombuOperationalError, RedisError, OSError):
                # The article is published already; the editor must not get an error page,
                # and the post must not be lost: being due, the sweeper sends it later.
                logger.exception("Could not queue syndication %s", syndication_id)
                Syndication.objects.filter(pk=syndication_id).update(
                    next_attempt_at=timezone.now(), last_error=QUEUE_DOWN
                )

    transaction.on_commit(enqueue)
