"""A sixth platform, Mastodon, added as a real one would be: this module plus its registration.

The tests register it by adding "tests.support.mastodon" to
syndication.platforms.registry.PLATFORM_MODULES; nothing else in the project names it.
"""

from __future__ import annotations

from typing import Any

import requests

from syndication.platforms.base import (
    AccountCredentials,
    Metrics,
    MetricsResult,
    PostPayload,
    RemotePost,
    collect_in_chunks,
    error_for_status,
    error_for_transport,
    mentions_marker,
    with_read_retries,
)
from syndication.platforms.spec import CaptionLimit, PlatformSpec, RateBucket

# The default limit of a Mastodon server. https://docs.joinmastodon.org/user/posting/
STATUS_MAX_CHARS = 500
RECENT_STATUSES_SCANNED = 40  # https://docs.joinmastodon.org/methods/accounts/#statuses
TIMEOUT = (5, 30)


class MastodonAccount:
    """Posts statuses as one account through the REST API, with a Bearer token."""

    name = "mastodon"

    def __init__(self, credentials: AccountCredentials) -> None:
        self.account_id = credentials.external_id
        self.root = credentials.base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {credentials.access_token}"

    def publish(self, payload: PostPayload) -> RemotePost:
        # https://docs.joinmastodon.org/methods/statuses/#create
        status = self._call("POST", "/api/v1/statuses", write=True, data={"status": payload.text})
        return RemotePost(str(status["id"]), status.get("url", ""))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        path = f"/api/v1/accounts/{self.account_id}/statuses"
        params = {"limit": RECENT_STATUSES_SCANNED}
        for status in self._call("GET", path, write=False, params=params):
            if mentions_marker(status.get("content", ""), payload.marker):
                return RemotePost(str(status["id"]), status.get("url", ""))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return collect_in_chunks(remote_ids, 1, self._fetch_one)

    def _fetch_one(self, status_ids: list[str]) -> MetricsResult:
        # https://docs.joinmastodon.org/methods/statuses/#get : counts, but no views or reach.
        (status_id,) = status_ids
        status = self._call("GET", f"/api/v1/statuses/{status_id}", write=False)
        metrics = Metrics(
            likes=status["favourites_count"],
            comments=status["replies_count"],
            shares=status["reblogs_count"],
            raw=status,
        )
        return MetricsResult({status_id: metrics})

    def _call(self, method: str, path: str, *, write: bool, **kwargs: Any) -> Any:
        return with_read_retries(
            lambda: self._call_once(method, path, write=write, **kwargs), write=write
        )

    def _call_once(self, method: str, path: str, *, write: bool, **kwargs: Any) -> Any:
        try:
            response = self.session.request(method, self.root + path, timeout=TIMEOUT, **kwargs)
        except requests.RequestException as exc:
            connect_failed = isinstance(exc, requests.ConnectTimeout)
            raise error_for_transport(exc, write=write, connect_failed=connect_failed) from exc
        if not response.ok:
            raise error_for_status(response.status_code, write=write, raw=response.text)
        return response.json()


SPEC = PlatformSpec(
    name="mastodon",
    label="Mastodon",
    client_class=MastodonAccount,
    caption_limit=CaptionLimit(STATUS_MAX_CHARS),
    # https://docs.joinmastodon.org/api/rate-limits/
    rate_bucket=RateBucket(per_second=0.25, capacity=3),
    default_template="{title}\n\n{lead}\n\n{url}\n\n{hashtags}",
    reports_reach=False,
)
