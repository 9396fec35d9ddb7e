"""Instagram professional account client: container, status, publish; insights through Graph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from .base import (
    AccountCredentials,
    Metrics,
    Permanent,
    PlatformError,
    PostPayload,
    RateLimited,
    RemotePost,
    StillProcessing,
    Transient,
    UnknownOutcome,
    as_int,
    mentions_marker,
)
from .errors import graph as graph_errors
from .errors import instagram as instagram_errors
from .graph import GraphClient
from .spec import CaptionLimit, PlatformSpec, RateBucket

# https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
CAPTION_MAX_CHARS = 2200
CAPTION_MAX_HASHTAGS = 30
# A public JPEG between 4:5 and 1.91:1, at most 1440 px wide, sRGB, <= 8 MB (same page).
RENDITION = "fill-1440x1080|format-jpeg|jpegquality-85"
# `impressions`, `plays` and `video_views` are gone; `views` replaces them.
# https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights
INSIGHT_METRICS = ["views", "reach", "likes", "comments", "saved", "shares", "total_interactions"]
INSIGHTS_PERMISSION = "instagram_manage_insights"  # same page
# Reconciliation reads the newest media, 50 a page, at most 4 pages: an account publishes at
# most 50 posts through the API in a 24-hour moving period, so 200 reach back at least four
# days of our own posts, further than a row of unknown outcome waits for the sweeper or an
# editor. https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media_publish
MEDIA_PER_PAGE = 50
MEDIA_PAGES_SCANNED = 4
# "Media ID is not available" (subcode 2207027): the container is not ready for media_publish.
# https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes
MEDIA_NOT_READY_CODE = 9007

_HASHTAG = re.compile(r"(?<!\S)#\w+")


class InstagramAccount:
    """Publishes single-image posts to one IG user through the Facebook-login Graph host.

    Meta processes a new container asynchronously. Rather than hold a worker while it
    does, `publish` raises StillProcessing with the container id; the caller keeps the
    id and calls `publish` again later with `payload.container_id` set.
    """

    name = "instagram"

    def __init__(
        self,
        credentials: AccountCredentials,
        *,
        graph: GraphClient | None = None,
        poll_interval: float = 2.0,
    ) -> None:
        self.user_id = credentials.external_id
        self.graph = graph or GraphClient(
            credentials.access_token,
            credentials.base_url,
            error_tables=(instagram_errors.TABLE, graph_errors.TABLE),
        )
        # The pause suggested before the next status check of an unfinished container.
        self.poll_interval = poll_interval

    def publish(self, payload: PostPayload) -> RemotePost:
        if payload.container_id:
            return self._publish_when_finished(payload, payload.container_id)
        _check_caption(payload.text)
        if not payload.image_url:
            raise Permanent("Instagram membutuhkan gambar; artikel ini tidak punya gambar utama.")
        self._check_publishing_limit()
        # https://developers.facebook.com/docs/instagram-platform/content-publishing
        container = self.graph.post(
            f"{self.user_id}/media", {"image_url": payload.image_url, "caption": payload.text}
        )
        return self._publish_when_finished(payload, str(container["id"]))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        media = self.graph.scan(
            f"{self.user_id}/media",
            {"fields": "id,caption,permalink", "limit": MEDIA_PER_PAGE},
            pages=MEDIA_PAGES_SCANNED,
        )
        for item in media:
            if mentions_marker(item.get("caption", ""), payload.marker):
                return RemotePost(str(item["id"]), item.get("permalink", ""))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return self.graph.insights(
            remote_ids, INSIGHT_METRICS, _metrics, permission=INSIGHTS_PERMISSION
        )

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
                retry_after=instagram_errors.PUBLISHING_LIMIT_WAIT,
                raw=answer,
            )

    def _publish_when_finished(self, payload: PostPayload, container_id: str) -> RemotePost:
        with _kept_on_error(container_id):
            status = self._container_status(container_id)
        if status == "EXPIRED":
            # Unpublished containers expire after 24 hours; nothing went out, so start over.
            return self.publish(replace(payload, container_id=""))
        with _kept_on_error(container_id):
            if status == "PUBLISHED":
                # An earlier media_publish went through after all: only find_existing may
                # record it (and Meta refuses to publish a container twice anyway).
                raise UnknownOutcome(raw={"container_id": container_id, "status_code": status})
            if status != "FINISHED":
                raise StillProcessing(
                    "Instagram masih memproses gambar; diperiksa lagi sebentar lagi.",
                    container_id=container_id,
                    retry_after=self.poll_interval,
                    raw={"container_id": container_id, "status_code": status},
                )
            published = self._media_publish(container_id)
        media_id = str(published["id"])
        return RemotePost(media_id, self._permalink(media_id))

    def _container_status(self, container_id: str) -> str:
        # https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container
        try:
            answer = self.graph.get(container_id, {"fields": "status_code"})
        except Transient as error:
            # The container exists whatever this read says; ask again later.
            raise StillProcessing(
                "Status gambar Instagram belum terbaca; diperiksa lagi sebentar lagi.",
                container_id=container_id,
                retry_after=self.poll_interval,
                raw=error.raw,
            ) from error
        status = answer.get("status_code", "")
        if status == "ERROR":
            raise Permanent(
                "Instagram gagal memproses gambar; periksa format dan rasio gambar.",
                raw={"container_id": container_id, "status_code": status},
            )
        return status

    def _media_publish(self, container_id: str) -> dict[str, Any]:
        try:
            return self.graph.post(f"{self.user_id}/media_publish", {"creation_id": container_id})
        except Permanent as error:
            if error.code != MEDIA_NOT_READY_CODE:
                raise
            # FINISHED can race ahead of media_publish's own view of the container.
            raise StillProcessing(
                "Instagram belum siap menerbitkan gambar; dicoba lagi sebentar lagi.",
                container_id=container_id,
                retry_after=self.poll_interval,
                raw=error.raw,
                code=error.code,
            ) from error

    def _permalink(self, media_id: str) -> str:
        try:
            return self.graph.get(media_id, {"fields": "permalink"}).get("permalink", "")
        except PlatformError:
            # The media is live already; a missing permalink must not turn success into failure.
            return ""


@contextmanager
def _kept_on_error(container_id: str) -> Iterator[None]:
    """A failure after the container exists carries its id, so no attempt makes a second one."""
    try:
        yield
    except PlatformError as error:
        error.container_id = container_id
        raise


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


SPEC = PlatformSpec(
    name="instagram",
    label="Instagram",
    client_class=InstagramAccount,
    caption_limit=CaptionLimit(CAPTION_MAX_CHARS, max_hashtags=CAPTION_MAX_HASHTAGS),
    # A post takes several calls (container, status, publish) within a 24-hour posting cap.
    # https://developers.facebook.com/docs/instagram-platform/content-publishing#rate-limit
    rate_bucket=RateBucket(per_second=0.2, capacity=5),
    default_template="{title}\n\n{lead}\n\nBaca di {url}\n\nPewarta: {reporter}\n\n{hashtags}",
    image_rendition=RENDITION,
    option_help="Paling banyak 2.200 karakter dan 30 tagar.",
    option_max_length=CAPTION_MAX_CHARS,
)
