"""Tokens are encrypted at rest with Fernet and redacted from errors; keys rotate (MultiFernet).

TOKEN_ENCRYPTION_KEYS lists Fernet keys, newest first: new values are
encrypted with the first, and any listed key can still decrypt. To rotate,
put a new key in front, run `manage.py rotate_token_keys`, then drop the old
key. Without the setting (dev and tests only) a key is derived from SECRET_KEY.
"""

import base64
import hashlib
import json
import re
from functools import lru_cache
from urllib.parse import quote, quote_plus

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=4)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    keys = tuple(getattr(settings, "TOKEN_ENCRYPTION_KEYS", ()) or ())
    if not keys:
        if not settings.DEBUG and not getattr(settings, "TOKEN_KEYS_FROM_SECRET_KEY", False):
            raise ImproperlyConfigured("Set TOKEN_ENCRYPTION_KEYS to encrypt platform tokens.")
        digest = hashlib.sha256(f"mmc-token-key:{settings.SECRET_KEY}".encode()).digest()
        keys = (base64.urlsafe_b64encode(digest).decode(),)
    return _fernet_for(keys)


def encrypt(plain: str) -> str:
    return fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise ImproperlyConfigured(
            "A stored token cannot be decrypted: TOKEN_ENCRYPTION_KEYS lacks its key."
        ) from error


# Query parameters that carry a credential (refresh_token, client_secret, an API key…).
TOKEN_IN_URL = re.compile(r"\b(\w*token|\w*secret|\w*key)=[^&\s'\"]+", re.IGNORECASE)
# Shorter values could match ordinary words in an error; no real credential is this short.
MIN_SECRET_LENGTH = 6


def secret_values(account) -> set[str]:
    """The token, the secrets JSON as stored, and every value inside it."""
    found = {account.access_token or "", account.secrets or ""}
    try:
        extra = json.loads(account.secrets) if account.secrets else {}
    except ValueError:
        extra = {}
    pending = [extra]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif value is not None and not isinstance(value, bool):
            found.add(str(value))
    return {value for value in found if len(value) >= MIN_SECRET_LENGTH}


def redact(text: str, account) -> str:
    """Platform errors can echo the request URL; no token may reach the database or a log."""
    # Longest first, so a value that contains another is masked whole; URL-encoded too.
    for secret in sorted(secret_values(account), key=len, reverse=True):
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            text = text.replace(form, "***")
    return TOKEN_IN_URL.sub(r"\1=***", text)


def mask(secret: str) -> str:
    """What the admin may show of a secret: its last four characters."""
    return f"••••{secret[-4:]}" if len(secret) > 8 else "••••" if secret else ""


class EncryptedTextField(models.TextField):
    """A text column that holds only ciphertext; Python code sees the plain value."""

    def from_db_value(self, value, expression, connection):
        return decrypt(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt(value) if value else value
