"""Deploying the sweeper's catch-up posts nothing of the days before the deploy."""

import pytest

from news.factories import ArticlePageFactory
from syndication.models import SocialAccount, Syndication

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("syndication", "0007_article_social_options")]
AFTER = [("syndication", "0008_account_connected_at")]


@pytest.mark.clock
def test_existing_accounts_count_as_connected_when_the_migration_runs(migrate_to, time_machine):
    from datetime import timedelta

    from django.utils import timezone

    from syndication.rows import create_missing_syndications

    article = ArticlePageFactory()  # live, never given rows (accounts were switched off)
    old = migrate_to(BEFORE).get_model("syndication", "SocialAccount")
    account = old.objects.create(platform="facebook", name="Halaman MMC", external_id="1001")
    time_machine.move_to(timezone.now() + timedelta(hours=1))
    deployed = timezone.now()
    migrate_to(AFTER)

    assert SocialAccount.objects.get(pk=account.pk).connected_at >= deployed
    assert create_missing_syndications() == []
    assert not Syndication.objects.filter(page=article).exists()
