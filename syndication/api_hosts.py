"""Where an account's token may be sent: the platform's official API, or the sandbox in DEBUG.

An administrator's hijacked session must not be able to point an account at a server of
its choosing and collect the token there (or make the worker fetch internal URLs).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url.strip())
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port or default_port
    except ValueError:
        port = -1  # not a port at all; matches nothing
    return parts.scheme, (parts.hostname or ""), port


def is_allowed(platform: str, base_url: str) -> bool:
    if not base_url:
        return True  # the platform's real API, built into its client
    parts = urlsplit(base_url.strip())
    if parts.username or parts.password:
        return False
    if settings.DEBUG and origin(base_url) == origin(settings.SANDBOX_URL):
        return True
    scheme, host, port = origin(base_url)
    return scheme == "https" and port == 443 and host in official_hosts(platform)


def official_hosts(platform: str) -> list[str]:
    return [host.lower() for host in settings.SYNDICATION_API_HOSTS.get(platform, [])]


def check_base_url(platform: str, base_url: str) -> None:
    """Raise a ValidationError (in Indonesian) unless `base_url` may receive the token."""
    if is_allowed(platform, base_url):
        return
    allowed = [f"https://{host}" for host in official_hosts(platform)]
    if settings.DEBUG:
        allowed.append(f"sandbox {settings.SANDBOX_URL}")
    raise ValidationError(
        "Alamat API ini tidak diizinkan: token akun hanya dikirim ke alamat resmi platform. "
        "Kosongkan untuk API resmi%(choices)s.",
        code="api_host_not_allowed",
        params={"choices": f", atau pakai {', '.join(allowed)}" if allowed else ""},
    )
