"""The browser enforces the site's Content-Security-Policy and nothing on the site breaks it.

Every browser test fails on a violation (tests/e2e/conftest.py); these tests pin that the
policy is really enforced, that a violation is really caught, and walk the pages and
widgets the other browser tests do not: the video player and every tab of the editor.
"""

import pytest
from playwright.sync_api import expect

from tests.support.admin_browser import log_in, open_tab, screenshot_on_failure

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def enforced_policy(response) -> dict[str, list[str]]:
    headers = response.all_headers()
    assert "content-security-policy-report-only" not in headers
    parts = (part.split() for part in headers["content-security-policy"].split(";"))
    return {name: sources for name, *sources in parts if name}


def test_an_inline_script_is_refused_and_reported(page, newsroom, csp_violations):
    enforced_policy(page.goto("/"))

    ran = page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.body.append(script);
            return window.injected === true;
        }"""
    )

    assert ran is False
    # Reported twice: the document's securitypolicyviolation event and Chromium's console.
    for _ in range(50):
        if len(csp_violations) >= 2:
            break
        page.wait_for_timeout(100)
    events = [v for v in csp_violations if "directive" in v]
    console = [v["console"] for v in csp_violations if "console" in v]
    assert [event["directive"] for event in events] == ["script-src-elem"]
    assert events[0]["disposition"] == "enforce" and events[0]["page"] == "/"
    assert len(console) == 1 and "inline script" in console[0]
    csp_violations.clear()  # caught as it should be: not this test's failure


def test_public_pages_and_the_video_player_keep_to_the_strict_policy(page, newsroom):
    feature = newsroom["feature"]
    for path in ["/", feature.url, f"/cari/?q={newsroom['search_word']}"]:
        policy = enforced_policy(page.goto(path))
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path

    page.goto(feature.url)
    # Its JSON-LD is a data block: present, and (as the teardown checks) never refused.
    expect(page.locator("script[type='application/ld+json']")).not_to_have_count(0)
    page.locator(".video__play").first.click()
    # The player's frame is allowed by frame-src (its request is then cut off by the test).
    expect(page.locator("iframe[src*='youtube-nocookie.com/embed/']")).to_have_count(1)


def test_every_tab_of_the_article_editor_keeps_to_the_admin_policy(page, newsroom, people):
    article = newsroom["feature"]
    try:
        log_in(page, people["Administrator"])
        response = page.goto(f"/admin/pages/{article.pk}/edit/")
        assert enforced_policy(response)["object-src"] == ["'none'"]
        tabs = page.locator("[role='tablist'].w-tabs__list").first.locator("[role='tab']")
        expect(tabs.first).to_be_visible()
        labels = [label.strip() for label in tabs.all_inner_texts()]
        assert {"Konten", "Taksonomi", "Media Sosial", "Promosi"} <= set(labels), labels
        for label in labels:
            open_tab(page, label)
            expect(page.get_by_role("tabpanel", name=label)).to_be_visible()
        expect(page.locator("[data-mmc-preview='x'] [data-mmc-preview-caption]")).to_contain_text(
            article.title
        )
        # The schedule dialog's date widgets are set up by Wagtail's own inline scripts.
        page.locator("[data-side-panel-toggle='status']").first.click()
        page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
        page.locator("#schedule-publishing-dialog input[name='go_live_at']").click()
        expect(page.locator(".xdsoft_datetimepicker").first).to_be_visible()
        page.keyboard.press("Escape")
    except Exception:
        screenshot_on_failure(page, "csp-editor")
        raise
