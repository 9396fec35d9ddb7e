"""One thin Meta Graph API client on `requests`, shared by Facebook and Instagram."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from .base import (
    Metrics,
    MetricsResult,
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

# Pinned so a Meta release never changes our behaviour silently; raise it deliberately.
# https://developers.facebook.com/docs/graph-api/changelog/
GRAPH_API_VERSION = "v24.0"
REAL_GRAPH_URL = "https://graph.facebook.com"
TIMEOUT = (5, 30)  # (connect, read) seconds
BATCH_LIMIT = 50  # https://developers.facebook.com/docs/graph-api/batch-requests/
INSTAGRAM_PUBLISHING_LIMIT_SUBCODE = 2207042

# Error codes: https://developers.facebook.com/docs/graph-api/guides/error-handling
_REAUTH_CODES = {102, 190, 10} | set(range(200, 300))
_THROTTLE_CODES = {4, 17, 32, 341, 613} | set(range(80001, 80015))
_TRANSIENT_CODES = {1, 2}
# On insights, code 10 means "Not enough viewers for the media to show insights", not a
# missing permission.
# https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights
_NOT_ENOUGH_VIEWERS = 10
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
    ) -> None:
        self.access_token = access_token
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

    def versioned(self, path: str) -> str:
        return f"{GRAPH_API_VERSION}/{path.lstrip('/')}"

    def insights(
        self, object_ids: list[str], metrics: list[str], convert: Callable[[dict], Metrics]
    ) -> MetricsResult:
        """Metrics for posts or media, read in batches of 50; `convert` maps one's insights."""
        return collect_in_chunks(
            object_ids, BATCH_LIMIT, lambda chunk: _insights_chunk(self, chunk, metrics, convert)
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
        """Map a Graph error body (code, error_subcode, is_transient) to our error classes."""
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            return error_for_status(status, write=write, raw=body)
        code = error.get("code")
        # Meta's own text is English (or the token owner's locale); editors get ours, and
        # the original stays in `raw`.
        if code in _REAUTH_CODES or status == 401:
            message = ""
            if code == 10 or (isinstance(code, int) and 200 <= code < 300):
                message = "Izin akun tidak cukup; hubungkan ulang akun dengan izin lengkap."
            return NeedsReauth(message, raw=body, code=code)
        if code in _THROTTLE_CODES or status == 429:
            return RateLimited(retry_after=self.retry_after(), raw=body, code=code)
        if code == 9 and error.get("error_subcode") == INSTAGRAM_PUBLISHING_LIMIT_SUBCODE:
            # The 24-hour publishing limit; Meta does not say when a slot frees up.
            # https://developers.facebook.com/docs/instagram-platform/content-publishing#rate-limit
            return RateLimited(
                "Batas unggahan harian Instagram tercapai; dicoba lagi nanti.",
                retry_after=3600,
                raw=body,
                code=code,
            )
        if status >= 500 and write:
            # Meta can answer 5xx after the post was created; only find_existing can tell.
            return error_for_status(status, write=True, raw=body, code=code)
        if code in _TRANSIENT_CODES or error.get("is_transient") or status >= 500:
            return Transient(raw=body, code=code)
        return Permanent(_permanent_message(error), raw=body, code=code)

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
) -> MetricsResult:
    """Insights for one chunk of objects; a metric rejected (code 100) is dropped per object."""
    values: dict[str, dict[str, Any]] = {object_id: {} for object_id in object_ids}
    errors: dict[str, PlatformError] = {}
    sub_requests = [_insights_request(graph, object_id, metrics) for object_id in object_ids]
    rejected: list[str] = []
    for object_id, item in zip(object_ids, graph.batch(sub_requests), strict=True):
        if item.error is None:
            values[object_id].update(_insight_values(item.body))
        elif item.error.code == _NOT_ENOUGH_VIEWERS:
            continue
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


def _permanent_message(error: dict[str, Any]) -> str:
    if error.get("code") == 506:
        return "Platform menolak kiriman ganda (isi yang sama sudah pernah dikirim)."
    return f"Platform menolak permintaan: {error.get('message', '')}".strip()
