"""An article's Syndication rows: one per enabled account, created once, ever."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, Revision

from news.models import ArticlePage
from syndication.models import SocialAccount, Syndication

COPY_REASON = "Salinan dari artikel yang sudah dikirim ke akun ini; tidak dikirim ulang."


def create_syndications(article_id: int, accounts=None, *, due=None) -> list[int]:
    """One row per enabled account (or per one of `accounts`) this story has no row for.

    A copy, or an alias, of an article that already went to an account is recorded as
    skipped there, so copying a story never posts it twice; an article that merely has the
    same headline is a different story and is posted. `due` makes the new rows due at once.
    """
    article = ArticlePage.objects.only("alias_of").get(pk=article_id)
    same_story = same_story_as(article)
    created = []
    for account in SocialAccount.objects.filter(enabled=True) if accounts is None else accounts:
        already_sent = (
            bool(same_story)
            and Syndication.objects.filter(account=account, page_id__in=same_story)
            .exclude(status=Syndication.Status.SKIPPED)
            .exists()
        )
        defaults = (
            {"status": Syndication.Status.SKIPPED, "last_error": COPY_REASON}
            if already_sent
            else {"next_attempt_at": due}
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


def same_story_as(article) -> set[int]:
    """The other pages that are this article by Wagtail's own records, not by their title.

    Copying a page copies its revisions to the copy, each keeping its `created_at`, so an
    original and its copies share revisions created at the same instant; an alias points
    at its original with `alias_of`.
    """
    history = Revision.page_revisions.filter(object_id=str(article.pk)).values("created_at")
    copies = (
        Revision.page_revisions.filter(created_at__in=history)
        .exclude(object_id=str(article.pk))
        .values_list("object_id", flat=True)
    )
    aliases = Page.objects.filter(Q(pk=article.alias_of_id) | Q(alias_of_id=article.pk))
    return {int(page_id) for page_id in copies} | set(aliases.values_list("pk", flat=True))


def create_missing_syndications(now=None) -> list[int]:
    """Rows a publish should have created and did not (its process died before its commit
    hook ran): for articles live within the catch-up window, due at once.

    An account only gets the articles that went live after it was connected, so connecting
    (or switching on) an account never posts the days before it.
    """
    now = now or timezone.now()
    recent = ArticlePage.objects.live().filter(
        first_published_at__gte=now - timedelta(hours=settings.SYNDICATION_CATCH_UP_HOURS),
        # The publish's own commit hook is given the same time a queued row is given.
        first_published_at__lte=now - timedelta(minutes=settings.SYNDICATION_UNCLAIMED_MINUTES),
    )
    created = []
    for account in SocialAccount.objects.filter(enabled=True):
        missing = (
            recent.filter(first_published_at__gte=account.connected_at)
            .exclude(syndications__account=account)
            .values_list("pk", flat=True)
        )
        for article_id in missing:
            created += create_syndications(article_id, [account], due=now)
    return created
