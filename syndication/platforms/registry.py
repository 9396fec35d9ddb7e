"""The platforms we syndicate to. Registering one is adding its module to PLATFORM_MODULES."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import Any

from .base import AccountCredentials, Platform
from .spec import PlatformSpec

PLATFORM_MODULES = (
    "syndication.platforms.facebook",
    "syndication.platforms.instagram",
    "syndication.platforms.x",
    "syndication.platforms.youtube",
)


class UnknownPlatform(ValueError):
    pass


def specs() -> dict[str, PlatformSpec]:
    """Every registered platform's spec by name, in registration order."""
    return _load(PLATFORM_MODULES)


def spec_for(platform: str) -> PlatformSpec:
    try:
        return specs()[platform]
    except KeyError:
        raise UnknownPlatform(f"Platform tidak dikenal: {platform!r}") from None


def choices() -> list[tuple[str, str]]:
    """(name, label) per platform, for model and form choices."""
    return [(spec.name, spec.label) for spec in specs().values()]


def platform_for(credentials: AccountCredentials, **options: Any) -> Platform:
    """Build the client for `credentials.platform`; `options` go to its constructor."""
    return spec_for(credentials.platform).client_class(credentials, **options)


@cache
def _load(modules: tuple[str, ...]) -> dict[str, PlatformSpec]:
    loaded = (import_module(module).SPEC for module in modules)
    return {spec.name: spec for spec in loaded}
