"""Plain request/response types, the fault injector and the view-growth model.

Stdlib only: the sandbox is a separate program that stands in for the outside world.
"""

from __future__ import annotations

import json
import random
import secrets
import threading
import time
import zlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import unquote

JSON_TYPE = "application/json; charset=UTF-8"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names

    def param(self, name: str, default: str | None = None) -> str | None:
        """A form field, a JSON body field, else a query parameter (Graph accepts all)."""
        if name in self.form:
            return self.form[name]
        if isinstance(self.json, dict) and name in self.json:
            value = self.json[name]
            return value if isinstance(value, str) else json.dumps(value)
        return self.query.get(name, default)

    def auth_token(self) -> str | None:
        """The token in `Authorization: Bearer ...` or an OAuth 1.0a `oauth_token`."""
        scheme, _, rest = self.headers.get("authorization", "").partition(" ")
        rest = rest.strip()
        if scheme.lower() == "bearer":
            return rest or None
        if scheme.lower() == "oauth":
            if "oauth_" not in rest:
                return rest or None  # Graph's "OAuth <token>"
            for part in rest.split(","):
                key, _, value = part.strip().partition("=")
                if key == "oauth_token":
                    return unquote(value.strip().strip('"')) or None
        return None


@dataclass
class Response:
    status: int
    body: Any = None  # dict or list -> JSON; str -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = JSON_TYPE
    abort: bool = False  # drop the connection without answering


def trace_id() -> str:
    """Something shaped like Meta's fbtrace_id / a request id."""
    return secrets.token_urlsafe(16)[:22]


# --- faults ---------------------------------------------------------------------------


@dataclass
class Faults:
    """What can go wrong; everything off by default. Settable at runtime as JSON."""

    latency_ms: int = 0
    error_rate: float = 0.0  # fraction of API requests answered with a 5xx, before any effect
    rate_limit: float = 0.0  # fraction of API requests answered with a rate-limit error
    rate_limit_every: int = 0  # additionally, every Nth API request is rate-limited (0 = off)
    rate_limit_reset_s: int = 60  # seconds until the limit resets, as the headers report it
    graph_rate_limit_code: int = 4  # 4 (app), 17 (user), 32 (page), 613 (custom)
    expired_tokens: list[str] = field(default_factory=list)
    crash_after_post: float = 0.0  # fraction of successful writes that then lose their answer
    crash_mode: str = "abort"  # "abort" (drop the connection) or "502"
    platforms: list[str] = field(default_factory=list)  # faults only for these (empty = all)
    seed: int | None = None  # seeds the random choices, for repeatable runs
    ig_container_polls: int = 1  # status polls that answer IN_PROGRESS before FINISHED
    ig_quota_total: int = 100  # Instagram posts per rolling 24 h
    youtube_daily_quota: int = 10_000  # YouTube Data API units per Pacific day
    time_scale: float = 1.0  # metrics age this many times faster than the wall clock
    # A documented Graph error to answer with: the body's `error` fields (code, error_subcode,
    # is_transient, message, error_user_title, error_user_msg) plus an optional HTTP
    # "status" (400 unless given). Empty: off.
    graph_error: dict[str, Any] = field(default_factory=dict)
    graph_error_edge: str = ""  # only for this edge ("media", "insights", ...); empty: every call
    # Above 0, posting to X answers 429 with the app's 24-hour cap used up, resetting in this
    # many seconds (x-app-limit-24hour-remaining: 0, x-app-limit-24hour-reset).
    x_daily_cap_reset_s: int = 0
    # The user timeline answers 403 "client-not-enrolled", as on access tiers without it.
    x_timeline_forbidden: bool = False
    # A documented YouTube Data API error to answer with: {"status", "reason", and optionally
    # "message" and "domain"}, on every videos call or only on `youtube_error_method`
    # ("GET": videos.list, "PUT": videos.update). Empty: off.
    youtube_error: dict[str, Any] = field(default_factory=dict)
    youtube_error_method: str = ""


FAULT_NAMES = {f.name for f in fields(Faults)}


class FaultInjector:
    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self.faults = faults or Faults()
        self._rng = random.Random(self.faults.seed)
        self._count = 0

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self.faults)

    def update(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Apply a partial update; unknown names raise ValueError."""
        unknown = set(changes) - FAULT_NAMES
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        with self._lock:
            current = asdict(self.faults)
            current.update(changes)
            faults = Faults(**current)
            _validate(faults)
            self.faults = faults
            if "seed" in changes:
                self._rng = random.Random(faults.seed)
                self._count = 0
        return self.as_dict()

    def reset(self) -> dict[str, Any]:
        with self._lock:
            self.faults = Faults()
            self._rng = random.Random()
            self._count = 0
        return self.as_dict()

    def applies(self, platform: str) -> bool:
        platforms = self.faults.platforms
        return not platforms or platform in platforms

    def delay(self, platform: str) -> None:
        if self.faults.latency_ms and self.applies(platform):
            time.sleep(self.faults.latency_ms / 1000)

    def roll_error(self, platform: str) -> bool:
        return self._roll(platform, self.faults.error_rate)

    def roll_rate_limit(self, platform: str) -> bool:
        if not self.applies(platform):
            return False
        with self._lock:
            self._count += 1
            every = self.faults.rate_limit_every
            if every and self._count % every == 0:
                return True
        return self._roll(platform, self.faults.rate_limit)

    def roll_crash(self, platform: str) -> bool:
        return self._roll(platform, self.faults.crash_after_post)

    def is_expired(self, token: str | None) -> bool:
        return bool(token) and token in self.faults.expired_tokens

    def _roll(self, platform: str, rate: float) -> bool:
        if rate <= 0 or not self.applies(platform):
            return False
        with self._lock:
            return self._rng.random() < rate


def _validate(faults: Faults) -> None:
    for name in ("error_rate", "rate_limit", "crash_after_post"):
        value = getattr(faults, name)
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{name} must be a number between 0 and 1")
    if faults.crash_mode not in ("abort", "502"):
        raise ValueError('crash_mode must be "abort" or "502"')
    if not isinstance(faults.expired_tokens, list) or not isinstance(faults.platforms, list):
        raise ValueError("expired_tokens and platforms must be lists")
    if not isinstance(faults.graph_error, dict):
        raise ValueError("graph_error must be an object")
    if faults.graph_error and not isinstance(faults.graph_error.get("code"), int):
        raise ValueError("graph_error needs an integer code")
    wanted = faults.youtube_error
    if not isinstance(wanted, dict) or (
        wanted and not (isinstance(wanted.get("status"), int) and wanted.get("reason"))
    ):
        raise ValueError("youtube_error must be an object with an integer status and a reason")
    if faults.youtube_error_method not in ("", "GET", "PUT"):
        raise ValueError('youtube_error_method must be "", "GET" or "PUT"')
    for name in (
        "latency_ms",
        "rate_limit_every",
        "rate_limit_reset_s",
        "ig_container_polls",
        "x_daily_cap_reset_s",
    ):
        if not isinstance(getattr(faults, name), int) or getattr(faults, name) < 0:
            raise ValueError(f"{name} must be a non-negative integer")


# --- clock and growth -----------------------------------------------------------------


class Clock:
    """Wall time plus an offset that tests (and `/__sandbox/clock`) can move forward."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        self.offset += seconds
        return self.now()


def growth(key: str, age_seconds: float) -> dict[str, int]:
    """Counts for one post: a deterministic, monotonic function of its id and age.

    Views grow like age^0.7 at a per-post rate, so young posts climb fast and old posts
    flatten out; every other count is a fixed fraction of views, so all are monotonic.
    """
    if age_seconds <= 0:
        return dict.fromkeys(
            ("views", "reach", "likes", "comments", "shares", "saved", "clicks"), 0
        ) | {"quotes": 0, "bookmarks": 0}
    h = zlib.crc32(key.encode("utf-8"))
    rate = 3 + h % 40  # views in the first minute
    views = int(rate * (age_seconds / 60) ** 0.7)
    return {
        "views": views,
        "reach": views * 7 // 10,
        "likes": views * (2 + h % 5) // 100,
        "comments": views // 150,
        "shares": views // 120,
        "saved": views // 200,
        "clicks": views * 3 // 100,
        "quotes": views // 600,
        "bookmarks": views // 300,
    }
