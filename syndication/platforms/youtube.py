"""YouTube client: writes the article into a video's description, reads view counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from .base import (
    AccountCredentials,
    Metrics,
    MetricsResult,
    MissingPermission,
    NeedsReauth,
    Permanent,
    PlatformError,
    PostPayload,
    RateLimited,
    RemotePost,
    as_int,
    collect_in_chunks,
    error_for_status,
    error_for_transport,
    mentions_marker,
    with_read_retries,
)
from .errors import youtube as youtube_errors
from .spec import CaptionLimit, PlatformSpec, RateBucket, utf8_bytes

if TYPE_CHECKING:
    from googleapiclient.errors import HttpError

REAL_YOUTUBE_URL = "https://youtube.googleapis.com/"
TOKEN_URI = "https://oauth2.googleapis.com/token"
TIMEOUT = 30  # seconds; httplib2 has a single timeout, for the connect and for each read
LIST_LIMIT = 50  # https://developers.google.com/youtube/v3/docs/videos/list (id: up to 50)
# https://developers.google.com/youtube/v3/docs/videos#snippet.description
DESCRIPTION_MAX_BYTES = 5000
# https://developers.google.com/youtube/v3/determine_quota_cost
DAILY_QUOTA_UNITS = 10_000
LIST_COST = 1
UPDATE_COST = 50
# The quota resets at midnight Pacific time.
QUOTA_TIMEZONE = ZoneInfo("America/Los_Angeles")

# videos.update overwrites every mutable snippet field it is sent, so we resend the whole
# snippet and leave out only what the API computes itself.
# https://developers.google.com/youtube/v3/docs/videos/update
_READ_ONLY_SNIPPET_FIELDS = {
    "publishedAt",
    "channelId",
    "thumbnails",
    "channelTitle",
    "liveBroadcastContent",
    "localized",
}
_SAFE_ANGLE_BRACKETS = str.maketrans(
    {
        "<": "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        ">": "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
    }
)


class QuotaCounter(Protocol):
    """Units spent per key; `incr` returns the new total (Redis INCRBY has this shape)."""

    def incr(self, key: str, units: int) -> int: ...


class InMemoryQuotaCounter:
    def __init__(self) -> None:
        self.totals: dict[str, int] = {}

    def incr(self, key: str, units: int) -> int:
        self.totals[key] = self.totals.get(key, 0) + units
        return self.totals[key]


class QuotaBudget:
    """The project's daily YouTube quota, counted before each call is made."""

    def __init__(
        self,
        counter: QuotaCounter | None = None,
        *,
        daily_units: int = DAILY_QUOTA_UNITS,
        now: Callable[[], datetime] = lambda: datetime.now(QUOTA_TIMEZONE),
    ) -> None:
        self.counter = counter or InMemoryQuotaCounter()
        self.daily_units = daily_units
        self.now = now

    def spend(self, units: int) -> None:
        key = self._key()
        if self.counter.incr(key, units) > self.daily_units:
            self.counter.incr(key, -units)
            raise RateLimited(
                "Kuota harian YouTube habis; dilanjutkan setelah kuota diperbarui.",
                retry_after=self.seconds_until_reset(),
            )

    def exhaust(self) -> None:
        """Google said the quota is gone: stop calling until it resets."""
        self.counter.incr(self._key(), self.daily_units)

    def seconds_until_reset(self) -> float:
        now = self.now().astimezone(QUOTA_TIMEZONE)
        midnight = datetime.combine(
            now.date() + timedelta(days=1), datetime.min.time(), tzinfo=QUOTA_TIMEZONE
        )
        # Compare in UTC: same-zone subtraction ignores a DST change during the night.
        return (midnight.astimezone(UTC) - now.astimezone(UTC)).total_seconds()

    def _key(self) -> str:
        return f"youtube-quota:{self.now().astimezone(QUOTA_TIMEZONE).date().isoformat()}"


class YouTubeChannel:
    """Edits video descriptions on one channel through the Data API v3."""

    name = "youtube"

    def __init__(
        self,
        credentials: AccountCredentials,
        *,
        http: Any = None,
        budget: QuotaBudget | None = None,
        quota_counter: QuotaCounter | None = None,
        timeout: float = TIMEOUT,
    ) -> None:
        # Imported here: every process reads this module's SPEC, only YouTube's clients need
        # the Google libraries.
        import google_auth_httplib2
        import httplib2
        from google.oauth2.credentials import Credentials
        from googleapiclient.discovery import build

        self.budget = budget or QuotaBudget(quota_counter)
        google_credentials = Credentials(
            token=credentials.access_token,
            refresh_token=credentials.refresh_token or None,
            token_uri=TOKEN_URI,
            client_id=credentials.client_id or None,
            client_secret=credentials.client_secret or None,
        )
        authorized = google_auth_httplib2.AuthorizedHttp(
            google_credentials, http=http or httplib2.Http(timeout=timeout)
        )
        base_url = credentials.base_url
        client_options = (
            {"api_endpoint": base_url.rstrip("/") + "/"}
            if base_url and base_url.rstrip("/") != REAL_YOUTUBE_URL.rstrip("/")
            else None
        )
        # The discovery document ships with the library, so building makes no HTTP call.
        self.service = build(
            "youtube",
            "v3",
            http=authorized,
            static_discovery=True,
            client_options=client_options,
            cache_discovery=False,
        )

    def publish(self, payload: PostPayload) -> RemotePost:
        video_id = _required_video_id(payload)
        description = _description(payload.text)
        snippet = self._snippet(video_id)
        body_snippet = {k: v for k, v in snippet.items() if k not in _READ_ONLY_SNIPPET_FIELDS}
        body_snippet["description"] = description
        self._execute(
            self.service.videos().update(
                part="snippet", body={"id": video_id, "snippet": body_snippet}
            ),
            cost=UPDATE_COST,
            write=True,
        )
        return RemotePost(video_id, _video_url(video_id))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        video_id = _required_video_id(payload)
        if mentions_marker(self._snippet(video_id).get("description", ""), payload.marker):
            return RemotePost(video_id, _video_url(video_id))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return collect_in_chunks(remote_ids, LIST_LIMIT, self._fetch_chunk)

    def _fetch_chunk(self, video_ids: list[str]) -> MetricsResult:
        answer = self._execute(
            self.service.videos().list(
                part="statistics", id=",".join(video_ids), maxResults=LIST_LIMIT
            ),
            cost=LIST_COST,
            write=False,
        )
        result = MetricsResult(
            {item["id"]: _metrics(item.get("statistics", {})) for item in answer.get("items", [])}
        )
        for missing in set(video_ids) - set(result):
            result.errors[missing] = Permanent("Video YouTube tidak ditemukan.")
        return result

    def _snippet(self, video_id: str) -> dict[str, Any]:
        answer = self._execute(
            self.service.videos().list(part="snippet", id=video_id), cost=LIST_COST, write=False
        )
        items = answer.get("items") or []
        if not items:
            raise Permanent(f"Video YouTube {video_id} tidak ditemukan atau bukan milik kanal.")
        return dict(items[0]["snippet"])

    def _execute(self, request: Any, *, cost: int, write: bool) -> dict[str, Any]:
        return with_read_retries(
            lambda: self._execute_once(request, cost=cost, write=write), write=write
        )

    def _execute_once(self, request: Any, *, cost: int, write: bool) -> dict[str, Any]:
        import google.auth.exceptions
        import httplib2
        from googleapiclient.errors import HttpError

        self.budget.spend(cost)
        try:
            # Never googleapiclient's own retries: it also retries a read that timed out,
            # waiting the whole timeout again each time, which held a row in_flight for
            # minutes while the worker could have moved on (a timeout is retried by the task,
            # with backoff, instead).
            return request.execute(num_retries=0)
        except HttpError as exc:
            raise self._classify(exc, write=write) from exc
        except google.auth.exceptions.RefreshError as exc:
            raise NeedsReauth(raw=str(exc)) from exc
        except (OSError, httplib2.HttpLib2Error) as exc:
            # httplib2 does not say whether the request left, so a write is of unknown outcome.
            raise error_for_transport(exc, write=write, connect_failed=False) from exc

    def _classify(self, exc: HttpError, *, write: bool) -> PlatformError:
        status = exc.status_code
        raw = _error_body(exc)
        reason, rule = youtube_errors.rule_for(raw)
        if rule is None:
            if status == 429:
                return RateLimited(retry_after=youtube_errors.RATE_LIMIT_WAIT, raw=raw, code=status)
            if status == 401:
                return NeedsReauth(raw=raw, code=status)
            if status >= 500:
                return error_for_status(status, write=write, raw=raw, code=status)
            return Permanent(f"YouTube menolak permintaan: {exc.reason}", raw=raw, code=status)
        if rule is youtube_errors.QUOTA:
            self.budget.exhaust()
            return RateLimited(
                rule.message, retry_after=self.budget.seconds_until_reset(), raw=raw, code=reason
            )
        if rule.kind is RateLimited:
            return RateLimited(rule.message, retry_after=rule.retry_after, raw=raw, code=reason)
        if rule.kind is MissingPermission:
            return MissingPermission(youtube_errors.UPDATE_SCOPE, raw=raw, code=reason)
        return rule.kind(rule.message, raw=raw, code=reason)


def _required_video_id(payload: PostPayload) -> str:
    if not payload.video_id:
        raise Permanent("Artikel ini tidak punya video YouTube.")
    return payload.video_id


def _description(text: str) -> str:
    # YouTube rejects descriptions containing "<" or ">" (invalidDescription).
    cleaned = text.translate(_SAFE_ANGLE_BRACKETS)
    if len(cleaned.encode("utf-8")) > DESCRIPTION_MAX_BYTES:
        raise Permanent(f"Deskripsi YouTube melebihi {DESCRIPTION_MAX_BYTES} byte.")
    return cleaned


def _error_body(exc: HttpError) -> dict[str, Any]:
    try:
        body = json.loads(exc.content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    return body if isinstance(body, dict) else {}


def _metrics(statistics: dict[str, Any]) -> Metrics:
    # The API sends counts as strings, and hides likeCount when the owner hides likes.
    return Metrics(
        views=as_int(statistics.get("viewCount")),
        likes=as_int(statistics.get("likeCount")),
        comments=as_int(statistics.get("commentCount")),
        raw=dict(statistics),
    )


def _video_url(video_id: str) -> str:
    return f"https://www.youtube.com/watch?v={video_id}"


SPEC = PlatformSpec(
    name="youtube",
    label="YouTube",
    client_class=YouTubeChannel,
    caption_limit=CaptionLimit(DESCRIPTION_MAX_BYTES, utf8_bytes),
    # The daily quota is the real limit (QuotaBudget); the bucket only spreads a backlog.
    # https://developers.google.com/youtube/v3/determine_quota_cost
    rate_bucket=RateBucket(per_second=0.2, capacity=5),
    default_template="{lead}\n\nBaca beritanya: {url}\n\nPewarta: {reporter} · MMC Kalteng",
    template_label="deskripsi YouTube",
    # videos.list statistics have views, likes and comments, but no reach.
    # https://developers.google.com/youtube/v3/docs/videos#statistics
    reports_reach=False,
    # A video may have been watched long before an article linked it.
    earlier_views_are_baseline=True,
    needs_video=True,
    counts_daily_quota=True,
    option_text_label="Deskripsi khusus YouTube",
    option_skip_label="Jangan perbarui deskripsi YouTube",
)
