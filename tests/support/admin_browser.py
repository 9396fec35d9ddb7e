"""Helpers that drive the real Wagtail admin in Playwright (Indonesian UI).

Selectors prefer stable attributes (name=, data-*) over labels, so they survive a change
of translation; where a label is the only handle, it is the Indonesian one the admin shows.
"""

import re
from pathlib import Path

from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.support.english_ui import english_on_screen
from tests.support.people import PASSWORD
from tests.support.two_factor import code_for_secret, current_code

FAILURES = Path(__file__).resolve().parents[2] / "var" / "e2e-failures"


def log_in(page: Page, user) -> None:
    """Sign in through the admin's login form as one of the `people`.

    A Redaktur or Administrator then takes the second step as a person would: the first
    time they enrol by typing the key the page shows into the "app" (its code computed
    here), later they give the current code of their device.
    """
    page.goto("/admin/login/")
    page.locator("input[name='username']").fill(user.username)
    page.locator("input[name='password']").fill(PASSWORD)
    page.locator("form.login-form button[type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/(dua-langkah/(daftar/)?)?(\?.*)?$"))
    if "/dua-langkah/daftar/" in page.url:
        secret = page.locator("[data-two-factor-secret]").inner_text()
        page.locator("input[name='code']").fill(code_for_secret(secret))
        page.locator("form.login-form button[type='submit']").click()
    elif "/dua-langkah/" in page.url:
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        page.locator("input[name='code']").fill(current_code(device))
        page.locator("form.login-form button[type='submit']").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def modal(page: Page):
    return page.locator(".modal-dialog").last


def assert_reads_indonesian(page: Page) -> None:
    """The screen as it is now, open dialogs included, has no English UI text or US date."""
    problems = english_on_screen(page)
    assert problems == [], problems


def choose_in_modal(
    page: Page, opener, search: str, choice_text: str, *, link="a", check_language=False
) -> None:
    """Open a chooser modal, search it, and pick the result whose text is choice_text."""
    opener.click()
    dialog = modal(page)
    expect(dialog).to_be_visible()
    if check_language:
        assert_reads_indonesian(page)
    query = dialog.locator("input[name='q']")
    if search and query.count():
        query.fill(search)
    dialog.locator(link, has_text=choice_text).first.click()
    expect(dialog).to_be_hidden()


def chooser_button(page: Page, field_id: str):
    """The "choose" button of a chooser widget whose hidden input has id field_id."""
    return page.locator(f"#{field_id}-chooser button[data-chooser-action-choose]").first


def add_stream_block(page: Page, block_label: str) -> None:
    """Append a block to the (single) StreamField through the last "+" and the block picker."""
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=block_label, exact=True).click()


def open_tab(page: Page, label: str) -> None:
    page.get_by_role("tab", name=label, exact=True).click()


def footer_action(page: Page, selector: str):
    """A button of the footer action menu, opening its dropdown first when it is hidden.

    Wagtail binds the workflow buttons' dialogs on DOMContentLoaded; a click that lands
    before then submits the edit form instead, so wait for the page to finish loading."""
    page.wait_for_load_state("load")
    button = page.locator(f"footer {selector}").first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    expect(button).to_be_visible()
    return button


def screenshot_on_failure(page: Page, name: str) -> Path:
    FAILURES.mkdir(parents=True, exist_ok=True)
    target = FAILURES / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    (FAILURES / f"{name}.html").write_text(page.content())
    return target


def add_paragraph(page: Page, text: str) -> None:
    """Append a "Paragraf" block to the body and type text into its Draftail editor."""
    editors = page.locator("[data-contentpath='body'] [contenteditable='true']")
    before = editors.count()
    add_stream_block(page, "Paragraf")
    expect(editors).to_have_count(before + 1)
    editor = editors.nth(before)
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_have_text(text)
    # Draftail writes its hidden input after a short debounce; a form sent before then
    # saves an empty paragraph (which the server accepts, then refuses on the next save).
    page.wait_for_function(
        """(text) => [...document.querySelectorAll("input[name^='body-'][name$='-value']")]
            .some((input) => input.value.includes(text))""",
        arg=text,
    )
