"""Meta Graph API subset: auth, objects, the Page feed and batch requests.

https://developers.facebook.com/docs/graph-api/guides/error-handling
https://developers.facebook.com/docs/pages-api/posts
https://developers.facebook.com/docs/graph-api/batch-requests/
"""

from __future__ import annotations

import json
import math
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlsplit

from .core import Request, Response, growth
from .graph_common import (
    VERSION_RE,
    fb_time,
    field_names,
    graph_error,
    path_segments,
    pick,
    post_page,
)
from .graph_media import MediaEdges
from .store import GRAPH_PLATFORMS

if TYPE_CHECKING:
    from .server import Sandbox

BATCH_LIMIT = 50
UNSUPPORTED = (
    "Unsupported {method} request. Object with ID '{id}' does not exist, cannot be loaded due"
    " to missing permissions, or does not support this operation. Please read the Graph API"
    " documentation at https://developers.facebook.com/docs/graph-api"
)
RATE_MESSAGES = {
    4: "(#4) Application request limit reached",
    17: "(#17) User request limit reached",
    32: "(#32) Page request limit reached",
    613: "(#613) Calls to this api have exceeded the rate limit.",
}


class GraphAPI(MediaEdges):
    def __init__(self, app: Sandbox) -> None:
        self.app = app
        self.store = app.store

    # --- hooks for the server's fault layer ---

    def platform_for(self, req: Request) -> str:
        segments = path_segments(req.path)
        if not segments:
            return "facebook"
        node = segments[0]
        account = self.store.graph_account(node)
        if account:
            return account["platform"]
        post = self.store.post(node)
        if post:
            return post["platform"]
        return "instagram" if self.store.container(node) else "facebook"

    def is_write(self, req: Request) -> bool:
        segments = path_segments(req.path)
        return req.method == "POST" and bool(segments) and segments[-1] in ("feed", "media_publish")

    def server_error(self, req: Request) -> Response:
        return graph_error(
            500,
            2,
            "An unexpected error has occurred. Please retry your request later.",
            is_transient=True,
        )

    def rate_limited(self, req: Request, reset_seconds: int) -> Response:
        code = self.app.faults.faults.graph_rate_limit_code
        segments = path_segments(req.path)
        owner = segments[0] if segments else "0"
        response = graph_error(
            400, code, RATE_MESSAGES.get(code, RATE_MESSAGES[4]), is_transient=True
        )
        usage = {"type": "pages", "call_count": 100, "total_cputime": 30, "total_time": 40}
        usage["estimated_time_to_regain_access"] = max(1, math.ceil(reset_seconds / 60))
        response.headers["X-App-Usage"] = json.dumps(
            {"call_count": 100, "total_cputime": 30, "total_time": 40}
        )
        response.headers["X-Business-Use-Case-Usage"] = json.dumps({owner: [usage]})
        return response

    # --- requests ---

    def handle(self, req: Request) -> Response:
        response = self._injected_error(req) or self._handle(req)
        response.headers.setdefault(
            "X-App-Usage", json.dumps({"call_count": 1, "total_cputime": 1, "total_time": 1})
        )
        return response

    def _injected_error(self, req: Request) -> Response | None:
        """The `graph_error` fault, on the edge it names (batch sub-requests included)."""
        faults = self.app.faults
        wanted = dict(faults.faults.graph_error)
        if not wanted or not faults.applies(self.platform_for(req)):
            return None
        segments = path_segments(req.path)
        edge = segments[1] if len(segments) > 1 else ""
        if faults.faults.graph_error_edge and edge != faults.faults.graph_error_edge:
            return None
        status = int(wanted.pop("status", 400))
        code = wanted.pop("code")
        subcode = wanted.pop("error_subcode", None)
        message = wanted.pop("message", f"(#{code}) Injected error")
        return graph_error(status, code, message, subcode, **wanted)

    def _handle(self, req: Request) -> Response:
        segments = path_segments(req.path)
        denied = self._authenticate(req)
        if denied:
            return denied
        if not segments:
            if req.method == "POST":
                return self._batch(req)
            return graph_error(400, 100, "(#100) Missing a node id", subcode=33)
        node, edge = segments[0], segments[1] if len(segments) > 1 else None
        if len(segments) > 2:
            return self._unsupported(req, node)
        routes = {
            (None, "GET"): self._get_object,
            ("feed", "GET"): self._get_feed,
            ("feed", "POST"): self._post_feed,
            ("media", "GET"): self._get_media,
            ("media", "POST"): self._create_container,
            ("media_publish", "POST"): self._publish_container,
            ("content_publishing_limit", "GET"): self._publishing_limit,
            ("insights", "GET"): self._insights,
        }
        route = routes.get((edge, req.method))
        if route is None:
            if edge and req.method == "GET":
                return graph_error(
                    400, 100, f"(#100) Tried accessing nonexisting field ({edge}) on node type"
                )
            return self._unsupported(req, node)
        return route(req, node)

    def _unsupported(self, req: Request, node: str) -> Response:
        message = UNSUPPORTED.format(method=req.method.lower(), id=node)
        return graph_error(400, 100, message, subcode=33)

    def _authenticate(self, req: Request) -> Response | None:
        token = req.param("access_token") or req.auth_token()
        if not token:
            return graph_error(400, 104, "An access token is required to request this resource.")
        accounts = self.store.accounts_with_token(GRAPH_PLATFORMS, token)
        if not accounts:
            return graph_error(400, 190, "Invalid OAuth access token - Cannot parse access token")
        if self.app.faults.is_expired(token) or any(a["expired"] for a in accounts):
            now = time.strftime("%A, %d-%b-%y %H:%M:%S UTC", time.gmtime(self.app.clock.now()))
            return graph_error(
                400,
                190,
                f"Error validating access token: Session has expired on {now}."
                f" The current time is {now}.",
                subcode=463,
            )
        return None

    # --- objects ---

    def _get_object(self, req: Request, node: str) -> Response:
        names = field_names(req.param("fields"))
        post = self.store.post(node)
        if post and post["platform"] == "facebook":
            return Response(200, pick(self._fb_post(post), names, ["created_time", "message"]))
        if post and post["platform"] == "instagram":
            return Response(200, pick(self._ig_media(post), names, []))
        container = self.store.container(node)
        if container:
            return Response(200, pick(self._container(container, names), names, []))
        account = self.store.graph_account(node)
        if account:
            fields = {"id": node, "name": account["name"], "username": account["username"]}
            return Response(200, pick(fields, names, ["name"]))
        return self._unsupported(req, node)

    def _fb_post(self, post: dict[str, Any]) -> dict[str, Any]:
        page_id, _, number = post["remote_id"].partition("_")
        account = self.store.account("facebook", page_id) or {}
        found = {
            "id": post["remote_id"],
            "message": post["text"],
            "created_time": fb_time(post["created_at"]),
            "permalink_url": f"https://www.facebook.com/{page_id}/posts/{number}",
            "from": {"id": page_id, "name": account.get("name", "")},
        }
        if post["link"]:
            found["link"] = post["link"]
            shim = "https://l.facebook.com/l.php?u=" + quote(post["link"], safe="")
            found["attachments"] = {
                "data": [{"type": "share", "url": shim, "unshimmed_url": post["link"]}]
            }
        return found

    def _counts(self, post: dict[str, Any]) -> dict[str, int]:
        age = (self.app.clock.now() - post["created_at"]) * self.app.faults.faults.time_scale
        return growth(post["remote_id"], age)

    # --- Facebook Page feed ---

    def _get_feed(self, req: Request, node: str) -> Response:
        if not self.store.account("facebook", node):
            return self._unsupported(req, node)
        names = field_names(req.param("fields"))
        return post_page(
            req,
            lambda limit, after: self.store.posts("facebook", node, limit, older_than=after),
            lambda post: pick(self._fb_post(post), names, ["created_time", "message"]),
        )

    def _post_feed(self, req: Request, node: str) -> Response:
        if not self.store.account("facebook", node):
            return self._unsupported(req, node)
        message, link = req.param("message") or "", req.param("link") or ""
        if not message and not link:
            return graph_error(400, 100, "(#100) Missing message or attachment")
        if link and not link.startswith(("http://", "https://")):
            return graph_error(400, 100, "(#100) The parameter link must be a valid URL")
        for earlier in self.store.posts("facebook", node, 50):
            if earlier["text"] == message and earlier["link"] == link:
                return graph_error(400, 506, "(#506) Duplicate status message", subcode=1455006)
        post_id = f"{node}_{self.store.next_id('fb-post', 122100000000000000)}"
        self.store.add_post(
            "facebook", node, post_id, self.app.clock.now(), text=message, link=link
        )
        return Response(200, {"id": post_id})

    # --- batch ---

    def _batch(self, req: Request) -> Response:
        raw = req.param("batch")
        if not raw:
            return graph_error(400, 100, "(#100) The parameter batch is required")
        try:
            items = json.loads(raw)
        except ValueError:
            items = None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return graph_error(400, 100, "(#100) The parameter batch must be a JSON array")
        if len(items) > BATCH_LIMIT:
            return graph_error(
                400,
                100,
                f"(#100) Too many requests in batch message. Maximum batch size is {BATCH_LIMIT}",
            )
        token = req.param("access_token") or req.auth_token() or ""
        with_headers = (req.param("include_headers") or "true").lower() != "false"
        answers = []
        for item in items:
            response = self.handle(_sub_request(item, token))
            answer: dict[str, Any] = {"code": response.status, "body": json.dumps(response.body)}
            if with_headers:
                answer["headers"] = [
                    {"name": "Content-Type", "value": "text/javascript; charset=UTF-8"},
                    *({"name": k, "value": v} for k, v in response.headers.items()),
                ]
            answers.append(answer)
        return Response(200, answers)


def _sub_request(item: dict[str, Any], token: str) -> Request:
    parts = urlsplit(str(item.get("relative_url", "")).strip())
    path = "/" + parts.path.lstrip("/")
    if not VERSION_RE.match(path):
        path = "/v24.0" + path
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    form = dict(parse_qsl(str(item.get("body") or ""), keep_blank_values=True))
    if "access_token" not in query and "access_token" not in form:
        query["access_token"] = token
    method = str(item.get("method", "GET")).upper()
    return Request(method=method, path=path, query=query, form=form)
