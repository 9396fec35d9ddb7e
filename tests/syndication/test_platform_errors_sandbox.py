"""Documented platform errors, produced by the sandbox, end as a row state an editor can act on."""

from datetime import timedelta

import pytest
from django.utils import timezone

from analytics.collection import collect_metrics
from analytics.models import MetricSnapshot
from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SyndicationFactory
from syndication.models import SocialAccount, Syndication
from syndication.sandbox import seed
from syndication.sandbox_accounts import connect_sandbox_accounts
from tests.support.sandbox import advance_clock, set_faults

pytestmark = pytest.mark.django_db
Status = Syndication.Status
DEMO_VIDEO = seed.DEMO_VIDEOS[0][0]


def account_on(sandbox, platform):
    (account,) = [a for a in connect_sandbox_accounts(sandbox.url) if a.platform == platform]
    return account


def attempted(row):
    publishing.attempt(row.pk)
    row.refresh_from_db()
    return row


def test_an_instagram_download_timeout_is_retried_and_then_posts(sandbox):
    account = account_on(sandbox, "instagram")
    set_faults(
        sandbox,
        graph_error={
            "code": -2,
            "error_subcode": 2207003,
            "is_transient": False,
            "message": "It takes too long to download the media.",
        },
        graph_error_edge="media",
    )
    row = attempted(SyndicationFactory(account=account))
    assert row.status == Status.PENDING
    assert row.next_attempt_at is not None

    set_faults(sandbox, graph_error={})
    Syndication.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    for _ in range(5):
        if attempted(row).status != Status.PENDING:
            break
        Syndication.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())

    assert row.status == Status.POSTED


def test_an_instagram_action_block_stops_the_row_and_says_to_appeal(sandbox):
    account = account_on(sandbox, "instagram")
    set_faults(
        sandbox,
        graph_error={
            "code": 4,
            "error_subcode": 2207051,
            "message": "Application request limit reached",
            "error_user_title": "Action is blocked",
        },
        graph_error_edge="media",
    )

    row = attempted(SyndicationFactory(account=account))

    assert row.status == Status.FAILED
    assert row.next_attempt_at is None
    assert row.last_error.startswith("Dibatasi platform — perlu banding")


def test_a_facebook_policy_block_waits_hours_and_says_why(sandbox):
    account = account_on(sandbox, "facebook")
    set_faults(
        sandbox,
        graph_error={"code": 368, "message": "You're temporarily blocked from using this feature"},
        graph_error_edge="feed",
    )

    row = attempted(SyndicationFactory(account=account))

    assert row.status == Status.PENDING
    assert row.next_attempt_at > timezone.now() + timedelta(hours=5)
    assert "kebijakan" in row.last_error


def test_a_used_up_daily_x_cap_waits_until_the_reset(sandbox):
    account = account_on(sandbox, "x")
    set_faults(sandbox, x_daily_cap_reset_s=5 * 3600)

    row = attempted(SyndicationFactory(account=account))

    assert row.status == Status.PENDING
    assert row.next_attempt_at > timezone.now() + timedelta(hours=4, minutes=59)
    assert row.last_error.startswith("Menunggu batas harian X")


def test_an_x_post_of_unknown_outcome_without_timeline_access_asks_for_a_manual_check(sandbox):
    account = account_on(sandbox, "x")
    set_faults(sandbox, x_timeline_forbidden=True)
    row = SyndicationFactory(account=account, status=Status.UNKNOWN)

    row = attempted(row)

    assert row.status == Status.FAILED
    assert row.last_error.startswith("Belum pasti — periksa manual")
    assert f"utm_content={row.pk}" in row.last_error


@pytest.mark.clock
def test_a_refused_insights_permission_flags_the_account_and_stores_nothing(sandbox):
    account = account_on(sandbox, "facebook")
    row = attempted(SyndicationFactory(account=account, page=ArticlePageFactory()))
    assert row.status == Status.POSTED
    advance_clock(sandbox, 3600)
    set_faults(
        sandbox,
        graph_error={
            "code": 10,
            "message": "(#10) Application does not have permission for this action",
        },
        graph_error_edge="insights",
    )

    report = collect_metrics(now=timezone.now() + timedelta(hours=1))

    account.refresh_from_db()
    assert account.status == SocialAccount.Status.NEEDS_REAUTH
    assert account.status_reason.startswith("Izin kurang: read_insights")
    assert MetricSnapshot.objects.count() == 0
    assert report.stored == 0


def test_a_suspended_youtube_account_stops_and_asks_for_an_appeal(sandbox):
    account = account_on(sandbox, "youtube")
    set_faults(
        sandbox,
        youtube_error={
            "status": 403,
            "reason": "authenticatedUserAccountSuspended",
            "domain": "youtube.common",
        },
        youtube_error_method="PUT",
    )

    row = attempted(SyndicationFactory(account=account, page__youtube_video_id=DEMO_VIDEO))

    assert row.status == Status.FAILED
    assert row.state.key == "restricted"


def test_a_youtube_token_without_the_scope_flags_the_account_with_the_permission(sandbox):
    account = account_on(sandbox, "youtube")
    set_faults(
        sandbox,
        youtube_error={"status": 403, "reason": "insufficientPermissions", "domain": "global"},
    )

    row = attempted(SyndicationFactory(account=account, page__youtube_video_id=DEMO_VIDEO))

    account.refresh_from_db()
    assert row.status == Status.NEEDS_REAUTH
    assert account.status_reason.startswith("Izin kurang: youtube")
    assert row.state.key == "missing_permission"


def test_a_youtube_rate_limit_waits_a_minute(sandbox):
    account = account_on(sandbox, "youtube")
    set_faults(
        sandbox,
        youtube_error={"status": 403, "reason": "rateLimitExceeded", "domain": "usageLimits"},
        youtube_error_method="PUT",
    )

    row = attempted(SyndicationFactory(account=account, page__youtube_video_id=DEMO_VIDEO))

    assert row.status == Status.PENDING
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=50)
