"""The YouTube Data API's error table, by the `reason` of `error.errors[]`.

Errors common to every method: https://developers.google.com/youtube/v3/docs/errors
The calls we make: https://developers.google.com/youtube/v3/docs/videos/update#errors and
https://developers.google.com/youtube/v3/docs/videos/list#errors
A 5xx such as `backendError` is not listed here: the HTTP status decides, so an update that
got one is of unknown outcome and a read is retried.
"""

from __future__ import annotations

from ..base import MissingPermission, NeedsReauth, Permanent, RateLimited, Restricted
from . import Rule

# videos.update needs one of these OAuth scopes; "youtube" is the one the account asks for.
UPDATE_SCOPE = "youtube"
# Google's per-user and per-project rate limits reset within the minute.
RATE_LIMIT_WAIT = 60.0

# retry_after None: wait until the daily quota resets (midnight Pacific time).
QUOTA = Rule(RateLimited, "Kuota harian YouTube habis; dilanjutkan setelah kuota diperbarui.")

TABLE: dict[str, Rule] = {
    # Core: "The request cannot be completed because you have exceeded your quota."
    "quotaExceeded": QUOTA,
    "dailyLimitExceeded": QUOTA,
    "rateLimitExceeded": Rule(RateLimited, retry_after=RATE_LIMIT_WAIT),
    "userRateLimitExceeded": Rule(RateLimited, retry_after=RATE_LIMIT_WAIT),
    # 401 "authError": the credentials are invalid or expired.
    "authError": Rule(NeedsReauth),
    # 403 "insufficientPermissions": the token lacks the scope the call needs.
    "insufficientPermissions": Rule(MissingPermission),
    # videos.update 403 "forbidden": the video cannot be updated by this channel (not its
    # own video, or the request is not properly authorized).
    "forbidden": Rule(
        Permanent,
        "YouTube menolak perubahan video ini: pastikan video milik kanal yang terhubung, "
        "lalu tekan Coba lagi.",
    ),
    # Common 403s about the account itself.
    "authenticatedUserAccountSuspended": Rule(
        Restricted,
        "Dibatasi platform — perlu banding: akun YouTube ini ditangguhkan. Ajukan banding di "
        "YouTube Studio, tunggu sampai dipulihkan, lalu tekan Coba lagi.",
    ),
    "authenticatedUserAccountClosed": Rule(
        NeedsReauth, "Akun YouTube ini sudah ditutup; hubungkan kanal lain."
    ),
    # videos.list / videos.update 404 "videoNotFound".
    "videoNotFound": Rule(
        Permanent, "Video YouTube tidak ditemukan; periksa ID video di artikel ini."
    ),
    # videos.update 400s: the snippet we resend carries what is already on the video, so
    # these are fixed on YouTube Studio (or in the article, for the description).
    "invalidCategoryId": Rule(
        Permanent,
        "Kategori video di YouTube tidak valid; pilih kategori di YouTube Studio, lalu tekan "
        "Coba lagi.",
    ),
    "invalidTitle": Rule(
        Permanent,
        "Judul video di YouTube tidak valid; perbaiki di YouTube Studio, lalu tekan Coba lagi.",
    ),
    "invalidTags": Rule(
        Permanent,
        "Tag video di YouTube tidak valid; perbaiki di YouTube Studio, lalu tekan Coba lagi.",
    ),
    "invalidDescription": Rule(
        Permanent,
        "YouTube menolak deskripsi (terlalu panjang atau berisi karakter terlarang); "
        "ubah teks khusus YouTube di artikel, lalu tekan Coba lagi.",
    ),
}


def rule_for(body: object) -> tuple[str, Rule] | tuple[None, None]:
    """The first reason in a YouTube error body that the table lists, with its rule."""
    error = body.get("error") if isinstance(body, dict) else None
    errors = error.get("errors") if isinstance(error, dict) else None
    for item in errors if isinstance(errors, list) else []:
        reason = item.get("reason") if isinstance(item, dict) else None
        if reason in TABLE:
            return reason, TABLE[reason]
    return None, None
