"""/data/, its downloads and the agency page show exactly the reports the newsroom accepted
and marked public, in the documented shape."""

import csv
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from desk.factories import DocumentFactory, ProgrammeReportFactory
from desk.models import ReportDocument, ReviewStatus
from news.factories import AgencyFactory, ArticlePageFactory, region

pytestmark = pytest.mark.django_db

DOC = Path(__file__).resolve().parents[2] / "docs" / "open-data.md"
NOT_PUBLISHED = {
    "draft": {"review_status": ReviewStatus.DRAFT, "is_public": True},
    "submitted": {"review_status": ReviewStatus.SUBMITTED, "is_public": True},
    "returned": {"review_status": ReviewStatus.RETURNED, "is_public": True},
    "accepted but not public": {"review_status": ReviewStatus.ACCEPTED, "is_public": False},
}


def published(**fields):
    return ProgrammeReportFactory(review_status=ReviewStatus.ACCEPTED, is_public=True, **fields)


def every_public_view(reader, agency) -> dict[str, str]:
    """Each place a report can show, as the text a reader or a program gets."""
    urls = {
        "agency page": f"/opd/{agency.slug}/",
        "data page": "/data/",
        "csv": "/data/laporan.csv",
        "json": "/data/laporan.json",
        "agency csv": f"/opd/{agency.slug}/data.csv",
        "agency json": f"/opd/{agency.slug}/data.json",
    }
    pages = {}
    for name, url in urls.items():
        response = reader.get(url)
        assert response.status_code == 200, url
        pages[name] = response.content.decode("utf-8-sig")
    return pages


def csv_rows(reader, url) -> list[dict]:
    response = reader.get(url)
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def documented_fields() -> list[str]:
    """The field names in the doc's "Fields" table, in order."""
    table = DOC.read_text().split("## Fields", 1)[1]
    return re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.MULTILINE)


def test_an_accepted_public_report_shows_everywhere(reader, dinkes):
    published(agency=dinkes, programme_name="Posyandu Keliling Desa Terpencil")

    pages = every_public_view(reader, dinkes)

    assert [name for name, text in pages.items() if "Posyandu Keliling" not in text] == []


@pytest.mark.parametrize("state", NOT_PUBLISHED)
def test_a_report_the_newsroom_did_not_accept_and_publish_never_shows(reader, dinkes, state):
    published(agency=dinkes, programme_name="Program Terbit")
    ProgrammeReportFactory(agency=dinkes, programme_name="Program Rahasia", **NOT_PUBLISHED[state])

    pages = every_public_view(reader, dinkes)

    assert [name for name, text in pages.items() if "Program Terbit" not in text] == []
    assert [name for name, text in pages.items() if "Program Rahasia" in text] == []


def test_a_report_withdrawn_from_the_public_disappears(reader, dinkes):
    report = published(agency=dinkes, programme_name="Jalan Mantap")
    report.is_public = False
    report.save()

    pages = every_public_view(reader, dinkes)

    assert [name for name, text in pages.items() if "Jalan Mantap" in text] == []


def test_the_agency_page_shows_figures_as_accessible_progress_bars_in_indonesian(reader, dinkes):
    published(
        agency=dinkes,
        programme_name="Bedah Rumah",
        budget_ceiling=1_500_000_000,
        budget_realisation=1_177_500_000,
        physical_progress=Decimal("80.5"),
        output_target=120,
        output_achieved=96,
        output_unit="unit rumah",
        beneficiaries=1250,
    )

    page = reader.get("/opd/dinkes/").content.decode()

    assert "78,5 persen" in page and "Rp1,2 miliar dari Rp1,5 miliar" in page
    assert re.search(r'<progress[^>]*aria-labelledby="realisasi-\d+ program-\d+"', page)
    assert 'max="100" value="78.5"' in page and 'max="100" value="80.50"' in page
    assert "80,5 persen" in page
    assert "Keluaran: 96 dari 120 unit rumah" in page
    assert "Penerima manfaat: 1.250 orang" in page
    assert 'href="/opd/dinkes/data.csv"' in page and 'href="/opd/dinkes/data.json"' in page


def test_the_agency_page_shows_the_latest_report_of_each_programme(reader, dinkes):
    published(
        agency=dinkes,
        programme_name="Bedah Rumah",
        period_end=date(2026, 6, 30),
        physical_progress=Decimal("40"),
    )
    published(
        agency=dinkes,
        programme_name="Bedah Rumah",
        period_end=date(2026, 9, 30),
        physical_progress=Decimal("90"),
    )

    page = reader.get("/opd/dinkes/").content.decode()

    assert page.count('class="figure-card__title"') == 1
    assert "90 persen" in page and "40 persen" not in page


def test_data_page_filters_by_agency_region_and_year(reader, dinkes, pupr):
    published(
        agency=dinkes,
        programme_name="Posyandu Kapuas",
        region=region("kapuas"),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
    )
    published(
        agency=dinkes,
        programme_name="Posyandu Lama",
        region=region("kapuas"),
        period_start=date(2025, 1, 1),
        period_end=date(2025, 3, 31),
    )
    published(
        agency=pupr,
        programme_name="Jalan Kapuas",
        region=region("kapuas"),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
    )
    published(
        agency=dinkes,
        programme_name="Posyandu Katingan",
        region=region("katingan"),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
    )

    page = reader.get("/data/?opd=dinkes&wilayah=kapuas&tahun=2026").content.decode()
    rows = csv_rows(reader, "/data/laporan.csv?opd=dinkes&wilayah=kapuas&tahun=2026")
    document = reader.get("/data/laporan.json?opd=dinkes&wilayah=kapuas&tahun=2026").json()

    assert "Posyandu Kapuas" in page
    assert re.findall(r"Posyandu Lama|Jalan Kapuas|Posyandu Katingan", page) == []
    assert "1 laporan program sesuai saringan" in page
    assert 'href="/data/laporan.csv?opd=dinkes&amp;wilayah=kapuas&amp;tahun=2026"' in page
    assert [row["programme"] for row in rows] == ["Posyandu Kapuas"]
    assert [row["programme"] for row in document["reports"]] == ["Posyandu Kapuas"]
    assert document["filters"] == {"agency": "dinkes", "region": "kapuas", "year": 2026}


def test_an_unreadable_year_is_ignored_and_an_unknown_agency_has_no_rows(reader, dinkes):
    published(agency=dinkes, programme_name="Posyandu Keliling")

    assert "Posyandu Keliling" in reader.get("/data/?tahun=dua-ribu").content.decode()
    assert "Posyandu Keliling" not in reader.get("/data/?opd=tidak-ada").content.decode()
    assert reader.get("/opd/tidak-ada/data.csv").status_code == 404


def test_data_page_links_each_row_to_its_agency_and_its_published_article(reader, dinkes):
    article = ArticlePageFactory(title="Posyandu Keliling Jangkau 24 Desa")
    draft = ArticlePageFactory(title="Draf Jalan", live=False)
    published(agency=dinkes, programme_name="Posyandu Keliling", article=article)
    published(agency=dinkes, programme_name="Jalan Desa", article=draft)

    page = reader.get("/data/").content.decode()
    rows = {row["programme"]: row for row in reader.get("/data/laporan.json").json()["reports"]}

    assert 'href="/opd/dinkes/"' in page
    assert f'href="{article.url}"' in page
    assert draft.url not in page
    assert rows["Posyandu Keliling"]["article_url"] == f"http://testserver{article.url}"
    assert rows["Jalan Desa"]["article_url"] is None


def test_csv_is_utf8_with_bom_raw_numbers_and_neutralised_formulas(reader, dinkes):
    published(
        agency=dinkes,
        programme_name='=HYPERLINK("http://jahat")',
        narrative="-2+3 warga",
        budget_ceiling=1_250_000_000,
        budget_realisation=0,
        physical_progress=Decimal("78.50"),
        beneficiaries=None,
    )

    response = reader.get("/data/laporan.csv")
    row = csv_rows(reader, "/data/laporan.csv")[0]

    assert response.content.startswith("\ufeff".encode())
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert row["programme"] == '\'=HYPERLINK("http://jahat")'
    assert row["narrative"] == "'-2+3 warga"
    assert (row["budget_ceiling"], row["budget_realisation"]) == ("1250000000", "0")
    assert (row["realisation_percent"], row["physical_progress"]) == ("0", "78.5")
    assert (row["beneficiaries"], row["beneficiaries_unit"]) == ("", "")


def test_the_documented_fields_are_the_csv_header_and_the_json_keys(reader, dinkes):
    published(agency=dinkes)
    documented = documented_fields()

    header = next(
        csv.reader(io.StringIO(reader.get("/data/laporan.csv").content.decode("utf-8-sig")))
    )
    document = reader.get("/data/laporan.json").json()
    schema_page = reader.get("/data/skema/").content.decode()

    assert header == [field for field in documented if field != "documents"]
    assert list(document["reports"][0]) == documented
    assert re.findall(r'<th scope="row"><code>([a-z_]+)</code>', schema_page) == documented
    assert set(document) == {
        "schema_version",
        "generated_at",
        "source",
        "licence",
        "filters",
        "count",
        "limit",
        "reports",
    }


@pytest.mark.time_machine("2026-11-30 09:15:00+07:00", tick=False)
def test_json_has_when_it_was_made_its_licence_and_stable_ids(reader, dinkes):
    report = published(agency=dinkes, budget_ceiling=None, budget_realisation=None)

    document = reader.get("/data/laporan.json").json()
    row = document["reports"][0]

    assert document["generated_at"] == "2026-11-30T09:15:00+07:00"
    assert document["licence"]["name"] == "CC BY 4.0"
    assert document["count"] == 1 and document["schema_version"] == 1
    assert row["id"] == report.pk
    assert row["budget_ceiling"] is None and row["realisation_percent"] is None
    assert row["physical_progress"] == 80 and row["year"] == 2026


def test_query_counts_do_not_grow_with_rows(reader, dinkes):
    def queries(url):
        reader.get(url)  # Wagtail's site root paths, cached after a first read
        with CaptureQueriesContext(connection) as context:
            assert reader.get(url).status_code == 200
        return len(context)

    def add_reports(count):
        for _ in range(count):
            report = published(agency=dinkes, article=ArticlePageFactory())
            ReportDocument.objects.create(report=report, document=DocumentFactory())

    urls = [
        "/data/",
        "/data/laporan.csv",
        "/data/laporan.json",
        "/opd/dinkes/",
        "/opd/dinkes/data.json",
    ]
    add_reports(2)
    few = {url: queries(url) for url in urls}
    add_reports(8)
    many = {url: queries(url) for url in urls}

    assert many == few


def test_downloads_are_bounded(reader, dinkes, settings):
    settings.OPEN_DATA_MAX_ROWS = 2
    for _ in range(3):
        published(agency=dinkes)

    document = reader.get("/data/laporan.json").json()

    assert document["count"] == 2 and document["limit"] == 2
    assert len(csv_rows(reader, "/data/laporan.csv")) == 2


def test_other_agencies_figures_stay_off_an_agency_page(reader, dinkes, pupr):
    published(agency=pupr, programme_name="Jalan Mantap")
    AgencyFactory()

    assert "Jalan Mantap" not in reader.get("/opd/dinkes/").content.decode()
    assert csv_rows(reader, "/opd/dinkes/data.csv") == []


def test_data_pages_keep_the_filters_and_survive_odd_queries(reader, dinkes):
    for _ in range(30):
        published(agency=dinkes)

    first = reader.get("/data/?opd=dinkes").content.decode()
    second = reader.get("/data/?opd=dinkes&page=2").content.decode()

    assert 'href="?opd=dinkes&amp;page=2"' in first and "Halaman 1 dari 2" in first
    assert "Halaman 2 dari 2" in second and second.count("<tr>") == 1 + 5
    for query in ["page=abc", "tahun=99999999999", "opd=%00", "wilayah=<script>", "page=-1"]:
        response = reader.get(f"/data/?{query}")
        assert response.status_code == 200, query
        assert "<script>" not in response.content.decode().split("<main", 1)[1], query
