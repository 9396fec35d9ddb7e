"""The newsroom's review workflow, driven through the real Wagtail admin in a browser.

A pewarta writes an article and submits it to "Review Redaksi"; a redaktur asks for a
change; the pewarta fixes it and resubmits; the redaktur schedules and approves it; the
beat task publishes it once its time has come. Django's test client covers the same
rules in tests/editorial/; this test proves the admin's forms, choosers and modals work.
"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Collection, WorkflowState

from mmc.tasks import publish_scheduled
from news.factories import ArticlePageFactory, ImageFactory, ReporterFactory
from news.models import ArticlePage, NewsIndexPage
from tests.support.admin_browser import (
    add_paragraph,
    add_stream_block,
    assert_reads_indonesian,
    choose_in_modal,
    chooser_button,
    footer_action,
    log_in,
    modal,
    open_tab,
    screenshot_on_failure,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Dinas PUPR Kalteng Perbaiki Jalan Kasongan"
FIXED_TITLE = "Dinas PUPR Kalteng Rampungkan Perbaikan Jalan Kasongan"
LEAD = "Perbaikan ruas jalan Kasongan sepanjang 12 kilometer ditargetkan selesai akhir tahun."
FIRST_PARAGRAPH = "Dinas PUPR Provinsi Kalimantan Tengah memperbaiki ruas jalan Kasongan."
ADDED_PARAGRAPH = "Kepala Dinas PUPR memastikan pekerjaan selesai sebelum musim hujan."
COMMENT = "Tambahkan kutipan Kepala Dinas PUPR."
RELATED_TITLE = "Jembatan Baru Diresmikan di Pulang Pisau"
IMAGE_TITLE = "Foto jalan Kasongan"
REPORTER_NAME = "Dewi Lestari"


@pytest.fixture
def desk(people):
    """What the pewarta finds in the admin: an image, a live article, a reporter profile."""
    news_collection = Collection.objects.get(name="Berita")
    image = ImageFactory(title=IMAGE_TITLE, collection=news_collection, file__width=1200)
    related = ArticlePageFactory(title=RELATED_TITLE, slug="jembatan-baru-pulang-pisau")
    reporter = ReporterFactory(name=REPORTER_NAME, slug="dewi-lestari", user=people["Pewarta"])
    return {"image": image, "related": related, "reporter": reporter}


def public_get(path):
    """A reader's GET on the live server's database (the test client shares it)."""
    return Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0").get(path)


def where_public(article_path):
    """Where a reader finds the article: its page's status, the home page, feed, sitemap."""

    def shows(path, text):
        return text in public_get(path).content.decode()

    return {
        "article": public_get(article_path).status_code,
        "home": shows("/", FIXED_TITLE),
        "feed": shows("/feed/", FIXED_TITLE),
        "sitemap": shows("/sitemap.xml", article_path),
    }


def write_article(page, news_index):
    """The pewarta's whole write-up, checking on each screen and dialog that it reads in
    Indonesian, and on the labels it uses that they are the Indonesian ones."""
    page.goto(f"/admin/pages/add/news/articlepage/{news_index.pk}/")
    assert_reads_indonesian(page)
    expect(page.locator("#id_title")).to_have_attribute("placeholder", "Judul halaman*")
    for tab in ("Konten", "Taksonomi", "Media Sosial", "Promosi"):
        expect(page.get_by_role("tab", name=tab, exact=True)).to_be_visible()
    for label in ("Ringkasan", "Dateline", "Foto utama", "Isi berita", "Pewarta"):
        heading = re.compile(rf"^\s*{label}\s*\*?\s*$")  # a required field's label ends with *
        expect(page.locator("label, h2, legend").filter(has_text=heading).first).to_be_visible()
    expect(chooser_button(page, "id_hero_image")).to_contain_text("Pilih gambar")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_ringkasan").fill(LEAD)
    page.locator("#id_dateline").fill("KASONGAN")
    choose_in_modal(
        page, chooser_button(page, "id_hero_image"), IMAGE_TITLE, IMAGE_TITLE, check_language=True
    )
    expect(page.locator("#id_hero_image-chooser")).to_contain_text(IMAGE_TITLE)
    page.locator("#id_hero_caption").fill("Alat berat meratakan jalan Kasongan")

    add_paragraph(page, FIRST_PARAGRAPH)
    add_stream_block(page, "Baca juga")
    read_also = page.locator("[data-contentpath='body'] [data-chooser-action-choose]").last
    choose_in_modal(
        page, read_also, RELATED_TITLE, RELATED_TITLE, link="a.choose-page", check_language=True
    )

    # The "Pewarta" inline panel starts with one empty form (min_num=1).
    choose_in_modal(
        page,
        page.locator("[id^='id_reporter_links-'] [data-chooser-action-choose]").first,
        REPORTER_NAME,
        REPORTER_NAME,
    )

    open_tab(page, "Taksonomi")
    choose_in_modal(page, chooser_button(page, "id_rubrik"), "", "Infrastruktur")
    choose_in_modal(page, chooser_button(page, "id_region"), "Katingan", "Katingan")
    expect(page.locator("footer button.action-save").first).to_contain_text("Simpan konsep")
    submit = footer_action(page, "button[name='action-submit']")
    expect(submit).to_contain_text("Ajukan ke Review Redaksi")
    assert_reads_indonesian(page)  # with the footer's menu of actions open


@pytest.fixture
def without_autosave(settings):
    """Wagtail 8 autosaves an open editor half a second after each change. Left on, a save
    still in flight when a workflow button is pressed makes a revision the other person's
    editing session then reports as a conflict, and which of the two requests wins is up
    to the machine's load. This test is about the review workflow, so every save here is
    one the person asked for."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def test_pewarta_submits_redaktur_requests_changes_then_schedules_and_beat_publishes(
    open_browser, people, desk, time_machine, without_autosave
):
    news_index = NewsIndexPage.objects.get()
    reporter_page = open_browser()
    editor_page = None
    try:
        # 1. The pewarta writes the article and submits it for review.
        log_in(reporter_page, people["Pewarta"])
        write_article(reporter_page, news_index)
        footer_action(reporter_page, "button[name='action-submit']").click()
        expect(reporter_page.locator(".messages")).to_contain_text(
            f"Halaman '{TITLE}' telah dibuat dan diajukan untuk review."
        )
        assert_reads_indonesian(reporter_page)
        article = ArticlePage.objects.get(title=TITLE)
        assert article.workflow_in_progress
        assert not article.live
        edit_path = f"/admin/pages/{article.pk}/edit/"

        # 2. The redaktur finds it waiting for review and asks for a change.
        editor_page = open_browser()
        log_in(editor_page, people["Redaktur"])
        waiting = editor_page.locator("section[aria-labelledby='panel-menunggu-review']")
        expect(waiting).to_contain_text(TITLE)
        waiting.get_by_role("link", name=TITLE).click()
        expect(editor_page).to_have_url(re.compile(rf"{edit_path}$"))
        footer_action(editor_page, "button[data-workflow-action-name='reject']").click()
        dialog = modal(editor_page)
        dialog.locator("textarea[name='comment']").fill(COMMENT)
        with editor_page.expect_navigation():
            dialog.locator("button[type='submit'], input[type='submit']").first.click()
        expect(editor_page.locator(".messages")).to_contain_text(TITLE)
        state = WorkflowState.objects.get(object_id=str(article.pk))
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

        # 3. The pewarta reads the comment, fixes the article and resubmits it.
        reporter_page.goto("/admin/")
        mine = reporter_page.locator("section[aria-labelledby='panel-artikel-saya']")
        expect(mine).to_contain_text("Perlu perbaikan")
        mine.get_by_role("link", name=TITLE).click()
        expect(reporter_page).to_have_url(re.compile(rf"{edit_path}$"))
        # The comment waits two clicks away: Status side panel, then the workflow dialog.
        comment = reporter_page.locator("#workflow-status-dialog").get_by_text(COMMENT)
        expect(comment).to_be_hidden()
        reporter_page.locator("[data-side-panel-toggle='status']").first.click()
        reporter_page.locator("[data-a11y-dialog-show='workflow-status-dialog']").first.click()
        expect(comment).to_be_visible()
        reporter_page.keyboard.press("Escape")
        expect(comment).to_be_hidden()
        reporter_page.locator("#id_title").fill(FIXED_TITLE)
        add_paragraph(reporter_page, ADDED_PARAGRAPH)
        footer_action(reporter_page, "button[name='action-submit']").click()
        expect(reporter_page.locator(".messages")).to_contain_text(FIXED_TITLE)
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS

        # 4. The redaktur schedules it a minute ahead (at least) and approves.
        editor_page.goto("/admin/")
        waiting = editor_page.locator("section[aria-labelledby='panel-menunggu-review']")
        waiting.get_by_role("link", name=FIXED_TITLE).click()
        expect(editor_page.locator("#id_title")).to_have_value(FIXED_TITLE)
        go_live_at = (timezone.localtime() + timedelta(minutes=2)).replace(second=0, microsecond=0)
        editor_page.locator("[data-side-panel-toggle='status']").first.click()
        editor_page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
        schedule = editor_page.locator("#schedule-publishing-dialog")
        go_live_input = schedule.locator("input[name='go_live_at']")
        go_live_input.fill(go_live_at.strftime("%d/%m/%Y %H:%M"))
        expect(go_live_input).to_have_value(go_live_at.strftime("%d/%m/%Y %H:%M"))
        # The date picker that pops up covers the dialog's "Save schedule" button, so it is
        # pressed from the keyboard (Tab out of the picker's field would open the next one).
        save_schedule = schedule.locator("button[type='submit']")
        save_schedule.focus()
        with editor_page.expect_navigation():
            save_schedule.press("Enter")
        expect(editor_page.locator("#id_title")).to_have_value(FIXED_TITLE)
        with editor_page.expect_navigation():
            footer_action(editor_page, "button[data-workflow-action-name='approve']").click()
        expect(editor_page.locator(".messages")).to_contain_text(FIXED_TITLE)

        # 5. Approved but not yet due: nowhere on the public site.
        article = ArticlePage.objects.get(pk=article.pk)
        assert not article.live
        assert article.latest_revision.approved_go_live_at == go_live_at
        article_path = "/berita/" + article.slug + "/"
        assert where_public(article_path) == {
            "article": 404,
            "home": False,
            "feed": False,
            "sitemap": False,
        }
        publish_scheduled()  # beat's task: not due yet, so nothing happens
        assert not ArticlePage.objects.get(pk=article.pk).live

        time_machine.move_to(go_live_at)  # the clock keeps going from there
        publish_scheduled()
        published = ArticlePage.objects.get(pk=article.pk)
        assert published.live
        assert published.editor == people["Redaktur"]
        assert where_public(article_path) == {
            "article": 200,
            "home": True,
            "feed": True,
            "sitemap": True,
        }
        reporter_page.goto(article_path)
        expect(reporter_page.get_by_role("heading", level=1)).to_have_text(FIXED_TITLE)
        byline = reporter_page.locator(".byline")
        expect(byline).to_contain_text(f"Pewarta: {REPORTER_NAME}")
        expect(byline).to_contain_text("Editor: Rina Wulandari")
        expect(byline).to_contain_text("Uploader: Dewi Lestari")
        expect(reporter_page.locator(".read-also")).to_contain_text(RELATED_TITLE)
        expect(reporter_page.locator(".article__body")).to_contain_text(ADDED_PARAGRAPH)
    except Exception:
        for name, shown in [("pewarta", reporter_page), ("redaktur", editor_page)]:
            if shown is not None:
                screenshot_on_failure(shown, f"editorial-flow-{name}")
        raise
