"""The OPD data desk from request to published figures, driven through the real admin.

Diskominfo's Pengelola Data asks two agencies for data; Dinas Kesehatan's operator sees only
their own requests, fills a report with numbers typed the Indonesian way and a photo, and
submits it; the newsroom returns it with a note; the operator fixes it and submits again; it
is accepted and made public; a reporter claims it and makes the article; an editor publishes
it. The agency's public page and /data/ then show the figures, and the board shows the
request answered on time. Django's test client covers each rule in tests/desk/; this test
proves the screens in between work for the people who use them.
"""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from desk.factories import DataRequestFactory, OperatorFactory
from desk.models import DataRequest, ProgrammeReport, ReviewStatus
from news.factories import AgencyFactory, ReporterFactory, region
from news.models import ArticlePage
from tests.support.admin_browser import footer_action, log_in, modal, screenshot_on_failure
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROGRAMME = "Realisasi Program Jaminan Kesehatan Daerah Triwulan III"
OTHER_AGENCYS_REQUEST = "Realisasi pembangunan jalan provinsi"
NOTE = "Lengkapi jumlah penerima manfaat."


@pytest.fixture
def agencies():
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes", slug="dinas-kesehatan")
    pupr = AgencyFactory(
        name="Dinas Pekerjaan Umum dan Penataan Ruang", short_name="PUPR", slug="pupr"
    )
    return dinkes, pupr


@pytest.fixture
def operator(agencies, django_user_model):
    user = django_user_model.objects.create_user(
        username="opd", password=PASSWORD, first_name="Siti", last_name="Rahmawati"
    )
    return OperatorFactory(user=user, agency=agencies[0]).user


@pytest.fixture
def photo(tmp_path):
    """A photo from the agency's camera: a real JPEG, 1200 × 800."""
    path = tmp_path / "pelayanan-jkn.jpg"
    Image.radial_gradient("L").resize((1200, 800)).convert("RGB").save(path, "JPEG")
    return path


@pytest.fixture
def without_autosave(settings):
    """Every save in this walk is one a person asked for (see test_editorial_flow)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def wib_date(day) -> str:
    return day.strftime("%d/%m/%Y")


def fill_date(page, selector: str, day) -> None:
    page.locator(selector).fill(wib_date(day))
    page.keyboard.press("Escape")  # the date picker


def send_request(page, today, agencies) -> DataRequest:
    page.goto("/admin/desk/permintaan/add/")
    page.locator("#id_programme").fill(PROGRAMME)
    page.locator("#id_details").fill("Mohon sertakan foto kegiatan dan jumlah penerima.")
    fill_date(page, "#id_period_start", today.replace(day=1) - timedelta(days=92))
    fill_date(page, "#id_period_end", today.replace(day=1) - timedelta(days=1))
    fill_date(page, "#id_due_date", today + timedelta(days=14))
    for agency in agencies:
        page.get_by_label(str(agency), exact=True).check()
    page.locator("footer button.action-save").first.click()
    expect(page.locator(".messages")).to_contain_text(PROGRAMME)
    return DataRequest.objects.get(programme=PROGRAMME)


def fill_report(page, today, photo, answering) -> None:
    page.goto("/admin/desk/laporan/add/")
    page.locator("#id_request").select_option(str(answering.pk))
    page.locator("#id_programme_name").fill("Jaminan Kesehatan Daerah")
    page.locator("#id_activity_name").fill("Pembayaran iuran peserta PBI daerah")
    fill_date(page, "#id_period_start", today.replace(day=1) - timedelta(days=92))
    fill_date(page, "#id_period_end", today.replace(day=1) - timedelta(days=1))
    page.locator("#id_region").select_option(str(region("kapuas").pk))
    page.locator("#id_kecamatan").fill("Selat")
    page.locator("#id_budget_ceiling").press_sequentially("1250000000")
    expect(page.locator("#id_budget_ceiling")).to_have_value("1.250.000.000")
    page.locator("#id_budget_realisation").fill("980.500.000")
    page.locator("#id_physical_progress").fill("78,5")
    page.locator("#id_output_target").fill("12.000")
    page.locator("#id_output_achieved").fill("9.420")
    page.locator("#id_output_unit").fill("orang")
    page.locator("#id_narrative").fill("Iuran peserta dibayar tepat waktu setiap bulan.")
    page.locator("#id_contact_name").fill("Siti Rahmawati")
    attach_photo(page, photo)


def attach_photo(page, photo) -> None:
    """Add a photo row, then upload the picture from the chooser's upload tab."""
    page.get_by_role("button", name=re.compile(r"Tambah foto", re.I)).click()
    page.locator("[id^='id_photos-'] [data-chooser-action-choose]").last.click()
    dialog = modal(page)
    expect(dialog).to_be_visible()
    dialog.get_by_role("tab", name=re.compile("Unggah", re.I)).click()
    dialog.locator("input[type='file']").set_input_files(str(photo))
    dialog.locator("input[name$='title']").fill("Pelayanan peserta JKN di Kuala Kapuas")
    dialog.locator("form button[type='submit'], form input[type='submit']").last.click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#id_photos-FORMS")).to_contain_text("Pelayanan peserta JKN")


def review(page, report, decision: str, note: str = "") -> None:
    page.goto(f"/admin/desk/laporan/{report.pk}/tinjau/")
    if note:
        page.locator("#id_comment").fill(note)
    page.get_by_role("button", name=decision).click()
    page.wait_for_load_state("load")


def test_a_data_request_becomes_a_published_story_and_public_figures(
    open_browser, people, agencies, operator, photo, without_autosave
):
    dinkes, pupr = agencies
    today = timezone.localdate()
    DataRequestFactory(programme=OTHER_AGENCYS_REQUEST, agencies=[pupr])
    pages = {}
    try:
        # 1. The Pengelola Data asks Dinas Kesehatan and PUPR for their figures.
        pages["pengelola"] = desk_staff = open_browser()
        log_in(desk_staff, people["Pengelola Data"])
        sent = send_request(desk_staff, today, agencies)
        assert set(sent.recipients.values_list("agency__slug", flat=True)) == {
            "dinas-kesehatan",
            "pupr",
        }

        # 2. The operator sees their own agency's requests, never PUPR's alone.
        pages["opd"] = agency = open_browser()
        log_in(agency, operator)
        agency.goto("/admin/desk/permintaan/")
        expect(agency.locator("main")).to_contain_text(PROGRAMME)
        expect(agency.locator("main")).not_to_contain_text(OTHER_AGENCYS_REQUEST)

        # 3. They fill a report, numbers as they would write them, with a photo, and submit.
        fill_report(agency, today, photo, sent)
        footer_action(agency, "button[name='action-ajukan']").click()
        expect(agency.locator(".messages")).to_contain_text("diajukan")
        report = ProgrammeReport.objects.get()
        assert report.review_status == ReviewStatus.SUBMITTED
        assert (report.budget_ceiling, report.budget_realisation) == (1_250_000_000, 980_500_000)
        assert report.physical_progress == Decimal("78.5")
        assert report.photos.count() == 1
        assert report.agency == dinkes

        # 4. The newsroom returns it with a note, which the operator reads on the report.
        review(desk_staff, report, "Kembalikan dengan catatan", NOTE)
        report.refresh_from_db()
        assert report.review_status == ReviewStatus.RETURNED
        agency.goto(f"/admin/desk/laporan/edit/{report.pk}/")
        expect(agency.locator("main")).to_contain_text(NOTE)

        # 5. The operator adds what was missing and submits again; the newsroom accepts it
        # and makes its figures public.
        agency.locator("#id_beneficiaries").fill("9.420")
        agency.locator("#id_beneficiaries_unit").fill("orang")
        footer_action(agency, "button[name='action-ajukan']").click()
        expect(agency.locator(".messages")).to_contain_text("diajukan")
        review(desk_staff, report, "Terima")
        desk_staff.goto(f"/admin/desk/laporan/edit/{report.pk}/")
        desk_staff.locator("#id_is_public").check()
        desk_staff.locator("footer button.action-save").first.click()
        expect(desk_staff.locator(".messages")).to_be_visible()
        report.refresh_from_db()
        assert (report.review_status, report.is_public, report.beneficiaries) == (
            ReviewStatus.ACCEPTED,
            True,
            9420,
        )

        # 6. A reporter claims it and makes the article; an editor publishes it.
        ReporterFactory(name="Dewi Lestari", slug="dewi-lestari", user=people["Pewarta"])
        pages["pewarta"] = reporter = open_browser()
        log_in(reporter, people["Pewarta"])
        reporter.goto(f"/admin/desk/laporan/{report.pk}/artikel/")
        reporter.get_by_role("button", name="Klaim laporan").click()
        reporter.get_by_role("button", name="Jadikan artikel").click()
        expect(reporter).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
        article = ArticlePage.objects.get()
        assert article.dateline == "KUALA KAPUAS"
        assert not article.live
        pages["redaktur"] = editor = open_browser()
        log_in(editor, people["Redaktur"])
        editor.goto(f"/admin/pages/{article.pk}/edit/")
        footer_action(editor, "button[name='action-publish']").click()
        expect(editor.locator(".messages")).to_contain_text(article.title)
        article.refresh_from_db()
        assert article.live

        # 7. The public sees the figures and the story; the board shows the answer on time.
        reader = open_browser()
        reader.goto("/opd/dinas-kesehatan/")
        expect(reader.locator("main")).to_contain_text("Jaminan Kesehatan Daerah")
        expect(reader.get_by_role("progressbar").first).to_be_visible()
        expect(reader.locator("main")).to_contain_text("78,5 persen")
        expect(reader.locator("main")).to_contain_text(article.title)
        reader.goto("/data/")
        expect(reader.locator("main")).to_contain_text("Jaminan Kesehatan Daerah")
        # The board counts a request in the period its due date falls in.
        until = today + timedelta(days=30)
        period = f"rentang=custom&dari={wib_date(today)}&sampai={wib_date(until)}"
        desk_staff.goto(f"/admin/desk/kinerja/?{period}")
        row = desk_staff.locator("tbody tr", has_text="Dinas Kesehatan")
        # received, answered, % on time, median days, late now, reports, articles, days since
        assert row.locator("td").all_inner_texts()[2:] == [
            "1",
            "1",
            "100,0",
            "0",
            "0",
            "1",
            "1",
            "0",
        ]
    except Exception:
        for name, shown in pages.items():
            screenshot_on_failure(shown, f"desk-walk-{name}")
        raise
