"""The demo's OPD data desk: operators, a year of requests with a realistic spread of
answers (some agencies always on time, some chronically late), ~60 reports, a few articles.

Bulk inserts only, so `make run` stays fast; deterministic (one seeded Random).
"""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model

from core.roles import PENGELOLA_DATA
from demo.content.images import make_article_image
from desk import drafting
from desk.models import (
    AgencyOperator,
    DataRequest,
    DataRequestRecipient,
    ProgrammeReport,
    Repeat,
    ReportPhoto,
    ReviewStatus,
    add_months,
)
from desk.models.operators import agency_collection
from news.models import Agency, Region

MONTHS = 12
REPORTS = 60
# Of Dinas Kesehatan's six reports (the first six), these many are accepted and public.
DINKES_PUBLISHED = 4
# Made into articles; the first PUBLISHED_ARTICLES are published, the rest wait as drafts.
ARTICLES = 4
PUBLISHED_ARTICLES = 2  # with the photo the agency sent, so the front page stays pictured
# How each agency answers: the chance it answers at all, and the days before (−) or after
# (+) the due date that it does.
HABITS = {
    "tepat waktu": (1.0, (-10, -1)),
    "kadang terlambat": (0.95, (-6, 8)),
    "sering terlambat": (0.8, (2, 30)),
    "jarang menjawab": (0.35, (5, 45)),
}
# What each agency runs (programme, activity, output unit); agencies not named here report
# on their services. A health office reporting on tree planting would read wrong.
PROGRAMMES = {
    "dinkes": [
        ("Posyandu Keliling", "pemeriksaan balita dan ibu hamil", "kali kunjungan"),
        ("Jaminan Kesehatan Daerah", "pembayaran iuran peserta PBI daerah", "orang"),
        ("Penurunan Stunting", "pemberian makanan tambahan balita", "balita"),
    ],
    "disdik": [
        ("Beasiswa Tabe", "penyaluran beasiswa mahasiswa", "orang"),
        ("Rehabilitasi Ruang Kelas", "perbaikan ruang kelas SMA dan SMK", "ruang kelas"),
    ],
    "pupr": [
        ("Jalan Mantap", "peningkatan ruas jalan provinsi", "km"),
        ("Air Bersih Desa", "pembangunan sumur bor", "unit"),
    ],
    "disperkimtan": [("Bedah Rumah", "rehabilitasi rumah tidak layak huni", "unit rumah")],
    "distan": [("Cetak Sawah", "pembukaan lahan sawah baru", "hektare")],
    "dishut": [("Penanaman Pohon", "rehabilitasi lahan kritis", "batang")],
    "dlh": [("Bank Sampah Desa", "pembinaan bank sampah", "unit")],
    "diskop-ukm": [("Pelatihan UMKM", "pelatihan pemasaran digital", "orang")],
    "disperindag": [("Pasar Murah", "operasi pasar bahan pokok", "paket")],
    "bpbd": [("Desa Tangguh Bencana", "pelatihan kesiapsiagaan banjir", "desa")],
    "dinsos": [("Bantuan Pangan", "penyaluran bantuan pangan keluarga rentan", "KK")],
    "dishub": [("Angkutan Sungai Perintis", "subsidi angkutan sungai", "trayek")],
    "dispora": [("Pembinaan Atlet Daerah", "pemusatan latihan atlet", "orang")],
    "disbudpar": [("Festival Isen Mulang", "penyelenggaraan festival budaya", "kegiatan")],
    "disdukcapil": [("Jemput Bola KTP-el", "perekaman KTP-el di desa", "orang")],
}
SERVICE_PROGRAMMES = [
    ("Pelayanan Publik Terpadu", "peningkatan layanan kepada masyarakat", "layanan"),
    ("Peningkatan Kapasitas Aparatur", "pelatihan teknis pegawai", "orang"),
]
# A few kecamatan of each regency, so a report's place is one that exists there.
KECAMATAN = {
    "kapuas": ["Selat", "Kapuas Hilir", "Mantangai"],
    "palangka-raya": ["Jekan Raya", "Pahandut", "Sebangau"],
    "kotawaringin-timur": ["Mentawa Baru Ketapang", "Baamang"],
    "pulang-pisau": ["Kahayan Hilir", "Maliku"],
    "katingan": ["Katingan Hilir", "Tasik Payawan"],
    "barito-utara": ["Teweh Tengah", "Lahei"],
}
RETURN_NOTES = [
    "Lampirkan foto kegiatan dan lengkapi nama desa.",
    "Angka realisasi berbeda dengan laporan bulan lalu; mohon diperiksa.",
    "Mohon tambahkan jumlah penerima manfaat.",
]


def seed_desk_users(password: str) -> None:
    """`opd` (Operator OPD of Dinas Kesehatan) and `pengelola` (Pengelola Data)."""
    User = get_user_model()
    people = [
        ("opd", "Siti", "Rahmawati", "opd@dinkes.kalteng.go.id"),
        ("pengelola", "Yuni", "Astuti", "pengelola@mmc.kalteng.go.id"),
    ]
    users = {}
    for username, first_name, last_name, email in people:
        user, _ = User.objects.update_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "email": email},
        )
        user.set_password(password)
        user.save(update_fields=["password"])
        users[username] = user
    users["pengelola"].groups.set([Group.objects.get(name=PENGELOLA_DATA)])
    AgencyOperator.objects.update_or_create(
        user=users["opd"], defaults={"agency": Agency.objects.get(slug="dinkes")}
    )


def habit_of(agency, rng) -> str:
    # The demo operator's agency answers on time, mostly: their board row should look good.
    if agency.slug == "dinkes":
        return "kadang terlambat"
    return rng.choice(list(HABITS))


def seed_requests(today: date, rng, sender) -> list[DataRequestRecipient]:
    """A monthly request to every agency for the last year, each due on the 15th after."""
    agencies = list(Agency.objects.order_by("slug"))
    habits = {agency.pk: habit_of(agency, rng) for agency in agencies}
    first_month = add_months(today.replace(day=1), -MONTHS)
    now = timezone.now()

    def sent_at(month: date) -> datetime:
        # Sent as the month closes (08:00 WIB on the 1st after it): the board's days to answer
        # count from here. The current month's request has not really gone out yet.
        closing = timezone.make_aware(datetime.combine(add_months(month, 1), time(8)))
        return min(closing, now)

    requests = DataRequest.objects.bulk_create(
        DataRequest(
            programme=f"Realisasi program prioritas {month:%m/%Y}",
            details="Pagu, realisasi, progres fisik dan capaian keluaran, dengan foto kegiatan.",
            period_start=month,
            period_end=add_months(month, 1) - timedelta(days=1),
            due_date=add_months(month, 1).replace(day=15),
            repeat=Repeat.MONTHLY,
            created_by=sender,
            created_at=sent_at(month),
        )
        for month in (add_months(first_month, step) for step in range(MONTHS + 1))
    )
    recipients = []
    for request in requests:
        for agency in agencies:
            chance, (earliest, latest) = HABITS[habits[agency.pk]]
            answered_on = None
            if rng.random() < chance:
                answered_on = request.due_date + timedelta(days=rng.randint(earliest, latest))
                if answered_on > today:
                    answered_on = None
            recipients.append(
                DataRequestRecipient(request=request, agency=agency, answered_on=answered_on)
            )
    return DataRequestRecipient.objects.bulk_create(recipients)


def report_for(recipient, rng, regions) -> ProgrammeReport:
    name, activity, unit = rng.choice(PROGRAMMES.get(recipient.agency.slug, SERVICE_PROGRAMMES))
    region = rng.choice(regions)
    ceiling = rng.choice([250, 480, 750, 1_200, 1_500, 3_200, 12_500]) * 1_000_000
    spent = Decimal(rng.choice([0, 12, 35, 48, 61, 78, 85, 92, 100])) / 100
    target = rng.choice([20, 40, 120, 250])
    progress = min(Decimal(100), (spent * 100 + rng.randint(-5, 8)).max(Decimal(0)))
    return ProgrammeReport(
        agency=recipient.agency,
        request=recipient.request,
        programme_name=name,
        activity_name=activity,
        period_start=recipient.request.period_start,
        period_end=recipient.request.period_end,
        region=region,
        kecamatan=rng.choice(["", *KECAMATAN.get(region.slug, [])]),
        budget_ceiling=ceiling,
        budget_realisation=int(ceiling * spent),
        physical_progress=progress,
        output_target=target,
        output_achieved=int(target * progress / 100),
        output_unit=unit,
        beneficiaries=rng.choice([None, 96, 340, 1_250]),
        beneficiaries_unit="orang",
        narrative=f"Kegiatan {activity} berjalan sesuai rencana.",
        contact_name="Narahubung OPD",
        submitted_at=timezone.make_aware(datetime.combine(recipient.answered_on, time(10))),
    )


@transaction.atomic
def seed_desk(*, today: date | None = None, seed: int = 14) -> int:
    """Create the desk's demo data once; returns how many reports were made."""
    seed_desk_users(settings.DEMO_PASSWORD)
    if DataRequest.objects.exists():
        return 0
    today = today or timezone.localdate()
    rng = random.Random(seed)
    sender = get_user_model().objects.get(username="pengelola")
    recipients = seed_requests(today, rng, sender)
    answered = [recipient for recipient in recipients if recipient.answered_on]
    dinkes_answers = [r for r in answered if r.agency.slug == "dinkes"]
    others = [r for r in answered if r.agency.slug != "dinkes"]
    chosen = dinkes_answers[-6:] + rng.sample(others, min(len(others), REPORTS - 6))
    regions = list(Region.objects.all())
    reports = [report_for(recipient, rng, regions) for recipient in chosen]
    for position, report in enumerate(reports):
        outcome = rng.random()
        if position < DINKES_PUBLISHED:
            # /opd/dinkes/, the demo operator's agency, shows figures on first start.
            outcome = 0.0
        if outcome < 0.72:
            report.review_status = ReviewStatus.ACCEPTED
            report.is_public = position < DINKES_PUBLISHED or position % 5 != 0
            report.reviewed_by, report.reviewed_at = sender, report.submitted_at + timedelta(days=2)
        elif outcome < 0.87:
            report.review_status = ReviewStatus.SUBMITTED
        else:
            report.review_status = ReviewStatus.RETURNED
            report.reviewer_comment = rng.choice(RETURN_NOTES)
            report.reviewed_by, report.reviewed_at = sender, report.submitted_at + timedelta(days=1)
    ProgrammeReport.objects.bulk_create(reports)
    make_demo_articles()
    return len(reports)


def make_demo_articles() -> None:
    """A few accepted reports already turned into articles by the demo reporter: the first
    ones published by the demo editor (the agency's page shows the story beside its figures),
    the rest still drafts waiting for review."""
    users = get_user_model().objects.filter(username__in=["pewarta", "redaktur"])
    people = {user.username: user for user in users}
    if "pewarta" not in people:
        return
    accepted = ProgrammeReport.objects.filter(review_status=ReviewStatus.ACCEPTED).order_by(
        "-period_end", "pk"
    )
    for position, report in enumerate(accepted[:ARTICLES]):
        attach_photo(report)
        drafting.claim(report, people["pewarta"])
        article = drafting.make_article(report, people["pewarta"])
        if position < PUBLISHED_ARTICLES and "redaktur" in people:
            # What the editor adds before publishing: the tags readers follow.
            article.tags.add(report.agency.short_name, report.programme_name)
            article.save_revision(user=people["redaktur"]).publish(user=people["redaktur"])


# The picture an agency would send with its report, by what the agency does.
PHOTO_THEMES = {"dinkes": "kesehatan", "disdik": "pendidikan", "pupr": "jalan", "bpbd": "banjir"}


def attach_photo(report) -> None:
    """A photo of the activity, in the agency's own collection, as an operator uploads it."""
    theme = PHOTO_THEMES.get(report.agency.slug, "layanan")
    Image = get_image_model()
    image = Image(
        title=f"Kegiatan {report.programme_name} ({report.agency.short_name})",
        file=ImageFile(
            BytesIO(make_article_image(theme, seed=report.pk)),
            name=f"laporan-{report.pk}.jpg",
        ),
        collection=agency_collection(report.agency),
    )
    image.save()
    ReportPhoto.objects.create(
        report=report, image=image, caption=f"Kegiatan {report.activity_name}", sort_order=0
    )
