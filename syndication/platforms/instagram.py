"""Instagram professional account client: container, poll, publish; insights through Graph."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from .base import (
    AccountCredentials,
    Metrics,
    MetricsResult,
    Permanent,
    PlatformError,
    PostPayload,
    RateLimited,
    RemotePost,
    Transient,
    as_int,
    collect_in_chunks,
    mentions_marker,
)
from .graph import BATCH_LIMIT, GraphClient, fetch_insights

# https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
CAPTION_MAX_CHARS = 2200
CAPTION_MAX_HASHTAGS = 30
# `impressions`, `plays` and `video_views` are gone; `views` replaces them.
# https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights
INSIGHT_METRICS = ["views", "reach", "likes", "comments", "saved", "shares", "total_interactions"]
RECENT_MEDIA_SCANNED = 50
# The publishing window is a rolling 24 h and Meta does not say when the oldest post leaves it.
QUOTA_RETRY_AFTER = 3600.0

_HASHTAG = re.compile(r"(?<!\S)#\w+")


class InstagramAccount:
    """Publishes single-image posts to one IG user through the Facebook-login Graph host."""

    name = "instagram"

    def __init__(
        self,
        credentials: AccountCredentials,
        *,
        graph: GraphClient | None = None,
        poll_attempts: int = 10,
        poll_interval: float = 3.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user_id = credentials.external_id
        self.graph = graph or GraphClient(credentials.access_token, credentials.base_url)
        self.poll_attempts = poll_attempts
        self.poll_interval = poll_interval
        self.sleep = sleep

    def publish(self, payload: PostPayload) -> RemotePost:
        _check_caption(payload.text)
        if not payload.image_url:
            raise Permanent("Instagram membutuhkan gambar; artikel ini tidak punya gambar utama.")
        self._check_publishing_limit()
        # https://developers.facebook.com/docs/instagram-platform/content-publishing
        container = self.graph.post(
            f"{self.user_id}/media", {"image_url": payload.image_url, "caption": payload.text}
        )
        container_id = str(container["id"])
        self._wait_until_finished(container_id)
        published = self.graph.post(f"{self.user_id}/media_publish", {"creation_id": container_id})
        media_id = str(published["id"])
        return RemotePost(media_id, self._permalink(media_id))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        media = self.graph.get(
            f"{self.user_id}/media",
            {"fields": "id,caption,permalink", "limit": RECENT_MEDIA_SCANNED},
        )
        for item in media.get("data", []):
            if mentions_marker(item.get("caption", ""), payload.marker):
                return RemotePost(str(item["id"]), item.get("permalink", ""))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return collect_in_chunks(remote_ids, BATCH_LIMIT, self._fetch_chunk)

    def _fetch_chunk(self, media_ids: list[str]) -> MetricsResult:
        values, errors = fetch_insights(self.graph, media_ids, INSIGHT_METRICS)
        result = MetricsResult({media_id: _metrics(found) for media_id, found in values.items()})
        result.errors.update(errors)
        return result

    def _check_publishing_limit(self) -> None:
        # https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/content_publishing_limit
        answer = self.graph.get(
            f"{self.user_id}/content_publishing_limit", {"fields": "quota_usage,config"}
        )
        usage = (answer.get("data") or [{}])[0]
        total = as_int((usage.get("config") or {}).get("quota_total"))
        if total and as_int(usage.get("quota_usage")) >= total:
            raise RateLimited(
                f"Kuota publikasi Instagram ({total} kiriman per 24 jam) sudah habis.",
                retry_after=QUOTA_RETRY_AFTER,
                raw=answer,
            )

    def _wait_until_finished(self, container_id: str) -> None:
        # Meta fetches and transcodes the image asynchronously; publishing before FINISHED fails.
        # https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container
        status = ""
        for attempt in range(self.poll_attempts):
            status = self.graph.get(container_id, {"fields": "status_code"}).get("status_code", "")
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status in ("ERROR", "EXPIRED"):
                raise Permanent(
                    "Instagram gagal memproses gambar; periksa format dan rasio gambar.",
                    raw={"container_id": container_id, "status_code": status},
                )
            if attempt + 1 < self.poll_attempts:
                self.sleep(self.poll_interval)
        raise Transient(
            "Instagram masih memproses gambar; akan dicoba lagi.",
            raw={"container_id": container_id, "status_code": status},
        )

    def _permalink(self, media_id: str) -> str:
        try:
            return self.graph.get(media_id, {"fields": "permalink"}).get("permalink", "")
        except PlatformError:
            # The media is live already; a missing permalink must not turn success into failure.
            return ""


def _check_caption(caption: str) -> None:
    if len(caption) > CAPTION_MAX_CHARS:
        raise Permanent(f"Keterangan Instagram melebihi {CAPTION_MAX_CHARS} karakter.")
    if len(_HASHTAG.findall(caption)) > CAPTION_MAX_HASHTAGS:
        raise Permanent(f"Keterangan Instagram memuat lebih dari {CAPTION_MAX_HASHTAGS} tagar.")


def _metrics(found: dict[str, Any]) -> Metrics:
    return Metrics(
        views=as_int(found.get("views")),
        reach=as_int(found.get("reach")),
        likes=as_int(found.get("likes")),
        comments=as_int(found.get("comments")),
        shares=as_int(found.get("shares")),
        raw=found,
    )
