"""Helpers shared by the Graph API modules: error bodies, paths, field lists."""

from __future__ import annotations

import re
import time
from typing import Any

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


def paging(data: list[dict[str, Any]]) -> dict[str, Any]:
    if not data:
        return {}
    return {"cursors": {"before": data[0]["id"], "after": data[-1]["id"]}}
