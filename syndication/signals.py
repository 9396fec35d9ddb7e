"""Publishing an article creates its Syndication rows, once per account, ever."""

from django.db import IntegrityError, transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from news.models import ArticlePage
from syndication.models import SocialAccount, Syndication


def create_syndications(article_id: int) -> list[int]:
    """One row per enabled account that this article has not been sent to before."""
    created = []
    for account in SocialAccount.objects.filter(enabled=True):
        try:
            with transaction.atomic():
                row, is_new = Syndication.objects.get_or_create(page_id=article_id, account=account)
        except IntegrityError:
            continue  # created by a concurrent publish
        if is_new:
            created.append(row.pk)
    return created


@receiver(page_published, sender=ArticlePage)
def syndicate_when_live(sender, instance, **kwargs):
    # Scheduling an article also sends page_published, with the page not yet live.
    if not instance.live:
        return

    def enqueue():
        from syndication.tasks import syndicate

        for syndication_id in create_syndications(instance.pk):
            syndicate.delay(syndication_id)

    transaction.on_commit(enqueue)
