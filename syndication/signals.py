"""Publishing an article live queues its posts, once the publication has committed."""

import logging

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from redis import RedisError
from wagtail.signals import page_published

from news.models import ArticlePage
from syndication.models import Syndication
from syndication.rows import create_syndications

logger = logging.getLogger(__name__)

QUEUE_DOWN = "Antrean tugas tidak terjangkau saat artikel terbit; dikirim otomatis begitu pulih."


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
