"""Editors' admin: the publishing calendar (Jadwal Terbit) and the dashboard panels."""

from collections import defaultdict
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState, WorkflowState

from core.roles import PEWARTA, has_role, is_editor, works_on_articles
from news.extensions import calendar_notes
from news.models import ArticlePage

CALENDAR_DAYS_AHEAD = 14
CALENDAR_DAYS_BACK = 7
PANEL_ITEMS = 6


def scheduled_articles(now, until):
    """(article, go_live_at) for every approved revision waiting for its time."""
    page_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.filter(
        base_content_type=page_type,
        approved_go_live_at__gt=now - timedelta(minutes=5),
        approved_go_live_at__lte=until,
    ).values_list("object_id", "approved_go_live_at")
    go_live = {int(object_id): moment for object_id, moment in revisions}
    articles = ArticlePage.objects.filter(pk__in=go_live).select_related("region", "rubrik")
    return [(article, go_live[article.pk]) for article in articles]


def editorial_calendar(request):
    if not works_on_articles(request.user):
        raise PermissionDenied
    now = timezone.now()
    days = defaultdict(lambda: {"scheduled": [], "published": [], "expiring": []})
    for article, moment in scheduled_articles(now, now + timedelta(days=CALENDAR_DAYS_AHEAD)):
        days[timezone.localdate(moment)]["scheduled"].append(
            {"article": article, "at": moment, "notes": calendar_notes(article)}
        )
    expiring = ArticlePage.objects.live().filter(
        expire_at__gt=now, expire_at__lte=now + timedelta(days=CALENDAR_DAYS_AHEAD)
    )
    for article in expiring:
        days[timezone.localdate(article.expire_at)]["expiring"].append(
            {"article": article, "at": article.expire_at}
        )
    recent = (
        ArticlePage.objects.live()
        .filter(last_published_at__gte=now - timedelta(days=CALENDAR_DAYS_BACK))
        .select_related("region", "rubrik")
        .order_by("-last_published_at")
    )
    for article in recent:
        days[timezone.localdate(article.last_published_at)]["published"].append(
            {"article": article, "at": article.last_published_at}
        )
    for entries in days.values():
        for items in entries.values():
            items.sort(key=lambda item: item["at"])
    today = timezone.localdate(now)
    return render(
        request,
        "news/admin/calendar.html",
        {
            "upcoming": sorted((day, e) for day, e in days.items() if day >= today),
            "past": sorted(((day, e) for day, e in days.items() if day < today), reverse=True),
            "today": today,
        },
    )


def article_workflow_states(**filters):
    page_type = ContentType.objects.get_for_model(Page)
    return WorkflowState.objects.filter(base_content_type=page_type, **filters)


class MyArticlesPanel(Component):
    """Artikel saya: a reporter's drafts, articles in review, needing changes, and published."""

    name = "artikel_saya"
    template_name = "news/admin/panel_my_articles.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        mine = list(
            ArticlePage.objects.filter(owner=self.user)
            .order_by("-latest_revision_created_at")
            .only("title", "live", "has_unpublished_changes", "latest_revision_created_at")
        )
        states = dict(
            article_workflow_states(
                object_id__in=[str(article.pk) for article in mine],
                status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
            ).values_list("object_id", "status")
        )
        comments = self.change_requests(
            [
                int(pk)
                for pk, status in states.items()
                if status == WorkflowState.STATUS_NEEDS_CHANGES
            ]
        )
        for article in mine:
            article.change_request = comments.get(article.pk, "")
        groups = {"draft": [], "review": [], "changes": [], "published": []}
        for article in mine:
            status = states.get(str(article.pk))
            if status == WorkflowState.STATUS_IN_PROGRESS:
                groups["review"].append(article)
            elif status == WorkflowState.STATUS_NEEDS_CHANGES:
                groups["changes"].append(article)
            elif article.live:
                groups["published"].append(article)
            else:
                groups["draft"].append(article)
        sections = [
            ("Draf", groups["draft"]),
            ("Dalam review", groups["review"]),
            ("Perlu perbaikan", groups["changes"]),
            ("Terbit", groups["published"]),
        ]
        return {"sections": [(label, len(items), items[:PANEL_ITEMS]) for label, items in sections]}

    @staticmethod
    def change_requests(page_ids):
        """The editor's comment on each article sent back for changes."""
        if not page_ids:
            return {}
        page_type = ContentType.objects.get_for_model(Page)
        rejected = TaskState.objects.filter(
            workflow_state__base_content_type=page_type,
            workflow_state__object_id__in=[str(pk) for pk in page_ids],
            status=TaskState.STATUS_REJECTED,
        ).order_by("finished_at")
        return {
            int(object_id): comment
            for object_id, comment in rejected.values_list("workflow_state__object_id", "comment")
        }


class AwaitingReviewPanel(Component):
    """Menunggu review: articles submitted to the Redaktur review, oldest first."""

    name = "menunggu_review"
    template_name = "news/admin/panel_awaiting_review.html"
    order = 40

    def get_context_data(self, parent_context):
        states = list(
            article_workflow_states(status=WorkflowState.STATUS_IN_PROGRESS)
            .select_related("requested_by", "current_task_state")
            .order_by("current_task_state__started_at")
        )
        articles = ArticlePage.objects.in_bulk([int(state.object_id) for state in states])
        waiting = [
            {"article": articles[int(state.object_id)], "state": state}
            for state in states
            if int(state.object_id) in articles
        ]
        return {"waiting": waiting, "count": len(waiting)}


# Wagtail's own workflow panels, replaced by the two above.
REPLACED_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}


def dashboard_panels(request, panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED_PANELS]
    if is_editor(request.user):
        panels.append(AwaitingReviewPanel())
    if has_role(request.user, PEWARTA) or ArticlePage.objects.filter(owner=request.user).exists():
        panels.append(MyArticlesPanel(request.user))
