import factory
from factory.django import DjangoModelFactory

from syndication.models import SocialAccount

FAKE_GRAPH = "https://graph.test"


class SocialAccountFactory(DjangoModelFactory):
    class Meta:
        model = SocialAccount

    platform = "facebook"
    name = factory.Sequence(lambda n: f"Akun {n}")
    external_id = factory.Sequence(lambda n: f"10{n:04d}")
    base_url = FAKE_GRAPH
    access_token = factory.Sequence(lambda n: f"EAAB-token-{n:06d}")
