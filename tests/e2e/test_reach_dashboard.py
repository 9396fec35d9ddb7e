"""The Jangkauan (reach) dashboard, driven in a browser by an analis and refused to a pewarta.

Two articles in two regions and rubriks are read on the site every day for twenty days and
posted on X and Facebook, whose counters are read a few times. The analis opens the
dashboard from the menu, sees the chart drawn and the tables filled, narrows the range and
the region, and downloads a CSV; tests/analytics/ checks the same sums without a browser.
"""

import csv
import io
import re
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from analytics.factories import MetricSnapshotFactory
from news.factories import ArticlePageFactory, region, rubrik
from news.models import DailyArticleViews
from syndication.factories import SocialAccountFactory, SyndicationFactory
from tests.support.admin_browser import log_in, screenshot_on_failure

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DAYS = 20
FLOOD_DAILY, SCHOOL_DAILY = 1_500, 250


@pytest.fixture
def reach_data(live_server):
    """Kapuas/kesehatan: 1.500 reads a day; Katingan/pendidikan: 250 a day, for 20 days.

    Counters are read at WIB midnights, the last one today's: the browser keeps the real
    clock, so the data is laid out by the WIB day rather than at a pinned moment.
    """
    now, today = timezone.now(), timezone.localdate()
    kapuas = region("kapuas")
    flood = ArticlePageFactory(
        title="Banjir Kapuas Mulai Surut",
        region=kapuas,
        rubrik=rubrik("kesehatan"),
        first_published_at=now - timedelta(days=DAYS),
    )
    school = ArticlePageFactory(
        title="Sekolah di Katingan Kembali Dibuka",
        region=region("katingan"),
        rubrik=rubrik("pendidikan"),
        first_published_at=now - timedelta(days=DAYS),
    )
    for back in range(DAYS):
        day = today - timedelta(days=back)
        DailyArticleViews.objects.create(page=flood, date=day, views=FLOOD_DAILY)
        DailyArticleViews.objects.create(page=school, date=day, views=SCHOOL_DAILY)
    x = SocialAccountFactory(platform="x", name="@mmckalteng", base_url="http://x.test")
    facebook = SocialAccountFactory(platform="facebook", base_url="http://facebook.test")
    midnight = timezone.make_aware(datetime.combine(today, time.min))
    readings = [midnight - timedelta(days=back) for back in (15, 10, 5, 2, 0)]
    posted = {"age": timedelta(days=DAYS), "posted": True}
    flood_x = SyndicationFactory(account=x, page=flood, **posted)
    school_x = SyndicationFactory(account=x, page=school, **posted)
    flood_fb = SyndicationFactory(account=facebook, page=flood, **posted)
    for n, at in enumerate(readings, start=1):
        MetricSnapshotFactory(
            syndication=flood_x, collected_at=at, views=1_000 * n, reach=800 * n, likes=10 * n
        )
        MetricSnapshotFactory(
            syndication=school_x, collected_at=at, views=4_000 * n, reach=3_000 * n
        )
    for at, views, reach, comments in [(readings[2], 300, 250, 2), (readings[-1], 700, 650, 7)]:
        MetricSnapshotFactory(
            syndication=flood_fb, collected_at=at, views=views, reach=reach, comments=comments
        )
    return {"kapuas": kapuas, "flood": flood, "school": school}


def chart_state(page):
    return page.evaluate(
        """() => {
            const canvas = document.getElementById("reach-series-canvas");
            const chart = window.Chart && Chart.getChart(canvas);
            if (!chart) return null;
            return {
                width: canvas.width,
                height: canvas.height,
                labels: chart.data.labels.length,
                datasets: chart.data.datasets.map((set) => ({
                    label: set.label,
                    sum: set.data.reduce((total, value) => total + value, 0),
                })),
            };
        }"""
    )


def headline(page, label):
    return page.locator(".mmc-reach-total", has=page.locator("h3", has_text=label)).locator(
        "strong"
    )


def comparison_row(page, label):
    table = page.locator("table.listing").first
    return table.locator("tbody tr", has=page.locator("td", has_text=re.compile(f"^{label}$")))


def region_table(page):
    return page.locator("h2", has_text="Per Wilayah").locator("xpath=following-sibling::table[1]")


def test_an_analis_reads_narrows_and_downloads_reach(page, people, reach_data, browser_errors):
    try:
        log_in(page, people["Analis"])
        page.get_by_role("link", name="Jangkauan").first.click()
        expect(page).to_have_url(re.compile(r"/admin/jangkauan/$"))
        expect(page.get_by_role("heading", name="Jangkauan", level=1)).to_be_visible()

        # Default range: 30 days, so all 20 days of reads.
        expect(page.locator("select[name='rentang']")).to_have_value("30")
        expect(headline(page, "Situs MMC")).to_have_text("35.000")
        page.wait_for_function(
            "() => window.Chart && Chart.getChart(document.getElementById('reach-series-canvas'))"
        )
        chart = chart_state(page)
        assert chart["width"] > 0 and chart["height"] > 0
        assert chart["labels"] == 30
        sums = {row["label"]: row["sum"] for row in chart["datasets"]}
        assert set(sums) == {"Situs MMC", "Facebook", "Instagram", "X", "YouTube"}
        assert sums["Situs MMC"] == DAYS * (FLOOD_DAILY + SCHOOL_DAILY)
        # Platforms: growth of each post's readings, which add up to the latest counts.
        assert (sums["X"], sums["Facebook"]) == (25_000, 700)
        # X: each post's latest reading (5.000 + 20.000); Facebook: 700.
        x_row = comparison_row(page, "X")
        expect(x_row.locator("td")).to_have_text(["X", "2", "25.000", "–", "50", "12.500,0"])
        expect(comparison_row(page, "Facebook").locator("td").nth(2)).to_have_text("700")
        expect(region_table(page).locator("tbody tr")).to_have_count(2)
        expect(region_table(page).locator("tbody tr").first.locator("td")).to_have_text(
            ["Kabupaten Kapuas", "30.000", "5.700", "4.650", "57"]
        )
        expect(page.get_by_role("heading", name="20 artikel teratas")).to_be_visible()

        # Seven days: the site counts a week of reads; the chart redraws with 7 days.
        page.locator("select[name='rentang']").select_option("7")
        page.get_by_role("button", name="Terapkan").click()
        expect(page).to_have_url(re.compile(r"rentang=7"))
        expect(headline(page, "Situs MMC")).to_have_text("12.250")
        page.wait_for_function(
            "() => Chart.getChart(document.getElementById('reach-series-canvas'))"
        )
        chart = chart_state(page)
        assert chart["labels"] == 7
        sums = {row["label"]: row["sum"] for row in chart["datasets"]}
        assert sums["Situs MMC"] == 7 * (FLOOD_DAILY + SCHOOL_DAILY)
        assert sums["X"] == 3 * (1_000 + 4_000)  # readings 5 and 2 days ago, and today

        # Back to 30 days, only Kapuas: the Katingan article drops out everywhere.
        page.locator("select[name='rentang']").select_option("30")
        page.locator("select[name='wilayah']").select_option(str(reach_data["kapuas"].pk))
        page.get_by_role("button", name="Terapkan").click()
        expect(page).to_have_url(re.compile(rf"wilayah={reach_data['kapuas'].pk}"))
        expect(headline(page, "Situs MMC")).to_have_text("30.000")
        expect(comparison_row(page, "X").locator("td")).to_have_text(
            ["X", "1", "5.000", "–", "50", "5.000,0"]
        )
        expect(region_table(page).locator("tbody tr")).to_have_count(1)
        expect(region_table(page)).not_to_contain_text("Katingan")
        expect(page.locator("body")).not_to_contain_text(reach_data["school"].title)

        # The comparison table's CSV carries the filter and Indonesian numbers.
        link = page.locator("a[href*='table=platform']")
        assert f"wilayah={reach_data['kapuas'].pk}" in link.get_attribute("href")
        with page.expect_download() as download_info:
            link.click()
        download = download_info.value
        assert re.fullmatch(r"jangkauan-platform-\d{8}-\d{8}\.csv", download.suggested_filename)
        with open(download.path(), encoding="utf-8") as handle:
            rows = list(csv.reader(io.StringIO(handle.read())))
        assert rows[0] == [
            "Platform",
            "Artikel",
            "Tayangan",
            "Jangkauan",
            "Interaksi",
            "Tayangan/artikel",
        ]
        by_label = {row[0]: row[1:] for row in rows[1:]}
        assert by_label["Situs MMC"] == ["1", "30.000", "", "", "30.000,0"]
        assert by_label["X"] == ["1", "5.000", "", "50", "5.000,0"]
        assert by_label["Facebook"] == ["1", "700", "650", "7", "700,0"]
        assert by_label["YouTube"] == ["0", "0", "", "0", "0"]
    except Exception:
        screenshot_on_failure(page, "reach-dashboard-analis")
        raise
    assert browser_errors == []


def test_a_pewarta_has_no_reach_dashboard(page, people, reach_data, browser_errors):
    log_in(page, people["Pewarta"])
    expect(page.locator("a[href='/admin/jangkauan/']")).to_have_count(0)
    expect(page.get_by_role("link", name="Jangkauan")).to_have_count(0)

    # Wagtail's admin turns the view's PermissionDenied into a redirect to the dashboard.
    for path in ("/admin/jangkauan/", "/admin/jangkauan/export/?table=platform"):
        response = page.goto(path)
        assert response.status == 403 or response.url.endswith("/admin/"), (path, response.url)
        expect(page.locator("body")).not_to_contain_text("Perbandingan platform")
    assert browser_errors == []
