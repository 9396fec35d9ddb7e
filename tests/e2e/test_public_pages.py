"""The public portal in a real browser: no errors, no sideways scroll, alt on images, axe-clean."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE, DESKTOP = 375, 1280


def public_pages(newsroom):
    return {
        "home": "/",
        "article": newsroom["feature"].url,
        "news-index": "/berita/",
        "region": "/wilayah/kapuas/",
        "agency": "/opd/dinas-kesehatan/",
        "search": f"/cari/?q={newsroom['search_word']}",
    }


def horizontal_overflow(page):
    """(scrollWidth, clientWidth) of the document, and the widest elements that stick out."""
    return page.evaluate(
        """() => {
            const root = document.documentElement;
            const scrollsInside = (el) => {
                for (let box = el.parentElement; box !== document.body; box = box.parentElement) {
                    if (getComputedStyle(box).overflowX !== "visible") return true;
                }
                return false;
            };
            const culprits = [...document.querySelectorAll("body *")]
                .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
                .filter((el) => !scrollsInside(el))
                .slice(0, 5)
                .map((el) => el.outerHTML.slice(0, 120));
            return [root.scrollWidth, root.clientWidth, culprits];
        }"""
    )


def images_missing_alt_text(page):
    """<img> without alt, and decorative ones (alt="") that nothing else names for a reader.

    alt="" is fine inside aria-hidden, or on a link whose target another link names in text.
    """
    return page.evaluate(
        """() => {
            const named = new Set(
                [...document.links].filter((a) => a.textContent.trim()).map((a) => a.href)
            );
            const unnamed = (img) => {
                if (!img.hasAttribute("alt")) return true;
                if (img.alt !== "" || img.closest("[aria-hidden='true']")) return false;
                const link = img.closest("a");
                return Boolean(link) && !named.has(link.href);
            };
            return [...document.images].filter(unnamed).map((img) => img.outerHTML.slice(0, 160));
        }"""
    )


def describe_violations(violations):
    return "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


def problems_on(page, path, viewport_width, browser_errors, axe_violations):
    """Everything wrong with one public page, as readable lines (empty when it is sound)."""
    errors_before = len(browser_errors)
    response = page.goto(path)
    if response.status != 200:
        return [f"answered {response.status}"]
    problems = []

    if viewport_width == PHONE:
        scroll_width, client_width, culprits = horizontal_overflow(page)
        if scroll_width > client_width:
            problems.append(
                f"scrolls sideways: scrollWidth {scroll_width} > clientWidth {client_width}; "
                f"sticking out: {culprits}"
            )

    unnamed_images = images_missing_alt_text(page)
    if unnamed_images:
        problems.append(f"images without alt text: {unnamed_images}")

    violations = axe_violations()
    if violations:
        problems.append(f"axe violations:\n{describe_violations(violations)}")

    if len(browser_errors) > errors_before:
        problems.append(f"browser errors: {browser_errors[errors_before:]}")
    return problems


@pytest.mark.parametrize("viewport_width", [PHONE, DESKTOP], ids=["phone-375", "desktop-1280"])
def test_public_pages_are_error_free_fit_the_screen_and_pass_axe(
    page, newsroom, browser_errors, axe_violations, viewport_width
):
    """One test per width walks every page type, so the content is built once per width."""
    report = []
    for name, path in public_pages(newsroom).items():
        problems = problems_on(page, path, viewport_width, browser_errors, axe_violations)
        report += [f"{name} {path}: {problem}" for problem in problems]
    assert not report, f"at {viewport_width}px:\n" + "\n".join(report)


def test_a_reader_walks_from_the_front_page_through_articles_to_a_search(
    page, newsroom, browser_errors
):
    main_heading = page.get_by_role("heading", level=1)

    feature, search_word = newsroom["feature"], newsroom["search_word"]

    page.goto("/")
    page.get_by_role("navigation", name="Rubrik").get_by_role("link", name="Kesehatan").click()
    expect(page).to_have_url(re.compile(r"/rubrik/kesehatan/$"))
    expect(main_heading).to_have_text("Kesehatan")
    expect(page.locator(".listing-header .eyebrow")).to_have_text("Rubrik")

    page.locator(".card__title a").first.click()
    expect(page).to_have_url(re.compile(rf"/berita/{feature.slug}/$"))
    expect(main_heading).to_have_text(feature.title)
    expect(page.locator(".read-also")).to_contain_text("Baca juga:")
    expect(page.locator("blockquote.quote")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Putar video"))).to_be_visible()

    related_link = page.get_by_role("region", name="Berita terkait").locator(".card__title a").first
    related_title = related_link.inner_text()
    related_link.click()
    expect(page).to_have_url(re.compile(r"/berita/[\w-]+/$"))
    expect(page).not_to_have_url(re.compile(feature.slug))
    expect(main_heading).to_have_text(related_title)
    expect(page.locator("body")).to_have_class("page-article")

    byline_link = page.locator(".byline a").first
    reporter_name = byline_link.inner_text()
    byline_link.click()
    expect(page).to_have_url(re.compile(r"/pewarta/[\w-]+/$"))
    expect(main_heading).to_have_text(reporter_name)
    expect(page.locator(".listing-header .eyebrow")).to_have_text("Pewarta")
    expect(page.locator(".card").first).to_be_visible()

    search_box = page.get_by_role("searchbox", name="Cari berita")
    search_box.fill(search_word)
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(rf"/cari/\?q={search_word}$"))
    expect(main_heading).to_have_text("Cari berita")
    expect(page.locator(".result-count")).to_contain_text(f'hasil untuk "{search_word}"')
    result_titles = page.locator(".card__title").all_inner_texts()
    assert result_titles, "the search found nothing"
    assert all(search_word in title.lower() for title in result_titles), result_titles

    assert not browser_errors, browser_errors
