"""Record who put an article out: the byline's editor is its approver or publisher.

Three paths publish an article, and each knows its user at a different moment:
an editor publishing from the edit view (the after_publish_page hook, in
wagtail_hooks.py), an approval that publishes at once (workflow_approved), and
beat publishing an approved schedule later (the log entry of the scheduling).
"""

from django.dispatch import receiver
from wagtail.models import PageLogEntry
from wagtail.signals import page_published, workflow_approved

from news.models import ArticlePage


def record_editor(article, user) -> None:
    if not isinstance(article, ArticlePage) or user is None or not user.is_authenticated:
        return
    if article.editor_id != user.pk:
        ArticlePage.objects.filter(pk=article.pk).update(editor=user)
        article.editor = user


@receiver(page_published, sender=ArticlePage)
def editor_of_a_scheduled_publication(sender, instance, revision, **kwargs):
    entry = (
        PageLogEntry.objects.filter(revision=revision, action="wagtail.publish.schedule")
        .exclude(user=None)
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )
    if entry:
        record_editor(instance, entry.user)


@receiver(workflow_approved)
def editor_is_the_approver(sender, instance, user, **kwargs):
    page = instance.content_object
    record_editor(getattr(page, "specific", page), user)
