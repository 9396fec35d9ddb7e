"""Helpers shared by the Graph API modules: error bodies, paths, field lists."""

from __future__ import annotations

import base64
import re
import time
from typing import Any
from urllib.parse import urlencode

from .core import Request, Response, trace_id

VERSION_RE = re.compile(r"^/v\d+\.\d+(?=/|$)")


def graph_error(status: int, code: int, message: str, subcode: int | None = None, **extra: Any):
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    error.update(extra)
    error["fbtrace_id"] = trace_id()
    return Response(status, {"error": error})


def path_segments(path: str) -> list[str]:
    return [s for s in VERSION_RE.sub("", path).split("/") if s]


def field_names(spec: str | None) -> list[str]:
    """Top-level names of a `fields` list; `attachments{url,unshimmed_url}` -> attachments."""
    names, depth, current = [], 0, ""
    for char in spec or "":
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "," and depth == 0:
            names.append(current.strip())
            current = ""
        elif depth == 0:
            current += char
    names.append(current.strip())
    return [name.split(".")[0] for name in names if name]


def fb_time(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(timestamp))


def limit_param(req: Request, default: int = 25) -> int:
    try:
        return max(1, min(100, int(req.param("limit") or default)))
    except ValueError:
        return default


def pick(available: dict[str, Any], names: list[str], default: list[str]) -> dict[str, Any]:
    names = names or default
    return {"id": available["id"]} | {n: available[n] for n in names if n in available}


def post_page(req: Request, list_posts, shape) -> Response:
    """One page of an edge of posts, newest first, with Graph's cursor paging: `after` moves
    on from a page's last post, and `next` is there only while older posts remain.
    https://developers.facebook.com/docs/graph-api/results#cursors
    """
    limit = limit_param(req)
    after = _cursor_seq(req.param("after"))
    if after is False:
        return graph_error(400, 100, "(#100) The after cursor is invalid")
    posts = list_posts(limit + 1, after)
    data = [shape(post) for post in posts[:limit]]
    if not data:
        return Response(200, {"data": []})
    cursors = {"before": _cursor(posts[0]["seq"]), "after": _cursor(posts[:limit][-1]["seq"])}
    page: dict[str, Any] = {"cursors": cursors}
    if len(posts) > limit:
        query = {k: v for k, v in req.query.items() if k not in ("after", "before")}
        page["next"] = f"{req.path}?{urlencode(query | {'after': cursors['after']})}"
    return Response(200, {"data": data, "paging": page})


def _cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode()


def _cursor_seq(cursor: str | None):
    """The seq a cursor stands for; None without one; False for one we never gave out."""
    if not cursor:
        return None
    try:
        kind, _, seq = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        return int(seq) if kind == "seq" else False
    except (ValueError, UnicodeDecodeError):
        return False


def paging(data: list[dict[str, Any]]) -> dict[str, Any]:
    if not data:
        return {}
    return {"cursors": {"before": data[0]["id"], "after": data[-1]["id"]}}
