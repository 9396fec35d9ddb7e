"""Instagram's content-publishing error table, read before the shared Graph table.

From "Error Codes", https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes
(HTTP status, code, subcode, recommended solution). Meta marks these as "try again" whatever
`is_transient` says, so they are retried, not dropped.
"""

from __future__ import annotations

from ..base import RateLimited, Restricted, Transient
from . import Key, Rule

# The publishing window is a rolling 24 h and Meta does not say when the oldest post leaves it.
# https://developers.facebook.com/docs/instagram-platform/content-publishing#rate-limit
PUBLISHING_LIMIT_WAIT = 3600.0
PUBLISHING_LIMIT_SUBCODE = 2207042

TABLE: dict[Key, Rule] = {
    # "It takes too long to download the media. ... Try again."
    (-2, 2207003): Rule(
        Transient, "Instagram terlalu lama mengunduh gambar; akan dicoba lagi otomatis."
    ),
    # "The media you are trying to access has expired. ... Generate a new container."
    (-2, 2207020): Rule(Transient, "Kontainer media Instagram kedaluwarsa; akan dibuat ulang."),
    # "Instagram server error. Try again."
    (-1, 2207001): Rule(Transient, "Gangguan server Instagram; akan dicoba lagi otomatis."),
    # "Create media fail, please try to re-create media."
    (-1, 2207032): Rule(Transient, "Instagram gagal membuat media; akan dicoba lagi otomatis."),
    # "unknown upload error ... Generate a new container and use it to try again."
    (-1, 2207053): Rule(Transient, "Unggahan ke Instagram gagal; akan dicoba lagi otomatis."),
    # "Action is blocked: we restrict certain activity to protect our community" arrives as
    # code 4 (which reads as throttling) with this subcode; Meta's way out is an appeal in the
    # app, and every retry counts as more of the suspected activity.
    (None, 2207051): Rule(
        Restricted,
        "Dibatasi platform — perlu banding: Instagram membatasi tindakan akun ini karena "
        "dicurigai spam. Buka aplikasi Instagram akun ini, ajukan banding lewat pemberitahuan "
        "pembatasan, tunggu sampai dicabut, lalu tekan Coba lagi.",
    ),
    (9, PUBLISHING_LIMIT_SUBCODE): Rule(
        RateLimited,
        "Batas unggahan harian Instagram tercapai; dicoba lagi nanti.",
        retry_after=PUBLISHING_LIMIT_WAIT,
    ),
}
