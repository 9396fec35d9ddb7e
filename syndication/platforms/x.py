"""X (Twitter) client on tweepy's API v2 `Client`, with a timeout and a movable host."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter

from .base import (
    AccountCredentials,
    CannotReconcile,
    EndpointUnavailable,
    Metrics,
    MetricsResult,
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
)
from .errors import x as x_errors
from .spec import CaptionLimit, PlatformSpec, RateBucket

if TYPE_CHECKING:
    import tweepy

# tweepy hard-codes this host in BaseClient.request.
TWEEPY_HOST = "https://api.twitter.com"
TIMEOUT = (5, 30)  # (connect, read) seconds
# https://docs.x.com/x-api/posts/get-posts-by-ids : up to 100 ids per request.
LOOKUP_LIMIT = 100
RECENT_POSTS_SCANNED = 100
# Most X windows are 15 minutes; used when a 429 carries no reset header.
DEFAULT_RATE_WINDOW = 900.0
# X counts most CJK and emoji as 2 and every URL as 23.
# https://docs.x.com/fundamentals/counting-characters
POST_MAX_WEIGHTED_LENGTH = 280

T = TypeVar("T")


class TimeoutAndHostAdapter(HTTPAdapter):
    """Gives every request a default timeout and, for a sandbox, sends it to another host."""

    def __init__(self, *, timeout: Any = TIMEOUT, base_url: str = "", **kwargs: Any) -> None:
        self.timeout = timeout
        self.target = urlsplit(base_url.rstrip("/")) if base_url else None
        super().__init__(**kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        # tweepy's Session.request passes no timeout, so a hung X connection would block
        # a worker forever.
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        if self.target is not None and request.url:
            original = urlsplit(request.url)
            request.url = urlunsplit(
                (
                    self.target.scheme,
                    self.target.netloc,
                    self.target.path + original.path,
                    original.query,
                    original.fragment,
                )
            )
        return super().send(request, **kwargs)


class XAccount:
    """Posts as one X user: OAuth 1.0a with consumer keys, else an OAuth 2.0 user token."""

    name = "x"

    def __init__(
        self,
        credentials: AccountCredentials,
        *,
        timeout: Any = TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        # Imported here: every process reads this module's SPEC, only X's clients need tweepy.
        import tweepy

        self.user_id = credentials.external_id
        self.user_auth = bool(credentials.consumer_key)
        self.clock = clock
        if self.user_auth:
            self.client = tweepy.Client(
                consumer_key=credentials.consumer_key,
                consumer_secret=credentials.consumer_secret,
                access_token=credentials.access_token,
                access_token_secret=credentials.access_token_secret,
                wait_on_rate_limit=False,  # a sleeping worker holds its slot; Celery retries
            )
        else:
            self.client = tweepy.Client(
                bearer_token=credentials.access_token, wait_on_rate_limit=False
            )
        base_url = credentials.base_url.rstrip("/")
        rewrite = base_url if base_url and base_url != TWEEPY_HOST else ""
        self.client.session.mount(
            TWEEPY_HOST, TimeoutAndHostAdapter(timeout=timeout, base_url=rewrite)
        )

    def publish(self, payload: PostPayload) -> RemotePost:
        response = self._call(
            lambda: self.client.create_tweet(text=payload.text, user_auth=self.user_auth),
            write=True,
        )
        tweet_id = str(response.data["id"])
        return RemotePost(tweet_id, _tweet_url(tweet_id))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        # X rewrites links in `text` to t.co, so the marker survives only in
        # entities.urls[].expanded_url. https://docs.x.com/x-api/fundamentals/data-dictionary
        try:
            response = self._call(
                lambda: self.client.get_users_tweets(
                    self.user_id,
                    max_results=RECENT_POSTS_SCANNED,
                    tweet_fields=["entities"],
                    user_auth=self.user_auth,
                ),
                write=False,
            )
        except EndpointUnavailable as error:
            # The Free tier cannot read timelines, so whether the earlier attempt went out
            # is for a person to check: posting again could make a second post.
            raise CannotReconcile(
                "Belum pasti — periksa manual: tingkat akses API X tidak bisa membaca "
                "linimasa akun, jadi tidak bisa dipastikan apakah kiriman sudah terbit. Cari "
                f"di akun X kiriman dengan tautan berpenanda {payload.marker}: jika sudah ada, "
                "tekan Tandai sudah terkirim; jika belum, kirim manual di X lalu tandai.",
                raw=error.raw,
                code=error.code,
            ) from error
        for tweet in response.data or []:
            if mentions_marker([tweet.text, tweet.data.get("entities")], payload.marker):
                return RemotePost(str(tweet.id), _tweet_url(str(tweet.id)))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return collect_in_chunks(remote_ids, LOOKUP_LIMIT, self._fetch_chunk)

    def _fetch_chunk(self, tweet_ids: list[str]) -> MetricsResult:
        response = self._call(
            lambda: self.client.get_tweets(
                tweet_ids, tweet_fields=["public_metrics"], user_auth=self.user_auth
            ),
            write=False,
        )
        result = MetricsResult(
            {str(tweet.id): _metrics(tweet.public_metrics or {}) for tweet in response.data or []}
        )
        # Deleted or protected tweets come back in `errors` while the rest still succeed.
        for error in response.errors or []:
            missing = str(error.get("resource_id") or error.get("value") or "")
            if missing:
                result.errors[missing] = Permanent(
                    "Kiriman X tidak ditemukan atau tidak dapat diakses.", raw=error
                )
        return result

    def _call(self, request: Callable[[], T], *, write: bool) -> T:
        import tweepy

        try:
            return request()
        except tweepy.TooManyRequests as exc:
            raise self._rate_limited(exc.response, _body(exc)) from exc
        except tweepy.Unauthorized as exc:
            raise NeedsReauth(raw=_body(exc), code=401) from exc
        except tweepy.HTTPException as exc:
            status = exc.response.status_code
            raise _classify(status, exc, write=write) from exc
        except requests.RequestException as exc:
            connect_failed = isinstance(exc, requests.ConnectTimeout)
            raise error_for_transport(exc, write=write, connect_failed=connect_failed) from exc

    def _rate_limited(self, response: requests.Response, raw: Any) -> RateLimited:
        """Wait for the window, or for a used-up 24-hour cap when that is what was hit."""
        headers = response.headers
        window = headers.get(x_errors.WINDOW_RESET)
        wait = as_int(window) - self.clock() if window else DEFAULT_RATE_WINDOW
        for remaining, reset, whose in x_errors.DAILY_CAPS:
            # A cap whose remaining count is not sent is taken as the one that was hit.
            if not headers.get(reset) or headers.get(remaining, "0") != "0":
                continue
            daily = as_int(headers.get(reset)) - self.clock()
            if daily > wait:
                hours = max(1, round(daily / 3600))
                message = (
                    f"Menunggu batas harian X: kuota kiriman harian {whose} sudah habis. "
                    f"Dikirim otomatis setelah kuota direset, sekitar {hours} jam lagi; "
                    "tidak perlu tindakan."
                )
                return RateLimited(message, retry_after=daily, raw=raw, code=429)
        return RateLimited(retry_after=wait, raw=raw, code=429)


def _classify(status: int, exc: tweepy.HTTPException, *, write: bool) -> PlatformError:
    raw = _body(exc)
    rule = x_errors.rule_for(raw)
    if rule is not None:
        return rule.kind(rule.message, raw=raw, code=status)
    if status in (400, 403, 404):
        detail = "; ".join(str(message) for message in exc.api_messages)
        return Permanent(f"X menolak kiriman: {detail}".strip(" :"), raw=raw, code=status)
    return error_for_status(status, write=write, raw=raw, code=status)


def _body(exc: tweepy.HTTPException) -> Any:
    try:
        return exc.response.json()
    except ValueError:
        return exc.response.text


def _metrics(public: dict[str, Any]) -> Metrics:
    return Metrics(
        views=as_int(public.get("impression_count")),
        likes=as_int(public.get("like_count")),
        comments=as_int(public.get("reply_count")),
        shares=as_int(public.get("retweet_count")) + as_int(public.get("quote_count")),
        raw=dict(public),
    )


def _tweet_url(tweet_id: str) -> str:
    # The handle is not needed; X redirects /i/web/status/<id> to the canonical URL.
    return f"https://x.com/i/web/status/{tweet_id}"


def weighted_length(text: str) -> int:
    # Imported here: twitter_text takes a third of a second to load.
    from twitter_text import parse_tweet

    return parse_tweet(text).weightedLength


SPEC = PlatformSpec(
    name="x",
    label="X",
    client_class=XAccount,
    caption_limit=CaptionLimit(POST_MAX_WEIGHTED_LENGTH, weighted_length),
    # https://docs.x.com/x-api/fundamentals/rate-limits
    rate_bucket=RateBucket(per_second=0.5, capacity=5),
    default_template="{title} {url} {hashtags}",
    # A post's public_metrics count impressions but not reach.
    # https://docs.x.com/x-api/fundamentals/data-dictionary
    reports_reach=False,
    option_help="Dipendekkan otomatis agar muat 280 karakter bersama tautannya.",
    option_max_length=POST_MAX_WEIGHTED_LENGTH,
)
