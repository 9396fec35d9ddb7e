"""Plain API clients for the platforms we syndicate to; see base.py for the interface."""

from .base import (
    AccountCredentials,
    Metrics,
    MetricsResult,
    NeedsReauth,
    Permanent,
    Platform,
    PlatformError,
    PostPayload,
    RateLimited,
    RemotePost,
    StillProcessing,
    Transient,
    UnknownOutcome,
)
from .registry import platform_for, spec_for, specs

__all__ = [
    "AccountCredentials",
    "Metrics",
    "MetricsResult",
    "NeedsReauth",
    "Permanent",
    "Platform",
    "PlatformError",
    "PostPayload",
    "RateLimited",
    "RemotePost",
    "StillProcessing",
    "Transient",
    "UnknownOutcome",
    "platform_for",
    "spec_for",
    "specs",
]
