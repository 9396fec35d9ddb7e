"""The guides, one per role; each is a template in templates/guides/, versioned with the code."""

from dataclasses import dataclass

from core.roles import (
    ADMINISTRATOR,
    ANALIS,
    OPERATOR_OPD,
    PENGELOLA_DATA,
    PEWARTA,
    REDAKTUR,
    has_role,
)


@dataclass(frozen=True)
class Guide:
    slug: str
    role: str
    title: str
    summary: str

    @property
    def template_name(self) -> str:
        return f"guides/{self.slug}.html"


GUIDES = (
    Guide(
        "pewarta",
        PEWARTA,
        "Panduan Pewarta",
        "Menulis berita, foto dan keterangannya, Baca juga, teks media sosial, mengajukan.",
    ),
    Guide(
        "redaktur",
        REDAKTUR,
        "Panduan Redaktur",
        "Review, jadwal terbit, embargo, ralat, status media sosial dan kirim ulang.",
    ),
    Guide("analis", ANALIS, "Panduan Analis", "Membaca Jangkauan dan mengunduh CSV."),
    Guide(
        "administrator",
        ADMINISTRATOR,
        "Panduan Administrator",
        "Akun pengguna, peran, dan token akun media sosial.",
    ),
    Guide(
        "operator-opd",
        OPERATOR_OPD,
        "Panduan Operator OPD",
        "Menjawab permintaan data dengan laporan program, dan apa yang terjadi sesudahnya.",
    ),
    Guide(
        "pengelola-data",
        PENGELOLA_DATA,
        "Panduan Pengelola Data",
        "Mengirim permintaan data ke OPD, pengingat dan OPD terlambat, meninjau laporan,"
        " memantau Kinerja Data OPD, mengelola operator.",
    ),
)
BY_SLUG = {guide.slug: guide for guide in GUIDES}


def guides_for(user) -> list[Guide]:
    """The guides of the user's roles; a superuser, who holds every role, gets them all."""
    return [guide for guide in GUIDES if has_role(user, guide.role)]
