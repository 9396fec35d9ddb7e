"""Platform tokens are encrypted at rest, and keys rotate."""

import pytest
from django.db import connection

from syndication.factories import SocialAccountFactory
from syndication.models import SocialAccount

pytestmark = pytest.mark.django_db


def test_tokens_are_encrypted_at_rest(facebook):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token FROM syndication_socialaccount WHERE id = %s", [facebook.pk]
        )
        (stored,) = cursor.fetchone()
    assert facebook.access_token.startswith("EAAB-token-")
    assert facebook.access_token not in stored
    assert SocialAccount.objects.get(pk=facebook.pk).access_token == facebook.access_token


def test_rotating_keys_re_encrypts_every_token_with_the_new_key(settings):
    from cryptography.fernet import Fernet
    from django.core.management import call_command

    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.TOKEN_ENCRYPTION_KEYS = [old_key]
    account = SocialAccountFactory(access_token="EAAB-rotate-me")
    settings.TOKEN_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_token_keys", stdout=None)

    settings.TOKEN_ENCRYPTION_KEYS = [new_key]  # the old key is gone
    assert SocialAccount.objects.get(pk=account.pk).access_token == "EAAB-rotate-me"
