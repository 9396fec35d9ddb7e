"""X API v2's error table: the 24-hour caps in its headers and the problems it answers with.

Rate-limit headers: https://docs.x.com/x-api/fundamentals/rate-limits
Problem bodies (`type`, `title`, `detail`, `reason`) and v1.1-style `errors[].code`:
https://docs.x.com/x-api/fundamentals/response-codes-and-errors
"""

from __future__ import annotations

from ..base import EndpointUnavailable, NeedsReauth
from . import Rule

# A 429 can come from a 15-minute window or from a 24-hour cap; each cap reports its own
# remaining count and reset (Unix seconds). (remaining header, reset header, whose cap)
DAILY_CAPS = (
    ("x-app-limit-24hour-remaining", "x-app-limit-24hour-reset", "aplikasi"),
    ("x-user-limit-24hour-remaining", "x-user-limit-24hour-reset", "akun"),
)
WINDOW_RESET = "x-rate-limit-reset"

_NOT_IN_ACCESS_LEVEL = Rule(
    EndpointUnavailable,
    "Tingkat akses API X untuk aplikasi ini tidak mencakup permintaan ini "
    "(mis. paket Free tidak bisa membaca linimasa).",
)

# By the problem's `reason`, its `type`, or a v1.1-style numeric `errors[].code`.
TABLE: dict[str | int, Rule] = {
    # "Client Forbidden ... required_enrollment: Appropriate Level of API Access".
    "client-not-enrolled": _NOT_IN_ACCESS_LEVEL,
    "https://api.twitter.com/2/problems/client-forbidden": _NOT_IN_ACCESS_LEVEL,
    # "You currently have access to a subset of X API V2 endpoints ... you may need a
    # different access level."
    453: _NOT_IN_ACCESS_LEVEL,
    # "Invalid or expired token" / "Could not authenticate you".
    89: Rule(NeedsReauth),
    32: Rule(NeedsReauth),
}


def rule_for(body: object) -> Rule | None:
    """The table's rule for an X error body, if it lists the problem."""
    if not isinstance(body, dict):
        return None
    keys: list[str | int] = [body.get("reason") or "", body.get("type") or ""]
    keys += [error.get("code") for error in body.get("errors") or [] if isinstance(error, dict)]
    return next((TABLE[key] for key in keys if key in TABLE), None)
