"""X API v2 subset, as tweepy.Client calls it: create, look up and list posts.

https://docs.x.com/x-api/posts/creation-of-a-post
https://docs.x.com/x-api/posts/get-posts-by-ids
https://docs.x.com/x-api/fundamentals/rate-limits
https://docs.x.com/resources/fundamentals/counting-characters
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import unicodedata
from typing import TYPE_CHECKING, Any

from .core import Request, Response, growth

if TYPE_CHECKING:
    from .server import Sandbox

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23  # every URL counts as a t.co link
LOOKUP_LIMIT = 100
RATE_LIMIT = 900  # requests per 15-minute window, as reported in x-rate-limit-limit
RATE_WINDOW = 900
# POST /2/tweets per app per 24 hours on the Free tier, as reported in x-app-limit-24hour-limit.
APP_DAILY_POSTS = 17
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]']")
# twitter-text v3: these ranges weigh 1, everything else (CJK, emoji, ...) weighs 2.
LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
TWEET_ID_BASE = 1990000000000000000
INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request"
NOT_FOUND = "https://api.twitter.com/2/problems/resource-not-found"


def weighted_length(text: str) -> int:
    """twitter-text's weighted length: URLs 23, light code points 1, the rest 2."""
    text = unicodedata.normalize("NFC", text)
    total, position = 0, 0
    for match in URL_RE.finditer(text):
        total += _weigh(text[position : match.start()]) + URL_WEIGHT
        position = match.end()
    return total + _weigh(text[position:])


def _weigh(text: str) -> int:
    return sum(1 if any(lo <= ord(c) <= hi for lo, hi in LIGHT_RANGES) else 2 for c in text)


def problem(status: int, title: str, detail: str, type_: str = "about:blank", **extra: Any):
    return Response(
        status, {"title": title, "detail": detail, "type": type_, "status": status} | extra
    )


def invalid_request(parameter: str, values: list[str], message: str) -> Response:
    body = {
        "errors": [{"parameters": {parameter: values}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": INVALID_REQUEST,
    }
    return Response(400, body)


def _not_found(kind: str, parameter: str, value: str) -> dict[str, Any]:
    return {
        "value": value,
        "detail": f"Could not find {kind} with {parameter}: [{value}].",
        "title": "Not Found Error",
        "resource_type": kind,
        "parameter": parameter,
        "resource_id": value,
        "type": NOT_FOUND,
    }


def _tco(url: str) -> str:
    return "https://t.co/" + hashlib.sha1(url.encode()).hexdigest()[:10]


def _shorten(text: str) -> tuple[str, list[dict[str, Any]]]:
    """X rewrites links to t.co in `text`; the original survives in entities.urls."""
    out, urls, position = "", [], 0
    for match in URL_RE.finditer(text):
        out += text[position : match.start()]
        expanded = match.group(0)
        short = _tco(expanded)
        display = re.sub(r"^https?://", "", expanded)
        urls.append(
            {
                "start": len(out),
                "end": len(out) + len(short),
                "url": short,
                "expanded_url": expanded,
                "display_url": display if len(display) <= 26 else display[:25] + "…",
            }
        )
        out += short
        position = match.end()
    return out + text[position:], urls


class XAPI:
    def __init__(self, app: Sandbox) -> None:
        self.app = app
        self.store = app.store
        self._lock = threading.Lock()
        self._window: dict[str, int] = {}

    def platform_for(self, req: Request) -> str:
        return "x"

    def is_write(self, req: Request) -> bool:
        return req.method == "POST" and req.path.rstrip("/") == "/2/tweets"

    def server_error(self, req: Request) -> Response:
        return problem(503, "Service Unavailable", "Service Unavailable")

    def rate_limited(self, req: Request, reset_seconds: int) -> Response:
        response = problem(429, "Too Many Requests", "Too Many Requests")
        response.headers.update(
            {
                "x-rate-limit-limit": str(RATE_LIMIT),
                "x-rate-limit-remaining": "0",
                "x-rate-limit-reset": str(int(time.time()) + reset_seconds),
            }
        )
        return response

    def handle(self, req: Request) -> Response:
        response = self._handle(req)
        if "x-rate-limit-limit" not in response.headers:
            response.headers.update(self._usage_headers(req))
        return response

    def _usage_headers(self, req: Request) -> dict[str, str]:
        now = int(time.time())
        window_start = now - now % RATE_WINDOW
        key = f"{req.method} {req.path}:{window_start}"
        with self._lock:
            self._window[key] = self._window.get(key, 0) + 1
            used = self._window[key]
        return {
            "x-rate-limit-limit": str(RATE_LIMIT),
            "x-rate-limit-remaining": str(max(0, RATE_LIMIT - used)),
            "x-rate-limit-reset": str(window_start + RATE_WINDOW),
        }

    def _handle(self, req: Request) -> Response:
        account = self._authenticate(req)
        if isinstance(account, Response):
            return account
        path = req.path.rstrip("/")
        if path == "/2/tweets" and req.method == "POST":
            return self._daily_cap_used_up() or self._create(req, account)
        if path == "/2/tweets" and req.method == "GET":
            return self._lookup(req)
        if path == "/2/users/me" and req.method == "GET":
            return Response(200, {"data": _user(account)})
        match = re.fullmatch(r"/2/users/(\d+)/tweets", path)
        if match and req.method == "GET" and self.app.faults.faults.x_timeline_forbidden:
            return _client_not_enrolled()
        if match and req.method == "GET":
            return self._timeline(req, match.group(1))
        return Response(
            404, {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}
        )

    def _daily_cap_used_up(self) -> Response | None:
        """The `x_daily_cap_reset_s` fault: the app's 24-hour posting cap is used up.

        https://docs.x.com/x-api/fundamentals/rate-limits
        """
        reset_in = self.app.faults.faults.x_daily_cap_reset_s
        if not reset_in:
            return None
        now = int(time.time())
        response = problem(429, "Too Many Requests", "Too Many Requests")
        response.headers.update(
            {
                "x-rate-limit-limit": str(RATE_LIMIT),
                "x-rate-limit-remaining": str(RATE_LIMIT - 1),
                "x-rate-limit-reset": str(now + RATE_WINDOW),
                "x-app-limit-24hour-limit": str(APP_DAILY_POSTS),
                "x-app-limit-24hour-remaining": "0",
                "x-app-limit-24hour-reset": str(now + reset_in),
            }
        )
        return response

    def _authenticate(self, req: Request) -> dict[str, Any] | Response:
        token = req.auth_token()
        accounts = self.store.accounts_with_token(("x",), token) if token else []
        if not accounts or self.app.faults.is_expired(token) or accounts[0]["expired"]:
            return problem(401, "Unauthorized", "Unauthorized")
        return accounts[0]

    def _create(self, req: Request, account: dict[str, Any]) -> Response:
        body = req.json if isinstance(req.json, dict) else None
        if body is None:
            return problem(
                400, "Invalid Request", "The request body is not valid JSON.", INVALID_REQUEST
            )
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            return invalid_request("text", [str(text or "")], "$.text: is missing or empty")
        if weighted_length(text) > MAX_WEIGHTED_LENGTH:
            return invalid_request(
                "text", [text], f"Tweet text is too long (maximum {MAX_WEIGHTED_LENGTH})."
            )
        user_id = account["external_id"]
        if any(p["text"] == text for p in self.store.posts("x", user_id, 50)):
            return problem(
                403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
            )
        tweet_id = self.store.next_id("x-post", TWEET_ID_BASE)
        link = next((m.group(0) for m in URL_RE.finditer(text)), "")
        self.store.add_post("x", user_id, tweet_id, self.app.clock.now(), text=text, link=link)
        return Response(
            201, {"data": {"id": tweet_id, "text": text, "edit_history_tweet_ids": [tweet_id]}}
        )

    def _lookup(self, req: Request) -> Response:
        ids = [i for i in (req.query.get("ids") or "").split(",") if i]
        if not 1 <= len(ids) <= LOOKUP_LIMIT:
            return invalid_request(
                "ids",
                [req.query.get("ids", "")],
                f"The `ids` query parameter value [{len(ids)}] is not between 1 and {LOOKUP_LIMIT}",
            )
        fields = _fields(req)
        data, errors = [], []
        for tweet_id in ids:
            post = self.store.post(tweet_id, "x")
            if post is None:
                errors.append(_not_found("tweet", "ids", tweet_id))
            else:
                data.append(self._tweet(post, fields))
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return Response(200, body)

    def _timeline(self, req: Request, user_id: str) -> Response:
        if not self.store.account("x", user_id):
            return Response(200, {"errors": [_not_found("user", "id", user_id)]})
        try:
            max_results = int(req.query.get("max_results") or 10)
        except ValueError:
            max_results = -1
        if not 5 <= max_results <= 100:
            return invalid_request(
                "max_results",
                [req.query.get("max_results", "")],
                f"The `max_results` query parameter value [{max_results}] is not between 5 and 100",
            )
        fields = _fields(req)
        data = [self._tweet(p, fields) for p in self.store.posts("x", user_id, max_results)]
        meta: dict[str, Any] = {"result_count": len(data)}
        if data:
            meta |= {"newest_id": data[0]["id"], "oldest_id": data[-1]["id"]}
            return Response(200, {"data": data, "meta": meta})
        return Response(200, {"meta": meta})

    def _tweet(self, post: dict[str, Any], fields: set[str]) -> dict[str, Any]:
        text, urls = _shorten(post["text"])
        tweet: dict[str, Any] = {
            "id": post["remote_id"],
            "text": text,
            "edit_history_tweet_ids": [post["remote_id"]],
        }
        if "public_metrics" in fields:
            age = (self.app.clock.now() - post["created_at"]) * self.app.faults.faults.time_scale
            counts = growth(post["remote_id"], age)
            tweet["public_metrics"] = {
                "retweet_count": counts["shares"],
                "reply_count": counts["comments"],
                "like_count": counts["likes"],
                "quote_count": counts["quotes"],
                "bookmark_count": counts["bookmarks"],
                "impression_count": counts["views"],
            }
        if "created_at" in fields:
            tweet["created_at"] = time.strftime(
                "%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(post["created_at"])
            )
        if "author_id" in fields:
            tweet["author_id"] = post["account_id"]
        if "entities" in fields and urls:
            tweet["entities"] = {"urls": urls}
        return tweet


def _client_not_enrolled() -> Response:
    """What X answers for an endpoint outside the app's access level (the Free tier's timeline).

    https://docs.x.com/x-api/fundamentals/response-codes-and-errors
    """
    return Response(
        403,
        {
            "client_id": "sandbox",
            "detail": "When authenticating requests to the Twitter API v2 endpoints, you must "
            "use keys and tokens from a Twitter developer App that is attached to a Project. "
            "You can create a project via the developer portal.",
            "registration_url": "https://developer.twitter.com/en/docs/projects/overview",
            "title": "Client Forbidden",
            "required_enrollment": "Appropriate Level of API Access",
            "reason": "client-not-enrolled",
            "type": "https://api.twitter.com/2/problems/client-forbidden",
        },
    )


def _fields(req: Request) -> set[str]:
    return {f for f in (req.query.get("tweet.fields") or "").split(",") if f}


def _user(account: dict[str, Any]) -> dict[str, Any]:
    return {"id": account["external_id"], "name": account["name"], "username": account["username"]}
