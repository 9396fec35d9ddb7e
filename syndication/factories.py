from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from news.factories import ArticlePageFactory
from syndication.models import SocialAccount, Syndication

FAKE_GRAPH = "https://graph.test"


class SocialAccountFactory(DjangoModelFactory):
    class Meta:
        model = SocialAccount

    platform = "facebook"
    name = factory.Sequence(lambda n: f"Akun {n}")
    external_id = factory.Sequence(lambda n: f"10{n:04d}")
    base_url = FAKE_GRAPH
    access_token = factory.Sequence(lambda n: f"EAAB-token-{n:06d}")


class SyndicationFactory(DjangoModelFactory):
    """A row waiting to be posted; `posted=True` makes it one that went out `age` ago."""

    class Meta:
        model = Syndication

    page = factory.SubFactory(ArticlePageFactory)
    account = factory.SubFactory(SocialAccountFactory)

    class Params:
        age = timedelta(hours=1)
        posted = factory.Trait(
            status=Syndication.Status.POSTED,
            remote_id=factory.LazyAttribute(lambda row: f"{row.account.platform}-{row.page.pk}"),
            remote_url=factory.LazyAttribute(
                lambda row: f"{row.account.base_url}/posts/{row.remote_id}"
            ),
            posted_at=factory.LazyAttribute(lambda row: timezone.now() - row.age),
        )
