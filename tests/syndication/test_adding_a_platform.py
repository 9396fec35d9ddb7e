"""Adding a platform touches one module plus its registration.

tests/support/mastodon.py is that module; the fixture below is the registration. The
rest of the project (accounts, publishing, captions, rate limits, analytics) picks it up.
"""

from datetime import timedelta
from urllib.parse import parse_qs

import pytest
import responses
from django.utils import timezone

from analytics import dashboard
from analytics.collection import collect_metrics
from analytics.filters import ReachFilterForm, ReachFilters
from analytics.models import MetricSnapshot, first_growth
from news.factories import ArticlePageFactory
from syndication import publishing
from syndication.factories import SocialAccountFactory
from syndication.models import CaptionTemplates, SocialAccount, Syndication
from syndication.platforms import registry
from syndication.ratelimit import TokenBucket, bucket_for
from tests.support import mastodon

pytestmark = pytest.mark.django_db
SERVER = "https://mastodon.test"
LONG_LEAD = " ".join(["Warga Palangka Raya menyambut pembukaan jembatan baru."] * 20)


@pytest.fixture(autouse=True)
def registered(monkeypatch, settings):
    modules = (*registry.PLATFORM_MODULES, "tests.support.mastodon")
    monkeypatch.setattr(registry, "PLATFORM_MODULES", modules)
    # The one setting besides the module: the hosts an account may send its token to.
    settings.SYNDICATION_API_HOSTS = {
        **settings.SYNDICATION_API_HOSTS,
        "mastodon": ["mastodon.test"],
    }


@pytest.fixture
def account():
    return SocialAccountFactory(
        platform="mastodon", name="@mmckalteng@mastodon.test", external_id="109", base_url=SERVER
    )


def test_an_account_on_the_new_platform_is_a_valid_choice(account):
    account.full_clean()

    assert ("mastodon", "Mastodon") in SocialAccount._meta.get_field("platform").choices
    assert str(account) == "Mastodon: @mmckalteng@mastodon.test"


def test_a_published_article_is_posted_through_its_client_within_its_caption_limit(
    account, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(
        live=False, first_published_at=None, title="Jembatan Kahayan Dibuka", ringkasan=LONG_LEAD
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    row = Syndication.objects.get(page=article, account=account)

    with responses.RequestsMock() as api:
        created = api.post(
            f"{SERVER}/api/v1/statuses", json={"id": "1131", "url": f"{SERVER}/@mmckalteng/1131"}
        )
        outcome = publishing.attempt(row.pk)

    row.refresh_from_db()
    assert outcome.status == row.status == Syndication.Status.POSTED
    assert (row.remote_id, row.remote_url) == ("1131", f"{SERVER}/@mmckalteng/1131")
    assert created.calls[0].request.headers["Authorization"] == f"Bearer {account.access_token}"
    (status,) = parse_qs(created.calls[0].request.body)["status"]
    # No template stored for Mastodon: its spec's default, shortened to its 500 characters.
    assert status.startswith("Jembatan Kahayan Dibuka\n\nWarga Palangka Raya")
    assert len(status) <= mastodon.STATUS_MAX_CHARS < len(LONG_LEAD)
    assert "…" in status
    assert "utm_source=mastodon" in status and f"utm_content={row.pk}" in status
    templates = CaptionTemplates.for_site(article.get_site())
    assert templates.template_for("mastodon") == mastodon.SPEC.default_template


def test_its_token_bucket_follows_its_spec():
    per_second, capacity = mastodon.SPEC.rate_bucket
    bucket = TokenBucket(account_id=999_006, platform="mastodon")

    waits = [bucket.take() for _ in range(capacity + 1)]

    assert bucket_for("mastodon") == (per_second, capacity)
    assert waits[:capacity] == [0.0] * capacity
    assert waits[capacity] == pytest.approx(1 / per_second, rel=0.1)


@pytest.mark.clock
def test_its_metrics_are_collected_through_its_client_and_read_by_its_analytics_rules(account):
    row = Syndication.objects.create(
        page=ArticlePageFactory(),
        account=account,
        status=Syndication.Status.POSTED,
        remote_id="1131",
        posted_at=timezone.now() - timedelta(hours=2),
    )
    counts = {"id": "1131", "favourites_count": 7, "replies_count": 2, "reblogs_count": 3}

    with responses.RequestsMock() as api:
        api.get(f"{SERVER}/api/v1/statuses/1131", json=counts)
        report = collect_metrics()

    assert report.stored == 1
    reading = MetricSnapshot.objects.get(syndication=row)
    assert (reading.likes, reading.comments, reading.shares) == (7, 2, 3)
    filters = ReachFilters.from_form(ReachFilterForm({"rentang": "7"}))
    totals = {total["platform"]: total for total in dashboard.platform_totals(filters)}
    assert totals["mastodon"]["label"] == "Mastodon"
    assert totals["mastodon"]["engagement"] == 12
    # Its spec says it reports no reach, and a new status has no earlier views to discount.
    assert totals["mastodon"]["reach"] is None
    assert first_growth("mastodon", views=40) == 40
