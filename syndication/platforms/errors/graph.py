"""The Meta Graph API's error table, shared by Facebook and Instagram.

Codes and what to do, from https://developers.facebook.com/docs/graph-api/guides/error-handling
(Instagram's own subcodes are in errors/instagram.py, read first).
"""

from __future__ import annotations

from ..base import MissingPermission, NeedsReauth, Permanent, RateLimited, Transient
from . import Key, Rule

# Meta: "Temporarily blocked for policies violations — wait and retry the operation". It does
# not say for how long; retrying soon would only meet the block again.
POLICY_BLOCK_WAIT = 6 * 3600.0

_THROTTLED = Rule(RateLimited)  # wait as long as the usage headers say
_PERMISSION = Rule(MissingPermission)

TABLE: dict[Key, Rule] = {
    # "API Unknown" / "API Service": temporary downtime, wait and retry.
    (1, None): Rule(Transient),
    (2, None): Rule(Transient),
    # "API Session" and "Access token has expired": get a new access token.
    (102, None): Rule(NeedsReauth),
    (190, None): Rule(NeedsReauth),
    # Throttling: "API Too Many Calls", "User Too Many Calls", Page, "Application limit
    # reached", custom-level; and the Business Use Case codes 80001-80014.
    (4, None): _THROTTLED,
    (17, None): _THROTTLED,
    (32, None): _THROTTLED,
    (341, None): _THROTTLED,
    (613, None): _THROTTLED,
    **{(code, None): _THROTTLED for code in range(80001, 80015)},
    # "API Permission Denied" and "API Permission (multiple values depending on permission)":
    # the permission was not granted or has been removed.
    (10, None): _PERMISSION,
    **{(code, None): _PERMISSION for code in range(200, 300)},
    (368, None): Rule(
        RateLimited,
        "Diblokir sementara oleh platform karena dianggap melanggar kebijakan. Dicoba lagi "
        "otomatis 6 jam lagi; sementara itu periksa isi kiriman dan pemberitahuan di Meta "
        "Business Suite.",
        retry_after=POLICY_BLOCK_WAIT,
    ),
    (506, None): Rule(
        Permanent, "Platform menolak kiriman ganda (isi yang sama sudah pernah dikirim)."
    ),
}
