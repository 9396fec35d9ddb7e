from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def token_keys_are_configured(app_configs, **kwargs):
    """Production must encrypt platform tokens with its own keys, not one derived in code."""
    if settings.TOKEN_ENCRYPTION_KEYS:
        return []
    return [
        checks.Error(
            "TOKEN_ENCRYPTION_KEYS is empty, so platform tokens cannot be stored.",
            hint='Generate a key with: python -c "from cryptography.fernet import Fernet; '
            'print(Fernet.generate_key().decode())"',
            id="syndication.E001",
        )
    ]
