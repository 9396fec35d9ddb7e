"""Facebook Page client: link posts on the Page feed, reconciled and measured through Graph."""

from __future__ import annotations

from typing import Any

from .base import (
    AccountCredentials,
    Metrics,
    PlatformError,
    PostPayload,
    RemotePost,
    as_int,
    mentions_marker,
)
from .graph import GraphClient
from .spec import CaptionLimit, PlatformSpec, RateBucket

# The longest message a Facebook post takes, in characters.
MESSAGE_MAX_CHARS = 63206

# The `post_impressions*` names were removed; these are their replacements.
# https://developers.facebook.com/docs/graph-api/reference/v24.0/insights#page-post-metrics
INSIGHT_METRICS = [
    "post_media_view",
    "post_total_media_view_unique",
    "post_clicks",
    "post_reactions_by_type_total",
]
RECENT_POSTS_SCANNED = 100
# https://developers.facebook.com/docs/graph-api/reference/v24.0/insights#permissions
INSIGHTS_PERMISSION = "read_insights"


class FacebookPage:
    """Posts to one Page with its Page access token."""

    name = "facebook"

    def __init__(self, credentials: AccountCredentials, *, graph: GraphClient | None = None):
        self.page_id = credentials.external_id
        self.graph = graph or GraphClient(credentials.access_token, credentials.base_url)

    def publish(self, payload: PostPayload) -> RemotePost:
        # https://developers.facebook.com/docs/pages-api/posts#publish-posts
        created = self.graph.post(
            f"{self.page_id}/feed", {"message": payload.text, "link": payload.link}
        )
        post_id = str(created["id"])
        return RemotePost(post_id, self._permalink(post_id))

    def find_existing(self, payload: PostPayload) -> RemotePost | None:
        # The link lives in the attachment, not always in the message, so both are scanned.
        feed = self.graph.get(
            f"{self.page_id}/feed",
            {
                "fields": "id,message,permalink_url,attachments{url,unshimmed_url}",
                "limit": RECENT_POSTS_SCANNED,
            },
        )
        for post in feed.get("data", []):
            if mentions_marker(post, payload.marker):
                return RemotePost(str(post["id"]), post.get("permalink_url", ""))
        return None

    def fetch_metrics(self, remote_ids: list[str]) -> dict[str, Metrics]:
        return self.graph.insights(
            remote_ids, INSIGHT_METRICS, _metrics, permission=INSIGHTS_PERMISSION
        )

    def _permalink(self, post_id: str) -> str:
        try:
            return self.graph.get(post_id, {"fields": "permalink_url"}).get("permalink_url", "")
        except PlatformError:
            # The post exists already; a missing permalink must not turn success into failure.
            return f"https://www.facebook.com/{post_id}"


def _metrics(found: dict[str, Any]) -> Metrics:
    return Metrics(
        views=as_int(found.get("post_media_view")),
        reach=as_int(found.get("post_total_media_view_unique")),
        likes=as_int(found.get("post_reactions_by_type_total")),
        clicks=as_int(found.get("post_clicks")),
        raw=found,
    )


SPEC = PlatformSpec(
    name="facebook",
    label="Facebook",
    client_class=FacebookPage,
    caption_limit=CaptionLimit(MESSAGE_MAX_CHARS),
    # Page calls share the Page's rolling one-hour budget (Business Use Case limits).
    # https://developers.facebook.com/docs/graph-api/overview/rate-limiting
    rate_bucket=RateBucket(per_second=1.0, capacity=10),
    default_template="{title}\n\n{lead}\n\nBaca selengkapnya: {url}\n\n{hashtags}",
    option_help="Kosongkan untuk memakai templat. Tautan berita selalu ditambahkan.",
)
