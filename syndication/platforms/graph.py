"""One thin Meta Graph API client on `requests`, shared by Facebook and Instagram."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import requests

from .base import (
    Metrics,
    MetricsResult,
    MissingPermission,
    NeedsReauth,
    Permanent,
    PlatformError,
    RateLimited,
    Transient,
    as_int,
    collect_in_chunks,
    error_for_status,
    error_for_transport,
    with_read_retries,
)
from .errors import Key, Rule, lookup
from .errors import graph as graph_errors

# Pinned so a Meta release never changes our behaviour silently; raise it deliberately.
# https://developers.facebook.com/docs/graph-api/changelog/
GRAPH_API_VERSION = "v24.0"
REAL_GRAPH_URL = "https://graph.facebook.com"
TIMEOUT = (5, 30)  # (connect, read) seconds
BATCH_LIMIT = 50  # https://developers.facebook.com/docs/graph-api/batch-requests/

# On insights, code 10 is also "Not enough viewers for the media to show insights": no data
# yet, which only the message tells apart from a missing permission (same code).
# https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights
_NOT_ENOUGH_VIEWERS = re.compile(r"not enough viewers", re.IGNORECASE)
# Meta names the missing permission in its message, e.g. "(#10) Requires read_insights
# permission" or "(#200) ... pages_read_engagement".
_PERMISSION_NAME = re.compile(
    r"\b(read_insights|(?:pages|instagram|business|ads|publish)_[a-z_]+)\b"
)
_DEFAULT_THROTTLE_WAIT = 300.0  # Meta says throttling can last up to an hour; start at 5 min.


@dataclass
class BatchItem:
    """One sub-response of a batch call: its parsed body, or the error it carried."""

    status: int
    body: Any = None
    error: PlatformError | None = None


class GraphClient:
    """Graph calls with timeouts, classified errors and the rate-limit headers kept."""

    def __init__(
        self,
        access_token: str,
        base_url: str = "",
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = TIMEOUT,
        error_tables: Iterable[Mapping[Key, Rule]] = (graph_errors.TABLE,),
    ) -> None:
        self.access_token = access_token
        # Read in order: a platform's own subcodes before the codes Graph shares.
        self.error_tables = tuple(error_tables)
        self.root = (base_url or REAL_GRAPH_URL).rstrip("/")
        self.session = session or requests.Session()
        self.timeout = timeout
        self.last_usage: dict[str, Any] = {}

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self._call("GET", path, params=params, write=False)

    def post(self, path: str, data: dict[str, Any] | None = None) -> Any:
        """A write: a timeout or 5xx after sending raises UnknownOutcome."""
        return self._call("POST", path, data=data, write=True)

    def batch(self, sub_requests: list[dict[str, Any]], *, write: bool = False) -> list[BatchItem]:
        """Run sub-requests (`method`, `relative_url`) in calls of 50, each parsed on its own."""
        items: list[BatchItem] = []
        for start in range(0, len(sub_requests), BATCH_LIMIT):
            chunk = sub_requests[start : start + BATCH_LIMIT]
            data = {"batch": json.dumps(chunk), "include_headers": "false"}
            # The batch endpoint is the Graph root, not a versioned node.
            answers = self._call("POST", "", data=data, write=write)
            items.extend(self._batch_item(answer) for answer in answers)
        return items

    def scan(self, path: str, params: dict[str, Any], *, pages: int) -> Iterator[dict]:
        """The items of an edge, newest first, page after page, at most `pages` pages.

        Graph pages with cursors; a page without `paging.next` is the last one, and a page
        may be empty while `next` is still there, so an empty page alone does not end it.
        https://developers.facebook.com/docs/graph-api/results#cursors
        """
        after = None
        for _ in range(pages):
            answer = self.get(path, {**params, "after": after} if after else params)
            yield from answer.get("data") or []
            paging = answer.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not (paging.get("next") and after):
                return

    def versioned(self, path: str) -> str:
        return f"{GRAPH_API_VERSION}/{path.lstrip('/')}"

    def insights(
        self,
        object_ids: list[str],
        metrics: list[str],
        convert: Callable[[dict], Metrics],
        *,
        permission: str,
    ) -> MetricsResult:
        """Metrics for posts or media, read in batches of 50; `convert` maps one's insights.

        `permission` is the one these reads need, named to editors when Meta refuses without
        naming it.
        """
        return collect_in_chunks(
            object_ids,
            BATCH_LIMIT,
            lambda chunk: _insights_chunk(self, chunk, metrics, convert, permission),
        )

    def _call(self, method: str, path: str, *, write: bool, **kwargs: Any) -> Any:
        return with_read_retries(
            lambda: self._call_once(method, path, write=write, **kwargs), write=write
        )

    def _call_once(self, method: str, path: str, *, write: bool, **kwargs: Any) -> Any:
        url = f"{self.root}/{self.versioned(path)}" if path else f"{self.root}/"
        key = "data" if method == "POST" else "params"
        kwargs[key] = {**(kwargs.get(key) or {}), "access_token": self.access_token}
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            # Only a connect timeout proves the request never left; anything later may have
            # reached Meta, so a write is then of unknown outcome.
            connect_failed = isinstance(exc, requests.ConnectTimeout)
            raise error_for_transport(exc, write=write, connect_failed=connect_failed) from exc
        self._remember_usage(response.headers)
        body = _json_or_text(response)
        if response.ok:
            return body
        raise self.classify(response.status_code, body, write=write)

    def classify(self, status: int, body: Any, *, write: bool) -> PlatformError:
        """Map a Graph error body (code, error_subcode, is_transient) to our error classes.

        The platform's error tables decide first; Meta's `is_transient` and the HTTP status
        decide what they do not list.
        """
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            return error_for_status(status, write=write, raw=body)
        code = error.get("code")
        if status == 401:
            return NeedsReauth(raw=body, code=code)
        rule = lookup(self.error_tables, code, error.get("error_subcode"))
        if rule is not None and rule.kind is not Transient:
            return self._from_rule(rule, error, body)
        if status == 429:
            return RateLimited(retry_after=self.retry_after(), raw=body, code=code)
        if status >= 500 and write:
            # Meta can answer 5xx after the post was created; only find_existing can tell.
            return error_for_status(status, write=True, raw=body, code=code)
        if rule is not None:
            return self._from_rule(rule, error, body)
        if error.get("is_transient") or status >= 500:
            return Transient(raw=body, code=code)
        # Meta's own text is English (or the token owner's locale); editors get ours, and
        # the original stays in `raw`.
        message = f"Platform menolak permintaan: {error.get('message', '')}".strip()
        return Permanent(message, raw=body, code=code)

    def _from_rule(self, rule: Rule, error: dict[str, Any], body: Any) -> PlatformError:
        code = error.get("code")
        if rule.kind is MissingPermission:
            found = _PERMISSION_NAME.search(str(error.get("message", "")))
            return MissingPermission(found.group(1) if found else "", raw=body, code=code)
        if rule.kind is RateLimited:
            wait = rule.retry_after if rule.retry_after is not None else self.retry_after()
            return RateLimited(rule.message, retry_after=wait, raw=body, code=code)
        return rule.kind(rule.message, raw=body, code=code)

    def retry_after(self) -> float:
        """Seconds until Meta says access returns, from the last usage headers."""
        minutes = 0
        for entries in (self.last_usage.get("business") or {}).values():
            for entry in entries if isinstance(entries, list) else [entries]:
                minutes = max(minutes, as_int(entry.get("estimated_time_to_regain_access")))
        return minutes * 60.0 if minutes else _DEFAULT_THROTTLE_WAIT

    def _remember_usage(self, headers: Any) -> None:
        # https://developers.facebook.com/docs/graph-api/overview/rate-limiting
        for header, key in (
            ("X-App-Usage", "app"),
            ("X-Page-Usage", "page"),
            ("X-Business-Use-Case-Usage", "business"),
        ):
            value = headers.get(header)
            if value:
                try:
                    self.last_usage[key] = json.loads(value)
                except ValueError:
                    continue

    def _batch_item(self, answer: dict[str, Any] | None) -> BatchItem:
        # Meta answers null for a sub-request that did not finish in time.
        if answer is None:
            return BatchItem(status=0, error=Transient(raw=None))
        status = as_int(answer.get("code"))
        try:
            body = json.loads(answer.get("body") or "null")
        except ValueError:
            body = answer.get("body")
        if 200 <= status < 300:
            return BatchItem(status=status, body=body)
        return BatchItem(status=status, body=body, error=self.classify(status, body, write=False))


def _insights_chunk(
    graph: GraphClient,
    object_ids: list[str],
    metrics: list[str],
    convert: Callable[[dict], Metrics],
    permission: str,
) -> MetricsResult:
    """Insights for one chunk of objects; a metric rejected (code 100) is dropped per object.

    A refused permission is an error for the object, never an empty (zero) reading.
    """
    values: dict[str, dict[str, Any]] = {object_id: {} for object_id in object_ids}
    errors: dict[str, PlatformError] = {}
    sub_requests = [_insights_request(graph, object_id, metrics) for object_id in object_ids]
    rejected: list[str] = []
    for object_id, item in zip(object_ids, graph.batch(sub_requests), strict=True):
        if item.error is None:
            values[object_id].update(_insight_values(item.body))
        elif _not_enough_viewers(item.error):
            continue
        elif isinstance(item.error, MissingPermission) and not item.error.permission:
            errors[object_id] = MissingPermission(
                permission, raw=item.error.raw, code=item.error.code
            )
        elif item.error.code == 100 and len(metrics) > 1:
            rejected.append(object_id)
        else:
            errors[object_id] = item.error
    if rejected:
        # Meta rejects the whole request when one metric is unavailable for an object (old
        # post, media type), so ask again one metric at a time and keep whatever answers.
        pairs = [(object_id, metric) for object_id in rejected for metric in metrics]
        retry = [_insights_request(graph, object_id, [metric]) for object_id, metric in pairs]
        answered: set[str] = set()
        last_error: dict[str, PlatformError] = {}
        for (object_id, _metric), item in zip(pairs, graph.batch(retry), strict=True):
            if item.error is None:
                values[object_id].update(_insight_values(item.body))
                answered.add(object_id)
            else:
                last_error[object_id] = item.error
        errors.update({oid: err for oid, err in last_error.items() if oid not in answered})
    result = MetricsResult(
        {oid: convert(found) for oid, found in values.items() if oid not in errors}
    )
    result.errors.update(errors)
    return result


def _not_enough_viewers(error: PlatformError) -> bool:
    body = error.raw if isinstance(error.raw, dict) else {}
    message = str((body.get("error") or {}).get("message", ""))
    return error.code == 10 and bool(_NOT_ENOUGH_VIEWERS.search(message))


def _insights_request(graph: GraphClient, object_id: str, metrics: list[str]) -> dict[str, str]:
    relative_url = graph.versioned(f"{object_id}/insights?metric={','.join(metrics)}")
    return {"method": "GET", "relative_url": relative_url}


def _insight_values(body: Any) -> dict[str, Any]:
    found = {}
    for entry in (body or {}).get("data", []):
        # Lifetime metrics come as `values`; newer ones as `total_value` (metric_type=total_value).
        if entry.get("values"):
            found[entry.get("name")] = entry["values"][-1].get("value")
        else:
            found[entry.get("name")] = (entry.get("total_value") or {}).get("value")
    return found


def _json_or_text(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text
