"""What a syndication row or an account means to an editor, and what to do about it.

The platform error kinds (platforms/base.py) need no status of their own: a row keeps its
status and its `last_error` starts with the kind's Indonesian label. This module reads that
back in one place, so the article's tab, /admin/sindikasi/ and the dashboard say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The labels the error messages start with (platforms/base.py, platforms/x.py,
# platforms/errors/instagram.py).
RESTRICTED = "Dibatasi platform — perlu banding"
CHECK_BY_HAND = "Belum pasti — periksa manual"
X_DAILY_CAP = "Menunggu batas harian X"
MISSING_PERMISSION = "Izin kurang"


@dataclass(frozen=True)
class RowState:
    """A row as shown to editors: `key` names its CSS modifier; `advice` says what to do."""

    key: str
    label: str
    advice: str = ""
    resumes_at: datetime | None = None

    @property
    def needs_manual_check(self) -> bool:
        """Reconciling again would meet the same refusal: only a person can tell."""
        return self.key == "check_by_hand"


def row_state(row) -> RowState:
    """Classify a Syndication row for display from its status and the start of its error."""
    error = row.last_error or ""
    if row.status in ("pending", "unknown") and error.startswith(X_DAILY_CAP):
        return RowState(
            "waiting_cap",
            X_DAILY_CAP,
            "Tidak perlu tindakan: dikirim otomatis saat batas harian X diperbarui.",
            resumes_at=row.next_attempt_at,
        )
    if row.status == "failed" and error.startswith(RESTRICTED):
        return RowState(
            "restricted",
            RESTRICTED,
            "Ajukan banding lewat pemberitahuan pembatasan di aplikasi platform; setelah "
            "pembatasan dicabut, tekan Coba lagi.",
        )
    if row.status == "failed" and error.startswith(CHECK_BY_HAND):
        return RowState(
            "check_by_hand",
            CHECK_BY_HAND,
            "Cari kiriman ini di akun platform. Bila sudah terbit, isi tautannya lalu tekan "
            "Tandai sudah terkirim; bila belum ada, tekan Kirim ulang tanpa pencocokan.",
        )
    if row.status == "needs_reauth" and error.startswith(MISSING_PERMISSION):
        return RowState("missing_permission", MISSING_PERMISSION, permission_advice(error))
    return RowState(row.status, row.get_status_display())


def permission_advice(reason: str) -> str:
    """What to do about an "Izin kurang: <permission> — …" reason."""
    permission = missing_permission(reason)
    if permission:
        return (
            f"Berikan izin {permission} kepada aplikasi MMC di platform, lalu hubungkan ulang "
            "akun (simpan token baru di Akun Media Sosial)."
        )
    return (
        "Berikan semua izin yang diminta aplikasi MMC di platform, lalu hubungkan ulang akun "
        "(simpan token baru di Akun Media Sosial)."
    )


def missing_permission(reason: str) -> str:
    """The permission named in an "Izin kurang: <permission> — …" reason, or ""."""
    if not reason.startswith(MISSING_PERMISSION + ":"):
        return ""
    return reason[len(MISSING_PERMISSION) + 1 :].split("—")[0].strip()


def account_advice(account) -> str:
    """What an administrator does about an account that stopped posting."""
    if (account.status_reason or "").startswith(MISSING_PERMISSION):
        return permission_advice(account.status_reason)
    return "Hubungkan ulang akun (simpan token baru di Akun Media Sosial)."
