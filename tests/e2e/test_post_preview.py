"""The reporter sees what will be posted: the Media Sosial tab's preview follows their typing."""

import re

import pytest
from playwright.sync_api import expect

from news.factories import ArticlePageFactory
from syndication.platforms.x import weighted_length
from tests.support.admin_browser import log_in, open_tab, screenshot_on_failure

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Harga Beras di Palangka Raya Stabil"
CUSTOM_X_TEXT = "Harga {naik} di pasar 🌾 {title}"


def test_typing_a_custom_x_text_changes_the_preview_and_its_weighted_count(page, people):
    reporter = people["Pewarta"]
    article = ArticlePageFactory(
        title=TITLE, owner=reporter, live=False, first_published_at=None, tags=["ekonomi"]
    )
    article.save_revision(user=reporter)
    try:
        log_in(page, reporter)
        page.goto(f"/admin/pages/{article.pk}/edit/")
        open_tab(page, "Media Sosial")
        preview = page.locator("[data-mmc-preview='x']")
        caption = preview.locator("[data-mmc-preview-caption]")
        count = preview.locator("[data-mmc-preview-count]")
        expect(preview).to_contain_text("Pratinjau kiriman")
        expect(caption).to_contain_text(TITLE)
        expect(count).to_have_text(re.compile(r"^\d+ / 280 karakter$"))
        expect(preview.locator("[data-mmc-preview-link]")).to_contain_text(
            "utm_source=x&utm_medium=social&utm_campaign=mmc&utm_content=pratinjau"
        )
        crop = page.locator("[data-mmc-preview='instagram'] [data-mmc-preview-image]")
        expect(crop).to_be_visible()
        page.wait_for_function(
            "image => image.complete && image.naturalWidth > 0", arg=crop.element_handle()
        )
        template_count = count.text_content()

        page.locator("textarea[name$='-text']").nth(2).fill(CUSTOM_X_TEXT)

        expect(caption).to_contain_text(f"Harga {{naik}} di pasar 🌾 {TITLE}")
        expect(count).not_to_have_text(template_count)
        shown = caption.text_content()
        expect(count).to_have_text(f"{weighted_length(shown)} / 280 karakter")
    except Exception:
        screenshot_on_failure(page, "post-preview")
        raise
