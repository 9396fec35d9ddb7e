"""The bad-input corpus: hostile text, paths, numbers and files against every input surface.

Each case asserts no response of 500 or more, no markup echoed raw on any page, and that
every refusal is worded in Indonesian.
"""

import re
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory
from news.models import Agency, ArticlePage, Reporter
from syndication.factories import SocialAccountFactory
from tests.support.admin_forms import article_form
from tests.support.hostile_files import decompression_bomb, jpeg, png, truncated_jpeg

pytestmark = pytest.mark.django_db

# Markup that must never reach a page as markup; each is also a hostile text below.
MARKUP = [
    "<script>alert('mmc')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "</title><script>alert(2)</script>",
    "<!--<script>",
    "<iframe src=javascript:alert(3)>",
]
HOSTILE_TEXT = [
    *MARKUP,
    "javascript:alert(1)",
    "' OR '1'='1",
    "'; DROP TABLE news_agency; --",
    "1); SELECT pg_sleep(5); --",
    'kutip "tak tertutup',
    "nul\x00di tengah",
    "kanan\u202egpj.exe",  # right-to-left override
    "\u200f\u202bteks terbalik\u202c",
    "🔥🌊 Banjir Kapuas 👩‍👩‍👧 🇮🇩",
    "A" * 10_000,
    "../../../etc/passwd",
    "{{ settings.SECRET_KEY }} {% debug %}",
    "baris\r\nSet-Cookie: sesi=curian",
    '=HYPERLINK("http://evil.example")',
]
ABSURD_PAGES = ["-1", "0", "99999999999999999999999", "1e9", "NaN", "<script>", "%00", "1 OR 1=1"]
BAD_SLUGS = [
    "..%2f..%2fetc%2fpasswd",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%00",
    "a" * 3000,
    quote("🔥", safe=""),
]
LISTINGS = ["wilayah", "opd", "rubrik", "topik", "pewarta"]
# Django's and Wagtail's English messages, should one escape translation.
ENGLISH = re.compile(
    r"This field|Ensure this|Enter a valid|is required|already exists|Not a valid|"
    r"Upload a valid|Select a valid|The submitted|too many pixels|Maximum filesize",
)
ERROR_MESSAGE = re.compile(r'class="error-message"[^>]*>(.*?)</', re.S)


def label(text: str) -> str:
    return repr(text[:24]) + (f"…({len(text)})" if len(text) > 24 else "")


def assert_safe(response) -> str:
    assert response.status_code < 500
    html = response.content.decode(errors="replace")
    for markup in MARKUP:
        if markup != "<!--<script>":  # a comment opener appears in ordinary pages
            assert markup not in html
    return html


def refusals(response) -> list[str]:
    """The form errors of a re-rendered admin form, each checked to be Indonesian."""
    found = []
    form = (response.context or {}).get("form")
    if form is not None:
        found += [str(error) for errors in form.errors.values() for error in errors]
    found += [m.strip() for m in ERROR_MESSAGE.findall(response.content.decode(errors="replace"))]
    for message in found:
        assert not ENGLISH.search(message), message
    return found


# Public pages ---------------------------------------------------------------------------


@pytest.fixture
def published():
    return ArticlePageFactory(title="Banjir Kapuas Surut")


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=label)
def test_search_query(reader, published, text):
    assert_safe(reader.get("/cari/", {"q": text}))


@pytest.mark.parametrize("page", ABSURD_PAGES)
def test_absurd_page_numbers(reader, published, page):
    for path in ("/berita/", "/cari/?q=banjir&", f"{published.region.get_absolute_url()}"):
        joiner = "&" if path.endswith("&") else "?"
        url = f"{path.rstrip('&')}{joiner}page={quote(page)}"
        assert assert_safe(reader.get(url))


@pytest.mark.parametrize("listing", LISTINGS)
@pytest.mark.parametrize("slug", BAD_SLUGS, ids=lambda slug: slug[:20])
def test_hostile_slugs_in_listing_paths(reader, listing, slug):
    response = reader.get(f"/{listing}/{slug}/")
    assert_safe(response)
    assert response.status_code == 404


# The article editor ---------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=label)
def test_article_editor_text_fields(people, login, reader, text):
    article = ArticlePageFactory(owner=people["Pewarta"])
    fields = {
        "title": text,
        "ringkasan": text,
        "dateline": text[:60],
        "hero_caption": text,
        "hero_credit": text[:100],
        "tags": text[:90],
    }
    response = login("Redaktur").post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, **fields, **{"action-publish": "Terbitkan"}),
    )
    assert_safe(response)
    if response.status_code == 200:  # refused: the form again, with Indonesian reasons
        assert refusals(response)
        return
    stored = ArticlePage.objects.get(pk=article.pk)
    assert "\x00" not in stored.title
    assert_safe(reader.get(stored.url))
    assert_safe(reader.get("/"))
    assert_safe(reader.get("/feed/"))


# The OPD and taxonomy snippets -----------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=label)
def test_opd_snippet(login, reader, text):
    response = login("Administrator").post(
        "/admin/snippets/news/agency/add/",
        {"name": text, "short_name": text[:40], "slug": "opd-uji", "website": text},
    )
    assert_safe(response)
    refused = refusals(response)
    agency = Agency.objects.filter(slug="opd-uji").first()
    if agency is None:
        assert refused
        agency = AgencyFactory(slug="opd-uji", name=text.replace("\x00", "")[:160])
    ArticlePageFactory(agencies=[agency])
    assert_safe(reader.get("/opd/opd-uji/"))
    assert_safe(login("Administrator").get("/admin/snippets/news/agency/"))


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=label)
def test_reporter_snippet(login, reader, text):
    response = login("Administrator").post(
        "/admin/snippets/news/reporter/add/",
        {"name": text, "slug": "pewarta-uji", "bio": text, "x_url": text},
    )
    assert_safe(response)
    refused = refusals(response)
    reporter = Reporter.objects.filter(slug="pewarta-uji").first()
    if reporter is None:
        assert refused
        reporter = ReporterFactory(slug="pewarta-uji", name=text.replace("\x00", "")[:100])
    ArticlePageFactory(reporters=[reporter])
    assert_safe(reader.get("/pewarta/pewarta-uji/"))


# The social-account form -----------------------------------------------------------------

ACCOUNT_INPUTS = [
    {"base_url": "https://evil.example/collect"},
    {"base_url": "//evil.example"},
    {"base_url": "file:///etc/passwd"},
    {"base_url": "http://169.254.169.254/latest/meta-data/"},
    {"secrets": "{not json"},
    {"secrets": '{"consumer_key": "' + "k" * 10_000 + '"}'},
    {"name": "<script>alert('mmc')</script>"},
    {"name": "A" * 10_000},
    {"external_id": "../../me/accounts"},
    {"name": "nul\x00di tengah"},
]


@pytest.mark.parametrize("changes", ACCOUNT_INPUTS, ids=lambda c: label(str(c)))
def test_social_account_form(login, changes):
    account = SocialAccountFactory(base_url="", access_token="EAAB-corpus-1234")
    data = {
        "platform": account.platform,
        "name": account.name,
        "external_id": account.external_id,
        "base_url": "",
        "access_token": "",
        "secrets": "",
        "enabled": "on",
        **changes,
    }
    admin = login("Administrator")
    response = admin.post(f"/admin/snippets/syndication/socialaccount/edit/{account.pk}/", data)
    assert_safe(response)
    if response.status_code == 200:
        assert refusals(response)
    account.refresh_from_db()
    assert account.base_url in ("", "https://graph.facebook.com")
    assert "/" not in account.external_id
    assert_safe(admin.get("/admin/snippets/syndication/socialaccount/"))


# Images ---------------------------------------------------------------------------------

IMAGE_FILES = [
    ("bom.png", decompression_bomb, "image/png"),
    ("terpotong.jpg", truncated_jpeg, "image/jpeg"),
    ("png-menyamar.jpg", png, "image/jpeg"),
    ("skrip.jpg", lambda: b"<script>alert(1)</script>", "image/jpeg"),
    ("halaman.html", lambda: b"<html><script>alert(1)</script>", "text/html"),
    ("vektor.svg", lambda: b"<svg onload='alert(1)'/>", "image/svg+xml"),
    ("kosong.png", lambda: b"", "image/png"),
    ("../../../etc/passwd.jpg", jpeg, "image/jpeg"),
]


@pytest.mark.parametrize(("name", "build", "content_type"), IMAGE_FILES, ids=lambda v: str(v))
def test_image_upload(login, name, build, content_type):
    upload = SimpleUploadedFile(name, build(), content_type)
    response = login("Redaktur").post(
        "/admin/images/add/", {"title": "<script>alert('mmc')</script>" * 20, "file": upload}
    )
    assert_safe(response)
    if response.status_code == 200:
        assert refusals(response)


def test_the_corpus_is_large_enough():
    count = (
        2 * len(HOSTILE_TEXT)  # search, article editor
        + len(ABSURD_PAGES)
        + len(LISTINGS) * len(BAD_SLUGS)
        + 2 * len(HOSTILE_TEXT)  # OPD, reporter
        + len(ACCOUNT_INPUTS)
        + len(IMAGE_FILES)
    )
    print(f"\nbad-input corpus: {count} hostile inputs")
    assert count >= 80
