"""Instagram content publishing and post insights for the Graph API sandbox.

https://developers.facebook.com/docs/instagram-platform/content-publishing
https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights
https://developers.facebook.com/docs/graph-api/reference/v24.0/insights#page-post-metrics
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from .core import Request, Response
from .graph_common import fb_time, field_names, graph_error, paging, pick, post_page

if TYPE_CHECKING:
    from .server import Sandbox
    from .store import Store

CAPTION_MAX_CHARS = 2200
CAPTION_MAX_HASHTAGS = 30
IG_NOT_READY_SECONDS = 5.0  # unpolled containers count as processed after this long
HASHTAG_RE = re.compile(r"(?<!\S)#\w+")
IG_METRICS = ["views", "reach", "likes", "comments", "saved", "shares", "total_interactions"]
FB_METRICS = {
    "post_media_view": ("Media views", "views"),
    "post_total_media_view_unique": ("Media viewers", "reach"),
    "post_clicks": ("Post clicks", "clicks"),
    "post_reactions_by_type_total": ("Total post reactions by type", "likes"),
    "post_reactions_like_total": ("Total Like reactions of a post", "likes"),
}


class MediaEdges:
    """Mixed into GraphAPI: Instagram containers and media, and insights for both platforms."""

    app: Sandbox
    store: Store

    def _unsupported(self, req: Request, node: str) -> Response:
        raise NotImplementedError

    def _counts(self, post: dict[str, Any]) -> dict[str, int]:
        raise NotImplementedError

    def _ig_media(self, post: dict[str, Any]) -> dict[str, Any]:
        shortcode = hashlib.sha1(post["remote_id"].encode()).hexdigest()[:11]
        counts = self._counts(post)
        account = self.store.account("instagram", post["account_id"]) or {}
        return {
            "id": post["remote_id"],
            "caption": post["text"],
            "media_type": "IMAGE",
            "media_product_type": "FEED",
            "media_url": post["image_url"],
            "permalink": f"https://www.instagram.com/p/{shortcode}/",
            "timestamp": fb_time(post["created_at"]),
            "username": account.get("username", ""),
            "like_count": counts["likes"],
            "comments_count": counts["comments"],
        }

    def _container(self, container: dict[str, Any], names: list[str]) -> dict[str, Any]:
        if container["media_id"]:
            status = "PUBLISHED"
        elif "status_code" in names or "status" in names:
            earlier = self.store.poll_container(container["id"])
            ready = earlier >= self.app.faults.faults.ig_container_polls
            status = "FINISHED" if ready else "IN_PROGRESS"
        else:
            status = "FINISHED" if self._container_ready(container) else "IN_PROGRESS"
        return {"id": container["id"], "status_code": status, "status": status.title()}

    def _container_ready(self, container: dict[str, Any]) -> bool:
        polled = container["polls"] > self.app.faults.faults.ig_container_polls
        aged = self.app.clock.now() - container["created_at"] > IG_NOT_READY_SECONDS
        return polled or aged or self.app.faults.faults.ig_container_polls == 0

    # --- Instagram ---

    def _get_media(self, req: Request, node: str) -> Response:
        if not self.store.account("instagram", node):
            return self._unsupported(req, node)
        names = field_names(req.param("fields"))
        return post_page(
            req,
            lambda limit, after: self.store.posts("instagram", node, limit, older_than=after),
            lambda post: pick(self._ig_media(post), names, []),
        )

    def _create_container(self, req: Request, node: str) -> Response:
        if not self.store.account("instagram", node):
            return self._unsupported(req, node)
        image_url, caption = req.param("image_url") or "", req.param("caption") or ""
        if not image_url:
            return graph_error(
                400, 100, "(#100) Only photo or video can be accepted as media type."
            )
        if len(caption) > CAPTION_MAX_CHARS:
            return graph_error(
                400,
                100,
                f"(#100) Param caption must be at most {CAPTION_MAX_CHARS} characters long.",
                error_user_title="Caption too long",
                error_user_msg=f"The caption exceeds the limit of {CAPTION_MAX_CHARS} characters.",
            )
        if len(HASHTAG_RE.findall(caption)) > CAPTION_MAX_HASHTAGS:
            return graph_error(
                400,
                100,
                f"(#100) The caption may contain at most {CAPTION_MAX_HASHTAGS} hashtags.",
                error_user_title="Too many hashtags",
                error_user_msg=f"Captions may contain at most {CAPTION_MAX_HASHTAGS} hashtags.",
            )
        container_id = self.store.next_id("ig-container", 17890000000000000)
        self.store.add_container(container_id, node, image_url, caption, self.app.clock.now())
        return Response(200, {"id": container_id})

    def _publish_container(self, req: Request, node: str) -> Response:
        if not self.store.account("instagram", node):
            return self._unsupported(req, node)
        creation_id = req.param("creation_id") or ""
        if not creation_id:
            return graph_error(400, 100, "(#100) The parameter creation_id is required.")
        container = self.store.container(creation_id)
        if container is None or container["ig_user_id"] != node:
            return graph_error(
                400, 24, f"The media with id {creation_id} cannot be found", subcode=2207006
            )
        if container["media_id"]:
            return graph_error(400, 100, "(#100) The media has already been published.")
        if not self._container_ready(container):
            return graph_error(
                400,
                9007,
                "Media ID is not available",
                subcode=2207027,
                error_user_title="Media not ready for publishing",
                error_user_msg="The media is not ready for publishing, please wait for a moment.",
            )
        now = self.app.clock.now()
        if self.store.count_posts_since("instagram", node, now - 86400) >= self._ig_quota():
            return graph_error(
                400,
                9,
                "Application request limit reached",
                subcode=2207042,
                error_user_title="Max posts reached",
                error_user_msg="You reached maximum number of posts that is allowed to be"
                " published by Content Publish API.",
            )
        media_id = self.store.next_id("ig-media", 18040000000000000)
        self.store.publish_container(creation_id, media_id)
        self.store.add_post(
            "instagram",
            node,
            media_id,
            now,
            text=container["caption"],
            image_url=container["image_url"],
            extra={"container_id": creation_id},
        )
        return Response(200, {"id": media_id})

    def _ig_quota(self) -> int:
        return self.app.faults.faults.ig_quota_total

    def _publishing_limit(self, req: Request, node: str) -> Response:
        if not self.store.account("instagram", node):
            return self._unsupported(req, node)
        since = self.app.clock.now() - 86400
        entry: dict[str, Any] = {
            "quota_usage": self.store.count_posts_since("instagram", node, since)
        }
        if "config" in field_names(req.param("fields")):
            entry["config"] = {"quota_total": self._ig_quota(), "quota_duration": 86400}
        return Response(200, {"data": [entry]})

    # --- insights ---

    def _insights(self, req: Request, node: str) -> Response:
        post = self.store.post(node)
        metrics = [m for m in (req.param("metric") or "").split(",") if m]
        if post is None:
            return graph_error(400, 100, "(#100) The value must be a valid insights metric")
        counts = self._counts(post)
        data = []
        if post["platform"] == "facebook":
            if not metrics or any(m not in FB_METRICS for m in metrics):
                return graph_error(400, 100, "(#100) The value must be a valid insights metric")
            for metric in metrics:
                title, key = FB_METRICS[metric]
                value: Any = counts[key]
                if metric == "post_reactions_by_type_total":
                    value = {"like": value - value // 5, "love": value // 5}
                data.append(insight(node, metric, title, value))
            return Response(200, {"data": data, "paging": paging(data)})
        if not metrics:
            return graph_error(400, 100, "(#100) The parameter metric is required.")
        for index, metric in enumerate(metrics):
            if metric not in IG_METRICS:
                allowed = ", ".join(IG_METRICS)
                return graph_error(
                    400,
                    100,
                    f"(#100) metric[{index}] must be one of the following values: {allowed}",
                )
        counts["total_interactions"] = sum(
            counts[k] for k in ("likes", "comments", "saved", "shares")
        )
        for metric in metrics:
            data.append(insight(node, metric, metric.replace("_", " ").title(), counts[metric]))
        return Response(200, {"data": data})


def insight(node: str, metric: str, title: str, value: Any) -> dict[str, Any]:
    return {
        "name": metric,
        "period": "lifetime",
        "values": [{"value": value}],
        "title": title,
        "description": f"Lifetime: {title}",
        "id": f"{node}/insights/{metric}/lifetime",
    }
