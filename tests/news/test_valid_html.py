"""Public pages are valid HTML by the Nu HTML Checker (npm's vnu-jar with Debian's Java)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Page

from desk.factories import DocumentFactory, ProgrammeReportFactory
from desk.models import ReportDocument, ReviewStatus
from news.factories import AgencyFactory, ArticlePageFactory, ImageFactory, ReporterFactory
from tests.support.html_checker import checker_jar, html_errors
from tests.support.tools import require_tool

pytestmark = pytest.mark.django_db


@pytest.fixture
def nu_checker():
    jar = checker_jar()
    require_tool(jar, "the Nu HTML Checker needs Java and npm: apt-get install default-jre npm")
    return jar


def a_full_article():
    """An article with every kind of body block a reader can meet, among older news."""
    now = timezone.now()
    agency = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes")
    reporter = ReporterFactory(name="Sri Wahyuni")
    older = [
        ArticlePageFactory(
            title=f"Posyandu Keliling Jangkau Desa ke-{n}",
            first_published_at=now - timedelta(days=n + 1),
            agencies=[agency],
            tags=["kesehatan"],
        )
        for n in range(8)
    ]
    photos = [ImageFactory(title=f"Foto {n}") for n in range(2)]
    return ArticlePageFactory(
        title="Dinkes Kalteng Perluas Layanan Kesehatan Keliling",
        first_published_at=now - timedelta(hours=2),
        reporters=[reporter],
        agencies=[agency],
        tags=["kesehatan", "desa terpencil"],
        youtube_video_id="dQw4w9WgXcQ",
        body=[
            ("paragraph", "<p>Layanan keliling menjangkau <b>24 desa</b> terpencil.</p>"),
            ("read_also", {"article": Page.objects.get(pk=older[0].pk)}),
            ("image", {"image": photos[0], "caption": "Petugas memeriksa warga (Foto: MMC)"}),
            ("quote", {"text": "Tidak ada warga yang tertinggal.", "attribution": "Kadinkes"}),
            (
                "gallery",
                {
                    "title": "Kegiatan",
                    "images": [{"image": photo, "caption": "Warga antre"} for photo in photos],
                },
            ),
            ("paragraph", "<p>Program berlanjut hingga akhir tahun.</p>"),
        ],
    )


def test_home_an_article_the_listings_and_search_have_no_html_errors(reader, nu_checker):
    article = a_full_article()
    pages = {
        "home": "/",
        "article": article.url,
        "news index": "/berita/",
        "region listing": f"/wilayah/{article.region.slug}/",
        "agency": article.agencies.first().get_absolute_url(),
        "reporter": article.reporters[0].get_absolute_url(),
        "search": "/cari/?q=posyandu",
    }
    documents = {}
    for name, url in pages.items():
        response = reader.get(url)
        assert response.status_code == 200, url
        documents[name] = response.content.decode()

    errors = html_errors(nu_checker, documents)

    assert errors == {name: [] for name in pages}


def test_the_agency_page_and_the_open_data_pages_have_no_html_errors(reader, nu_checker):
    agency = AgencyFactory(
        name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes", website="https://dinkes.example"
    )
    ArticlePageFactory(title="Posyandu Keliling Jangkau Desa", agencies=[agency])
    for progress, realisation in [
        (Decimal("80.5"), 1_177_500_000),
        (Decimal("100"), 1_600_000_000),
    ]:
        report = ProgrammeReportFactory(
            agency=agency,
            review_status=ReviewStatus.ACCEPTED,
            is_public=True,
            physical_progress=progress,
            budget_realisation=realisation,
            output_target=120,
            output_achieved=96,
            output_unit="unit rumah",
            beneficiaries=1250,
        )
        ReportDocument.objects.create(report=report, document=DocumentFactory())
    ProgrammeReportFactory(
        agency=agency,
        review_status=ReviewStatus.ACCEPTED,
        is_public=True,
        budget_ceiling=None,
        budget_realisation=None,
        physical_progress=None,
    )
    pages = {
        "agency": "/opd/dinkes/",
        "open data": "/data/",
        "open data, filtered": "/data/?opd=dinkes&tahun=2026",
        "schema": "/data/skema/",
    }
    documents = {name: reader.get(url).content.decode() for name, url in pages.items()}

    errors = html_errors(nu_checker, documents)

    assert errors == {name: [] for name in pages}
