"""Kinerja Data OPD in a browser: the demo Pengelola Data opens it and reads the table and chart.

The desk is seeded as the demo seeds it (a year of monthly requests to every agency), so this
is the board a newcomer sees on first start; the page's CSP is checked at teardown.
"""

import re

import pytest
from playwright.sync_api import expect

from demo.desk import seed_desk
from demo.seeding import seed_agencies
from desk.models import DataRequestRecipient
from news.models import Agency
from tests.support.admin_browser import log_in, screenshot_on_failure
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_pengelola(live_server, settings):
    settings.DEMO_PASSWORD = PASSWORD  # log_in types the tests' password
    seed_agencies()
    seed_desk()
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="pengelola")


def chart_state(page):
    return page.evaluate(
        """() => {
            const canvas = document.getElementById("board-chart-canvas");
            const chart = window.Chart && Chart.getChart(canvas);
            if (!chart) return null;
            return {
                height: canvas.height,
                bars: chart.data.labels.length,
                requests: chart.data.datasets.reduce(
                    (total, set) => total + set.data.reduce((sum, value) => sum + value, 0), 0),
            };
        }"""
    )


def test_the_demo_pengelola_data_reads_the_board_and_sorts_it(page, demo_pengelola, browser_errors):
    try:
        log_in(page, demo_pengelola)
        page.get_by_role("link", name="Kinerja Data OPD").first.click()
        expect(page).to_have_url(re.compile(r"/admin/desk/kinerja/$"))
        expect(page.get_by_role("heading", name="Kinerja Data OPD", level=1)).to_be_visible()
        expect(page.locator("select[name='rentang']")).to_have_value("12_bulan")

        agencies = Agency.objects.count()
        rows = page.locator("table.mmc-board-table tbody tr")
        expect(rows).to_have_count(agencies)
        expect(rows.first.locator("td").first).to_have_text("1")

        page.wait_for_function(
            "() => window.Chart && Chart.getChart(document.getElementById('board-chart-canvas'))"
        )
        chart = chart_state(page)
        assert chart["bars"] == agencies and chart["height"] > 0
        shown = sum(
            int(text.replace(".", ""))
            for text in page.locator(
                "table.mmc-board-table tbody tr td:nth-child(3)"
            ).all_inner_texts()
        )
        assert chart["requests"] == shown > 0
        assert shown <= DataRequestRecipient.objects.count()

        page.get_by_role("link", name=re.compile("^Terlambat sekarang")).click()
        expect(page.locator("th[aria-sort='ascending']")).to_have_text(
            re.compile("Terlambat sekarang")
        )
        late = [
            int(text)
            for text in page.locator(
                "table.mmc-board-table tbody tr td:nth-child(7)"
            ).all_inner_texts()
        ]
        assert late == sorted(late)
        assert browser_errors == []
    except Exception:
        screenshot_on_failure(page, "desk-board")
        raise
