"""YouTube Data API v3 subset: videos.list and videos.update, with the daily quota.

https://developers.google.com/youtube/v3/docs/videos/list
https://developers.google.com/youtube/v3/docs/videos/update
https://developers.google.com/youtube/v3/docs/errors
https://developers.google.com/youtube/v3/determine_quota_cost
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .core import Request, Response, growth

if TYPE_CHECKING:
    from .server import Sandbox

try:
    from zoneinfo import ZoneInfo

    PACIFIC: Any = ZoneInfo("America/Los_Angeles")
except Exception:  # no tz database: fixed UTC-8 is close enough
    from datetime import timedelta, timezone

    PACIFIC = timezone(timedelta(hours=-8))

LIST_COST = 1
UPDATE_COST = 50
ID_LIMIT = 50
DESCRIPTION_MAX_BYTES = 5000
TITLE_MAX_CHARS = 100
LIST_PARTS = {"id", "snippet", "statistics", "contentDetails", "status"}
UPDATE_PARTS = {"snippet"}
# Categories a video can be assigned to (videoCategories.list, assignable=true, region US).
CATEGORIES = {
    "1",
    "2",
    "10",
    "15",
    "17",
    "19",
    "20",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
}
STATUS_TEXT = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    503: "UNAVAILABLE",
}
QUOTA_MESSAGE = (
    "The request cannot be completed because you have exceeded your"
    ' <a href="/youtube/v3/getting-started#quota">quota</a>.'
)
AUTH_MESSAGE = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login"
    " cookie or other valid authentication credential. See"
    " https://developers.google.com/identity/sign-in/web/devconsole-project."
)


def yt_error(
    status: int,
    reason: str,
    message: str,
    domain: str = "youtube.video",
    location: str | None = None,
    location_type: str = "parameter",
) -> Response:
    detail: dict[str, Any] = {"message": message, "domain": domain, "reason": reason}
    if location:
        detail |= {"location": location, "locationType": location_type}
    error = {"code": status, "message": message, "errors": [detail]}
    if status in STATUS_TEXT:
        error["status"] = STATUS_TEXT[status]
    return Response(status, {"error": error})


def _iso(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))


def _etag(*parts: Any) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:27]


class YouTubeAPI:
    def __init__(self, app: Sandbox) -> None:
        self.app = app
        self.store = app.store

    def platform_for(self, req: Request) -> str:
        return "youtube"

    def is_write(self, req: Request) -> bool:
        return req.method == "PUT"

    def server_error(self, req: Request) -> Response:
        return yt_error(
            503, "backendError", "The service is currently unavailable.", domain="global"
        )

    def rate_limited(self, req: Request, reset_seconds: int) -> Response:
        response = yt_error(
            429,
            "rateLimitExceeded",
            "The request cannot be completed because you have exceeded the rate limit.",
            domain="youtube.quota",
        )
        response.headers["Retry-After"] = str(reset_seconds)
        return response

    def quota_key(self) -> str:
        day = datetime.fromtimestamp(self.app.clock.now(), PACIFIC).date().isoformat()
        return f"youtube-quota:{day}"

    def handle(self, req: Request) -> Response:
        path = req.path.rstrip("/")
        if path != "/youtube/v3/videos" or req.method not in ("GET", "PUT"):
            return yt_error(404, "notFound", "Not Found", domain="global")
        account = self._authenticate(req)
        if isinstance(account, Response):
            return account
        cost = LIST_COST if req.method == "GET" else UPDATE_COST
        key = self.quota_key()
        if self.store.counter(key) + cost > self.app.faults.faults.youtube_daily_quota:
            return yt_error(403, "quotaExceeded", QUOTA_MESSAGE, domain="youtube.quota")
        # Every request costs quota, invalid ones included.
        self.store.incr(key, cost)
        injected = self._injected_error(req)
        if injected:
            return injected
        if req.method == "GET":
            return self._list(req)
        return self._update(req, account)

    def _injected_error(self, req: Request) -> Response | None:
        """The `youtube_error` fault, on the method it names."""
        faults = self.app.faults.faults
        wanted = faults.youtube_error
        if not wanted or not self.app.faults.applies("youtube"):
            return None
        if faults.youtube_error_method and req.method != faults.youtube_error_method:
            return None
        return yt_error(
            wanted["status"],
            wanted["reason"],
            wanted.get("message", f"Injected {wanted['reason']}"),
            domain=wanted.get("domain", "youtube.video"),
        )

    def _authenticate(self, req: Request) -> dict[str, Any] | Response:
        token = req.auth_token()
        accounts = self.store.accounts_with_token(("youtube",), token) if token else []
        if not accounts or self.app.faults.is_expired(token) or accounts[0]["expired"]:
            response = yt_error(
                401,
                "authError",
                AUTH_MESSAGE,
                domain="global",
                location="Authorization",
                location_type="header",
            )
            response.body["error"]["errors"][0]["message"] = "Invalid Credentials"
            response.headers["WWW-Authenticate"] = (
                'Bearer realm="https://accounts.google.com/", error="invalid_token"'
            )
            return response
        return accounts[0]

    def _parts(self, req: Request, allowed: set[str]) -> set[str] | Response:
        parts = {p.strip() for p in (req.query.get("part") or "").split(",") if p.strip()}
        if not parts:
            return yt_error(
                400, "required", "Required parameter: part", domain="global", location="part"
            )
        unknown = sorted(parts - allowed)
        if unknown:
            return yt_error(
                400, "unknownPart", f"'{unknown[0]}'", domain="youtube.part", location="part"
            )
        return parts

    def _list(self, req: Request) -> Response:
        parts = self._parts(req, LIST_PARTS)
        if isinstance(parts, Response):
            return parts
        ids = list(dict.fromkeys(i for i in (req.query.get("id") or "").split(",") if i))
        if not ids:
            return yt_error(
                400,
                "missingRequiredParameter",
                "No filter selected. Expected one of: chart, myRating, id",
                domain="youtube.parameter",
            )
        if len(ids) > ID_LIMIT:
            return yt_error(
                400,
                "invalidValue",
                f"The request specifies more than {ID_LIMIT} video IDs.",
                domain="youtube.parameter",
                location="id",
            )
        items = []
        for video_id in ids:
            video = self.store.video(video_id)
            if video:
                items.append(self._resource(video, parts))
        body = {
            "kind": "youtube#videoListResponse",
            "etag": _etag(ids, [i["etag"] for i in items]),
            "items": items,
            "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)},
        }
        return Response(200, body)

    def _update(self, req: Request, account: dict[str, Any]) -> Response:
        parts = self._parts(req, UPDATE_PARTS)
        if isinstance(parts, Response):
            return parts
        body = req.json if isinstance(req.json, dict) else {}
        video_id = str(body.get("id") or "")
        if not video_id:
            return yt_error(
                400, "required", "Required parameter: id", domain="global", location="id"
            )
        video = self.store.video(video_id)
        if video is None:
            return yt_error(
                404,
                "videoNotFound",
                "The video that you are trying to update cannot be found. Check the value of"
                " the <code>id</code> field in the request body to ensure that it is correct.",
            )
        if video["channel_id"] != account["external_id"]:
            return yt_error(403, "forbidden", "The request is not properly authorized.")
        snippet = body.get("snippet")
        if not isinstance(snippet, dict):
            snippet = {}
        invalid = _validate_snippet(snippet)
        if invalid:
            return invalid
        self.store.update_video(video_id, snippet, self.app.clock.now())
        return Response(200, self._resource(self.store.video(video_id) or video, {"snippet"}))

    def _resource(self, video: dict[str, Any], parts: set[str]) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "kind": "youtube#video",
            "etag": _etag(video["id"], video["description"], video["updated_at"]),
            "id": video["id"],
        }
        if "snippet" in parts:
            resource["snippet"] = self._snippet(video)
        if "statistics" in parts:
            age = self.app.clock.now() - video["published_at"]
            counts = growth(video["id"], age * self.app.faults.faults.time_scale)
            resource["statistics"] = {
                "viewCount": str(counts["views"]),
                "likeCount": str(counts["likes"]),
                "favoriteCount": "0",
                "commentCount": str(counts["comments"]),
            }
        if "status" in parts:
            resource["status"] = {
                "uploadStatus": "processed",
                "privacyStatus": "public",
                "license": "youtube",
                "embeddable": True,
                "publicStatsViewable": True,
            }
        return resource

    def _snippet(self, video: dict[str, Any]) -> dict[str, Any]:
        account = self.store.account("youtube", video["channel_id"]) or {}
        thumbs = {
            name: {
                "url": f"https://i.ytimg.com/vi/{video['id']}/{name}.jpg",
                "width": w,
                "height": h,
            }
            for name, w, h in (("default", 120, 90), ("medium", 320, 180), ("high", 480, 360))
        }
        snippet: dict[str, Any] = {
            "publishedAt": _iso(video["published_at"]),
            "channelId": video["channel_id"],
            "title": video["title"],
            "description": video["description"],
            "thumbnails": thumbs,
            "channelTitle": account.get("name", ""),
        }
        if video["tags"]:
            snippet["tags"] = video["tags"]
        snippet["categoryId"] = video["category_id"]
        snippet["liveBroadcastContent"] = "none"
        if video["default_language"]:
            snippet["defaultLanguage"] = video["default_language"]
        snippet["localized"] = {"title": video["title"], "description": video["description"]}
        return snippet


def _validate_snippet(snippet: dict[str, Any]) -> Response | None:
    title = snippet.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > TITLE_MAX_CHARS:
        return yt_error(
            400,
            "invalidTitle",
            "The request metadata specifies an invalid or empty video title.",
        )
    category = snippet.get("categoryId")
    if category in (None, ""):
        return yt_error(
            400,
            "invalidCategoryId",
            "The request metadata does not specify a video category (snippet.categoryId).",
        )
    if str(category) not in CATEGORIES:
        return yt_error(
            400,
            "invalidCategoryId",
            "The <code>snippet.categoryId</code> property specifies an invalid category ID."
            " Use the <code>videoCategories.list</code> method to retrieve supported categories.",
        )
    description = snippet.get("description", "")
    if not isinstance(description, str) or (
        "<" in description
        or ">" in description
        or len(description.encode("utf-8")) > DESCRIPTION_MAX_BYTES
    ):
        return yt_error(
            400,
            "invalidDescription",
            "The request metadata specifies an invalid video description.",
        )
    tags = snippet.get("tags") or []
    if not isinstance(tags, list) or sum(len(str(t)) + 1 for t in tags) > 500:
        return yt_error(
            400, "invalidTags", "The request metadata specifies invalid video keywords."
        )
    return None
