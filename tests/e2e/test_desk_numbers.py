"""An operator types a report's budget in the real admin: Rupiah is grouped as they type, the
realisation shows its percentage of the ceiling, and one above the ceiling is warned about."""

import re

import pytest
from playwright.sync_api import expect

from desk.factories import OperatorFactory
from desk.models import ProgrammeReport
from news.factories import AgencyFactory, region
from tests.support.admin_browser import log_in, screenshot_on_failure
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def operator():
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes")
    user = OperatorFactory(agency=dinkes).user
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def without_autosave(settings):
    """Wagtail 8 autosaves a valid form half a second after each change; a save in flight
    when the person presses Simpan would race it. This test is about typing numbers, so
    every save here is one the person asked for."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def caret(field) -> int:
    return field.evaluate("field => field.selectionStart")


def test_rupiah_is_grouped_as_typed_and_a_realisation_above_the_ceiling_is_warned_about(
    page, operator, without_autosave
):
    try:
        log_in(page, operator)
        page.goto("/admin/desk/laporan/add/")
        page.locator("#id_programme_name").fill("Program Bedah Rumah")
        for field, day in (("#id_period_start", "01/07/2026"), ("#id_period_end", "30/09/2026")):
            page.locator(field).fill(day)
            page.keyboard.press("Escape")  # the date picker
        page.locator("#id_region").select_option(str(region("kapuas").pk))
        ceiling = page.locator("#id_budget_ceiling")
        realisation = page.locator("#id_budget_realisation")
        percent = page.locator("[data-realisasi-persen]")
        warning = page.locator("[data-realisasi-warning]")

        ceiling.press_sequentially("1250000000")
        expect(ceiling).to_have_value("1.250.000.000")
        assert caret(ceiling) == len("1.250.000.000")

        # A digit typed after the first one lands where the caret was, and the caret stays.
        ceiling.press("Home")
        ceiling.press("ArrowRight")
        ceiling.press_sequentially("9")
        expect(ceiling).to_have_value("19.250.000.000")
        assert caret(ceiling) == 2
        ceiling.press("Backspace")
        expect(ceiling).to_have_value("1.250.000.000")
        assert caret(ceiling) == 1

        realisation.press_sequentially("1300000000")
        expect(realisation).to_have_value("1.300.000.000")
        expect(warning).to_be_visible()
        expect(warning).to_contain_text("Realisasi melebihi pagu")
        expect(percent).to_have_text("Realisasi 104 persen dari pagu.")

        realisation.fill("")
        realisation.press_sequentially("980500000")
        expect(realisation).to_have_value("980.500.000")
        expect(warning).to_be_hidden()
        expect(percent).to_have_text("Realisasi 78,4 persen dari pagu.")

        # A percentage keeps its decimal comma.
        progress = page.locator("#id_physical_progress")
        progress.press_sequentially("78,5")
        expect(progress).to_have_value("78,5")

        page.locator("footer button.action-save, footer button[type='submit']").first.click()
        expect(page).to_have_url(re.compile(r"/admin/desk/laporan/$"))
        report = ProgrammeReport.objects.get()
        assert (report.budget_ceiling, report.budget_realisation) == (1_250_000_000, 980_500_000)
        assert str(report.physical_progress) == "78.50"
    except Exception:
        screenshot_on_failure(page, "desk-numbers")
        raise
