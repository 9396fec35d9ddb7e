"""Every admin screen each role can reach reads in Indonesian, with Indonesian date fields.

Each person of the `people` fixture (one per role; a new role there is crawled too), and an
Operator OPD of one agency, logs in and visits the main screens, every link of their menu,
and the admin links those screens lead to (each kind of screen once). Visible text, the
dialogs and drop-downs a click opens, and placeholders, titles and aria-labels go through the
English word detector of
tests/support/english_ui.py; a `mm/dd/yyyy` placeholder or a native date input fails too.
"""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Collection, Workflow

from analytics.factories import MetricSnapshotFactory
from desk.factories import DataRequestFactory, OperatorFactory, ProgrammeReportFactory
from desk.models import ReviewStatus
from news.factories import ArticlePageFactory, ImageFactory, ReporterFactory
from news.models import NewsIndexPage
from syndication.factories import SocialAccountFactory, SyndicationFactory
from tests.support.admin_browser import log_in
from tests.support.english_ui import SCREEN_TEXT, screen_problems
from tests.support.people import PASSWORD, PEOPLE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ARTICLE_TITLE = "Banjir Kapuas Mulai Surut"
# Screens with a mutation, a download or no admin chrome of their own; each would be its
# own test's business, and a GET to some of them would change the data under the crawl.
SKIPPED = re.compile(
    r"/(logout|delete|unpublish|preview|view_draft|export|kirim|revert|bulk|chooser|choose"
    r"|pratinjau|dismissibles|jsi18n|unlock|lock|copy_for_translation|workflow/cancel"
    r"|revisions/\d+/view|password_reset/confirm)(/|$)"
)
ANONYMOUS_SCREENS = ["/admin/login/", "/admin/password_reset/"]
# Every role starts from these (those it may not open are left out): the menu's screens and
# the main actions on an article, a draft in review, an image and a document.
MAIN_SCREENS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/{index}/",
    "/admin/pages/{article}/edit/",
    "/admin/pages/{article}/history/",
    "/admin/pages/{article}/move/",
    "/admin/pages/{article}/copy/",
    "/admin/pages/{draft}/edit/",
    "/admin/pages/{index}/add_subpage/",
    "/admin/pages/add/news/articlepage/{index}/",
    "/admin/pages/search/?q=banjir",
    "/admin/images/",
    "/admin/images/{image}/",
    "/admin/images/multiple/add/",
    "/admin/documents/",
    "/admin/documents/edit/{document}/",
    "/admin/documents/multiple/add/",
    "/admin/snippets/",
    "/admin/snippets/news/region/",
    "/admin/snippets/news/reporter/",
    "/admin/reports/locked/",
    "/admin/account/",
    "/admin/jadwal/",
    "/admin/sindikasi/",
    "/admin/jangkauan/",
    "/admin/jangkauan/artikel/{article}/",
    "/admin/panduan/",
    "/admin/desk/permintaan/",
    "/admin/desk/permintaan/add/",
    "/admin/desk/permintaan/edit/{data_request}/",
    "/admin/desk/laporan/",
    "/admin/desk/laporan/add/",
    "/admin/desk/laporan/edit/{draft_report}/",
    "/admin/desk/laporan/edit/{submitted_report}/",
    "/admin/desk/laporan/{submitted_report}/tinjau/",
    "/admin/desk/laporan/edit/{accepted_report}/",
    "/admin/desk/laporan/{accepted_report}/artikel/",
]


@pytest.fixture
def operator(django_user_model):
    """An Operator OPD of Dinas Kesehatan, who is not one of `people` (each is tied to an
    agency, and the other roles' tests have no use for one)."""
    user = django_user_model.objects.create_user(
        username="siti", password=PASSWORD, first_name="Siti", last_name="Rahmawati"
    )
    return OperatorFactory(user=user, agency__name="Dinas Kesehatan", agency__slug="dinkes")


@pytest.fixture
def admin_screens(live_server, people, operator):
    """One of each thing the admin lists: an article with its posts and reach, an image, a
    document, a workflow in progress; the screens' paths filled with their ids."""
    reporter = ReporterFactory(name="Dewi Lestari", slug="dewi-lestari", user=people["Pewarta"])
    newsroom = Collection.objects.get(name="Berita")  # where the roles may edit media
    image = ImageFactory(title="Foto banjir Kapuas", collection=newsroom)
    article = ArticlePageFactory(
        title=ARTICLE_TITLE, hero_image=image, reporters=[reporter], owner=people["Pewarta"]
    )
    account = SocialAccountFactory(platform="x", name="@mmckalteng", base_url="http://x.test")
    posted = SyndicationFactory(account=account, page=article, posted=True)
    MetricSnapshotFactory(syndication=posted)
    document = get_document_model().objects.create(
        title="Rilis Dinas PUPR", file="rilis.pdf", collection=newsroom
    )
    draft = ArticlePageFactory(title="Jalan Kasongan Diperbaiki", live=False)
    draft.save_revision(user=people["Pewarta"])
    Workflow.objects.get(name="Review Redaksi").start(draft, people["Pewarta"])
    agency = operator.agency
    data_request = DataRequestFactory(agencies=[agency])
    report = {
        status: ProgrammeReportFactory(agency=agency, request=data_request, review_status=status)
        for status in (ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.ACCEPTED)
    }
    ids = {
        "article": article.pk,
        "index": NewsIndexPage.objects.get().pk,
        "image": image.pk,
        "document": document.pk,
        "draft": draft.pk,
        "data_request": data_request.pk,
        "draft_report": report[ReviewStatus.DRAFT].pk,
        "submitted_report": report[ReviewStatus.SUBMITTED].pk,
        "accepted_report": report[ReviewStatus.ACCEPTED].pk,
    }
    return [path.format(**ids) for path in MAIN_SCREENS]


def screen_kind(url: str) -> str:
    """The screen a URL shows, ids left out: /admin/pages/12/edit/ → /admin/pages/#/edit/."""
    return re.sub(r"/\d+(?=/|$)", "/#", urlsplit(url).path)


def menu_links(menu_props: str) -> list[str]:
    return re.findall(r'"url": "(/admin/[^"]*)"', menu_props)


def read_screen(page, path: str):
    """Open a screen; its findings, or None when the role may not see it (refused, redirected)."""
    response = page.goto(path)
    if response is None or response.status != 200:
        return None
    if screen_kind(page.url) != screen_kind(path):
        return None
    page.wait_for_load_state("load")
    seen = page.evaluate(SCREEN_TEXT)
    return {"problems": screen_problems(seen), "links": menu_links(seen["menu"]) + seen["links"]}


def crawl(page, start: list[str], seen_kinds: set[str]) -> tuple[list[str], dict[str, list]]:
    """Visit start, then each new kind of admin screen linked from there (one level deep)."""
    visited, problems, queue = [], {}, [(path, 0) for path in start]
    own_host = urlsplit(page.url).netloc
    while queue:
        path, depth = queue.pop(0)
        kind = screen_kind(path)
        if SKIPPED.search(urlsplit(path).path) or (depth and kind in seen_kinds):
            continue
        seen_kinds.add(kind)
        found = read_screen(page, path)
        if found is None:
            continue
        visited.append(path)
        if found["problems"]:
            problems[path] = found["problems"]
        if depth == 0:
            for link in found["links"]:
                parts = urlsplit(link)
                if parts.netloc in ("", own_host) and parts.path.startswith("/admin/"):
                    queue.append((parts.path, depth + 1))
    return visited, problems


def test_every_admin_screen_of_every_role_reads_in_indonesian(
    browser, live_server, people, operator, admin_screens
):
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.set_default_navigation_timeout(60_000)  # a loaded CI machine renders the editor slowly
    visited, problems, kinds = {}, {}, set()
    try:
        page.goto("/admin/")
        visited["(anonim)"], problems["(anonim)"] = crawl(page, ANONYMOUS_SCREENS, kinds)
        staff = {role: people[role] for role in PEOPLE} | {"Operator OPD": operator.user}
        for role, person in staff.items():
            context.clear_cookies()
            log_in(page, person)
            visited[role], problems[role] = crawl(page, admin_screens, kinds)
    finally:
        context.close()

    distinct = {screen_kind(path) for paths in visited.values() for path in paths}
    for who, paths in visited.items():
        print(f"\n{who}: {len(paths)} screens")
        for path in paths:
            print(f"  {path}")
    print(f"\n{len(distinct)} distinct admin screens, {sum(map(len, visited.values()))} visits")
    english = {
        f"{who} {path}": lines for who, found in problems.items() for path, lines in found.items()
    }
    assert not english, "\n".join(f"{where}: {lines}" for where, lines in english.items())
    assert len(distinct) >= 40
    operator_screens = {screen_kind(path) for path in visited["Operator OPD"]}
    assert {"/admin/desk/permintaan/", "/admin/desk/laporan/edit/#/"} <= operator_screens
