"""The plain interface every platform client implements, and the one retry policy."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, runtime_checkable

# Reads are safe to repeat, so one flaky answer should not fail a whole post.
READ_RETRIES = 2
READ_RETRY_PAUSE = 0.5  # seconds, growing with each retry

T = TypeVar("T")


@dataclass(frozen=True)
class PostPayload:
    """What to post; `marker` (``utm_content=<id>``) also appears in `link`."""

    text: str
    link: str
    marker: str
    image_url: str = ""
    video_id: str = ""
    hashtags: tuple[str, ...] = ()
    # A media container an earlier attempt created and has not published yet (Instagram).
    container_id: str = ""


@dataclass(frozen=True)
class AccountCredentials:
    """One connected account; an empty `base_url` means the platform's real API."""

    platform: str
    external_id: str
    access_token: str
    base_url: str = ""
    # X with OAuth 1.0a user context.
    consumer_key: str = ""
    consumer_secret: str = ""
    access_token_secret: str = ""
    # YouTube: Google access tokens live an hour, so a refresh token is needed for real use.
    refresh_token: str = ""
    client_id: str = ""
    client_secret: str = ""


@dataclass(frozen=True)
class RemotePost:
    remote_id: str
    remote_url: str = ""


@dataclass
class Metrics:
    views: int = 0
    reach: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    clicks: int = 0
    raw: dict[str, Any] = field(default_factory=dict)


class MetricsResult(dict[str, Metrics]):
    """Metrics by remote id, plus the ids that failed and why (`errors`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors: dict[str, PlatformError] = {}

    def merge(self, other: dict[str, Metrics]) -> None:
        self.update(other)
        self.errors.update(getattr(other, "errors", {}))


# --- Errors: the single place that decides what is retried -------------------------------


class PlatformError(Exception):
    """A platform refused or failed a call; `message` is shown to editors (Indonesian)."""

    default_message = "Platform menolak permintaan."
    retryable = False

    def __init__(self, message: str = "", *, raw: Any = None, code: Any = None) -> None:
        self.message = message or self.default_message
        self.raw = raw
        self.code = code
        # Set when the failure came after a container was created, so the next attempt
        # publishes that container instead of making another.
        self.container_id = ""
        super().__init__(self.message)


class Transient(PlatformError):
    default_message = "Gangguan sementara di platform; akan dicoba lagi."
    retryable = True


class RateLimited(PlatformError):
    """Retry, but not before `retry_after` seconds."""

    default_message = "Batas permintaan platform tercapai; menunggu sebelum mencoba lagi."
    retryable = True

    def __init__(
        self, message: str = "", *, retry_after: float = 60.0, raw: Any = None, code: Any = None
    ) -> None:
        super().__init__(message, raw=raw, code=code)
        self.retry_after = max(1.0, float(retry_after))


class Permanent(PlatformError):
    default_message = "Platform menolak kiriman ini; periksa isi dan pengaturannya."


class Restricted(Permanent):
    """The platform restricted the account itself (suspected spam, a policy block): retrying
    cannot help and may prolong it; an editor has to appeal on the platform first."""

    default_message = (
        "Dibatasi platform — perlu banding: platform membatasi tindakan akun ini. Buka "
        "pemberitahuan akun di aplikasinya, ajukan banding, lalu tekan Coba lagi."
    )


class CannotReconcile(Permanent):
    """Whether an earlier attempt went out cannot be checked through the API: a person must."""

    default_message = "Belum pasti — periksa manual apakah kiriman sudah terbit."


class EndpointUnavailable(Permanent):
    """The account's API access level does not include this endpoint."""

    default_message = "Tingkat akses API akun ini tidak mencakup permintaan ini."


class NeedsReauth(PlatformError):
    default_message = "Token akses kedaluwarsa; hubungkan ulang akun."


class MissingPermission(NeedsReauth):
    """The token works but lacks a permission; `permission` names it when the platform did."""

    def __init__(self, permission: str = "", *, raw: Any = None, code: Any = None) -> None:
        self.permission = permission
        if permission:
            message = (
                f"Izin kurang: {permission} — hubungkan ulang akun dan centang izin "
                f"{permission} saat diminta."
            )
        else:
            message = "Izin kurang — hubungkan ulang akun dan berikan semua izin yang diminta."
        super().__init__(message, raw=raw, code=code)


class StillProcessing(PlatformError):
    """The platform holds our media (`container_id`) but is still processing it: check later.

    Nothing is published yet, so the worker is free to post elsewhere meanwhile.
    """

    default_message = "Platform masih memproses media; diperiksa lagi sebentar lagi."
    retryable = True

    def __init__(
        self,
        message: str = "",
        *,
        container_id: str,
        retry_after: float,
        raw: Any = None,
        code: Any = None,
    ) -> None:
        super().__init__(message, raw=raw, code=code)
        self.container_id = container_id
        self.retry_after = max(0.0, float(retry_after))


class ConnectionFailed(Transient):
    """No answer came back: the connection was refused, dropped or timed out."""

    default_message = "Koneksi ke platform gagal; akan dicoba lagi."


class UnknownOutcome(PlatformError):
    """A write may have succeeded: reconcile with `find_existing` before any retry."""

    default_message = "Hasil pengiriman tidak diketahui; memeriksa apakah kiriman sudah terbit."
    retryable = True


def error_for_status(
    status: int, *, write: bool, message: str = "", raw: Any = None, code: Any = None
) -> PlatformError:
    """Classify a bare HTTP status when the platform gave no more specific error code."""
    if status == 401:
        return NeedsReauth(message, raw=raw, code=code)
    if status == 429:
        return RateLimited(message, raw=raw, code=code)
    if status >= 500:
        if write:
            return UnknownOutcome(message, raw=raw, code=code)
        return Transient(message, raw=raw, code=code)
    return Permanent(message, raw=raw, code=code)


def error_for_transport(exc: Exception, *, write: bool, connect_failed: bool) -> PlatformError:
    """A timeout or dropped connection: only a write that may have reached the server is unknown."""
    raw = repr(exc)
    if write and not connect_failed:
        return UnknownOutcome(raw=raw)
    return ConnectionFailed(raw=raw)


def with_read_retries(call: Callable[[], T], *, write: bool) -> T:
    """Make one call; a read the platform answered with a transient error is asked again.

    A write never is: an ambiguous write is reconciled with `find_existing` instead. Nor is
    a read that got no answer: a timed-out read would wait the whole timeout again, so the
    task retries it later, with backoff, and one stalled answer never holds a worker.
    """
    for attempt in range(READ_RETRIES + 1):
        try:
            return call()
        except Transient as error:
            if write or isinstance(error, ConnectionFailed) or attempt == READ_RETRIES:
                raise
            time.sleep(READ_RETRY_PAUSE * (attempt + 1))
    raise AssertionError("unreachable")


# --- The interface -----------------------------------------------------------------------


@runtime_checkable
class Platform(Protocol):
    """What `syndication.tasks` needs from each platform; every call raises PlatformError."""

    name: str

    def publish(self, payload: PostPayload) -> RemotePost:
        """Post once; an ambiguous failure raises UnknownOutcome."""
        ...

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        """The recent post carrying `payload.marker`, if any (reconciles UnknownOutcome)."""
        ...

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        """Metrics batched at the platform's maximum; failed ids land in `.errors`."""
        ...


# --- Helpers shared by the platform modules ----------------------------------------------


def collect_in_chunks(
    remote_ids: list[str], size: int, fetch_chunk: Callable[[list[str]], dict[str, Metrics]]
) -> MetricsResult:
    """Fetch metrics chunk by chunk; a failed chunk never loses the chunks that worked."""
    result = MetricsResult()
    ids = list(dict.fromkeys(remote_ids))
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        try:
            found = fetch_chunk(chunk)
        except PlatformError as error:
            found = MetricsResult()
            found.errors.update(dict.fromkeys(chunk, error))
        result.merge(found)
        blocking = [
            error
            for error in getattr(found, "errors", {}).values()
            if isinstance(error, RateLimited | NeedsReauth)
        ]
        if blocking:
            # Every later call would fail the same way; stop spending quota.
            result.errors.update(dict.fromkeys(ids[start + size :], blocking[0]))
            break
    return result


def mentions_marker(value: Any, marker: str) -> bool:
    """Whether any string inside `value` carries `marker` (``utm_content=12`` is not ``=123``)."""
    pattern = re.compile(re.escape(marker) + r"(?![0-9A-Za-z_\-])")
    return any(pattern.search(text) for text in _strings(value))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def as_int(value: Any) -> int:
    """Platforms send counts as ints, numeric strings, or dicts of per-type counts."""
    if isinstance(value, dict):
        return sum(as_int(item) for item in value.values())
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
