"""The agency page and /data/ in Debian's chromium: progress bars a screen reader can name
and read, filters that work without JavaScript, no CSP violation (the fixture fails on one),
axe-clean."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from desk.factories import ProgrammeReportFactory
from desk.models import ReviewStatus
from news.factories import AgencyFactory, ArticlePageFactory, region

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def figures(live_server):
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes")
    pupr = AgencyFactory(
        name="Dinas Pekerjaan Umum dan Penataan Ruang", short_name="PUPR", slug="pupr"
    )
    ArticlePageFactory(title="Posyandu Keliling Jangkau Desa Terpencil", agencies=[dinkes])
    ProgrammeReportFactory(
        agency=dinkes,
        programme_name="Bedah Rumah",
        review_status=ReviewStatus.ACCEPTED,
        is_public=True,
        budget_ceiling=1_500_000_000,
        budget_realisation=1_177_500_000,
        physical_progress=Decimal("80.5"),
        region=region("kapuas"),
    )
    ProgrammeReportFactory(
        agency=pupr,
        programme_name="Jalan Mantap",
        review_status=ReviewStatus.ACCEPTED,
        is_public=True,
        region=region("katingan"),
    )
    ProgrammeReportFactory(agency=dinkes, programme_name="Draf Rahasia")


def test_the_agency_page_shows_figures_as_named_progress_bars(page, figures, axe_violations):
    page.goto("/opd/dinkes/")

    budget = page.get_by_role("progressbar", name="Realisasi anggaran Bedah Rumah")
    physical = page.get_by_role("progressbar", name="Progres fisik Bedah Rumah")
    expect(budget).to_have_js_property("value", 78.5)
    expect(budget).to_have_js_property("max", 100)
    expect(physical).to_have_js_property("value", 80.5)
    expect(page.locator(".meter__value").first).to_have_text(
        "78,5 persen (Rp1,2 miliar dari Rp1,5 miliar)"
    )
    expect(page.locator(".meter__value").nth(1)).to_have_text("80,5 persen")
    expect(page.get_by_text("Posyandu Keliling Jangkau Desa Terpencil")).to_be_visible()
    expect(page.get_by_text("Draf Rahasia")).to_have_count(0)
    assert axe_violations() == []


@pytest.fixture
def page_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    yield context.new_page()
    context.close()


def test_data_page_filters_without_javascript(page_without_javascript, figures, live_server):
    page = page_without_javascript
    page.goto("/data/")
    expect(page.get_by_role("row")).to_have_count(3)  # the header and two reports

    page.get_by_label("OPD").select_option(label="Dinas Kesehatan")
    page.get_by_role("button", name="Tampilkan").click()

    expect(page).to_have_url(f"{live_server.url}/data/?opd=dinkes&wilayah=&tahun=")
    expect(page.get_by_text("1 laporan program sesuai saringan")).to_be_visible()
    expect(page.get_by_role("rowheader", name="Bedah Rumah", exact=False)).to_be_visible()
    expect(page.get_by_text("Jalan Mantap")).to_have_count(0)
    page.get_by_role("link", name="Dinkes").click()
    expect(page).to_have_url(f"{live_server.url}/opd/dinkes/")


def test_data_page_is_axe_clean(page, figures, axe_violations):
    page.goto("/data/")
    assert axe_violations() == []
    page.goto("/data/skema/")
    assert axe_violations() == []
