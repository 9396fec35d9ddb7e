"""Browser tests: one Debian chromium per session, one page per test, a live server with content."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connections
from django.utils import timezone

from news.factories import (
    AgencyFactory,
    ArticlePageFactory,
    ImageFactory,
    ReporterFactory,
    region,
    rubrik,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
FEATURE_SLUG = "dinkes-kalteng-perluas-layanan-kesehatan-keliling"
REPORTER_NAMES = ["Rudi Hartono", "Sri Wahyuni", "Ahmad Fauzi"]
AGENCIES = {
    "dinas-kesehatan": ("Dinas Kesehatan", "Dinkes"),
    "dinas-pendidikan": ("Dinas Pendidikan", "Disdik"),
    "pupr": ("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR"),
    "bpbd": ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    "diskominfosantik": (
        "Dinas Komunikasi, Informatika, Persandian dan Statistik",
        "Diskominfosantik",
    ),
}
AGENCY_OF_RUBRIK = {
    "kesehatan": "dinas-kesehatan",
    "pendidikan": "dinas-pendidikan",
    "infrastruktur": "pupr",
    "pemerintahan": "diskominfosantik",
}
# (title, region slug, rubrik slug), newest first.
ARTICLES = [
    ("Pembangunan Jalan Tumbang Samba Capai 80 Persen", "katingan", "infrastruktur"),
    ("BPBD Salurkan Bantuan Korban Banjir di Kapuas", "kapuas", "sosial-budaya"),
    ("Sekolah Terdampak Banjir di Katingan Kembali Dibuka", "katingan", "pendidikan"),
    ("DPRD Kalteng Setujui Rancangan APBD 2027", "kalimantan-tengah", "dprd"),
    ("Gubernur Resmikan Jembatan Baru di Pulang Pisau", "pulang-pisau", "infrastruktur"),
    ("Posyandu Keliling Jangkau Desa Terpencil", "murung-raya", "kesehatan"),
    ("Harga Beras di Palangka Raya Stabil Jelang Akhir Tahun", "palangka-raya", "ekonomi"),
    ("Rapat Koordinasi Penanganan Banjir Digelar Pemprov", "kalimantan-tengah", "pemerintahan"),
    ("Ribuan Siswa Ikuti Lomba Cerdas Cermat Tingkat Provinsi", "palangka-raya", "pendidikan"),
    ("Vaksinasi Anak Sekolah Digelar Serentak di Sampit", "kotawaringin-timur", "kesehatan"),
    ("Festival Isen Mulang Meriahkan Hari Jadi Kalteng", "palangka-raya", "sosial-budaya"),
    ("Atlet Kalteng Raih Tiga Emas Kejurnas Dayung", "kotawaringin-barat", "olahraga"),
    ("Operator Desa Dilatih Mengelola Data Statistik", "barito-utara", "pemerintahan"),
    ("Petani Sawit Seruyan Terima Bantuan Bibit Unggul", "seruyan", "ekonomi"),
    ("Perbaikan Bendungan Cegah Banjir Musiman di Buntok", "barito-selatan", "infrastruktur"),
    ("DPRD Kalteng Kunjungi Rumah Sakit Daerah di Lamandau", "lamandau", "dprd"),
    ("Pelayanan Kesehatan Gratis bagi Warga Gunung Mas", "gunung-mas", "kesehatan"),
    ("Pemkab Kapuas Percepat Penurunan Angka Stunting", "kapuas", "kesehatan"),
    ("Sukamara Siapkan Pasar Murah Jelang Natal", "sukamara", "ekonomi"),
]
FEATURE_TITLE = "Dinkes Kalteng Perluas Layanan Kesehatan Keliling ke Desa Terpencil"
SEARCH_WORD = "banjir"
# Runs in every frame before the page's own scripts (and, injected by the browser, is itself
# exempt from the page's CSP).
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__mmcCspViolation({
    page: document.location.pathname,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
    sample: event.sample,
    disposition: event.disposition,
  });
});
"""


def pytest_collection_modifyitems(items):
    """Mark every test in this folder e2e and run them last (see `browser` for why)."""
    here = Path(__file__).parent
    in_here = [here in Path(str(item.fspath)).parents for item in items]
    browser_tests = [item for item, e2e in zip(items, in_here, strict=True) if e2e]
    for item in browser_tests:
        item.add_marker(pytest.mark.e2e)
    items[:] = [item for item, e2e in zip(items, in_here, strict=True) if not e2e] + browser_tests


@pytest.fixture(scope="session")
def browser(request):
    """Debian's chromium; missing locally it skips, missing in CI (CI set) it fails."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    request.getfixturevalue("django_db_setup")
    # Playwright's sync API keeps an asyncio loop running in this thread (which is why the
    # e2e tests run last). With a running loop Django refuses ORM calls unless allowed, and
    # hands out per-context connections: fresh objects that lack the snapshot that
    # serialized_rollback restores from, so it is handed over to them.
    snapshots = {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all()
        if hasattr(connection, "_test_serialized_contents")
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        playwright = sync_playwright().start()
        for alias, snapshot in snapshots.items():
            connections[alias]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()
        playwright.stop()


@pytest.fixture
def viewport_width():
    return 1280


@pytest.fixture
def browser_errors():
    """Console errors and uncaught exceptions seen by the test's page."""
    return []


@pytest.fixture
def csp_violations():
    """Content-Security-Policy violations reported in the test's page, in any of its frames."""
    return []


@pytest.fixture
def open_browser(browser, live_server, browser_errors, csp_violations):
    """Opens a page in a fresh context (its own cookies), like one more person at a desk.

    Each page may talk only to the live server (anything else is aborted). The live server
    sends the site's real Content-Security-Policy (the settings enforce it everywhere); a test
    whose pages break it fails at teardown, listing each violation.
    """
    contexts = []
    own_host = urlsplit(live_server.url).netloc

    def new_page(width=1280):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, locale="id-ID", base_url=live_server.url
        )
        contexts.append(context)
        context.route(
            lambda url: urlsplit(url).netloc != own_host and not url.startswith("data:"),
            lambda route: route.abort(),
        )
        context.expose_binding(
            "__mmcCspViolation", lambda source, violation: csp_violations.append(violation)
        )
        context.add_init_script(script=REPORT_CSP_VIOLATIONS)
        page = context.new_page()
        # Generous: on a busy machine the editor and its form posts take tens of seconds.
        page.set_default_timeout(30_000)
        page.set_default_navigation_timeout(60_000)

        def record_console_error(message):
            if message.type == "error":
                browser_errors.append(f"console: {message.text} ({message.location.get('url')})")
            # Chromium also reports, on the console only, violations no document hears of.
            if "Content Security Policy" in message.text:
                csp_violations.append({"console": message.text})

        page.on("console", record_console_error)
        page.on("pageerror", lambda error: browser_errors.append(f"pageerror: {error}"))
        return page

    yield new_page
    for context in contexts:
        context.close()
    if csp_violations:
        pytest.fail(f"Content-Security-Policy violations: {csp_violations}", pytrace=False)


@pytest.fixture
def page(open_browser, viewport_width):
    """The test's one page."""
    return open_browser(viewport_width)


@pytest.fixture
def newsroom(live_server):
    """About twenty published articles across regions and rubriks, like a normal news day."""
    now = timezone.now()
    reporters = [
        ReporterFactory(name=name, slug=name.lower().replace(" ", "-")) for name in REPORTER_NAMES
    ]
    agencies = {
        slug: AgencyFactory(name=name, short_name=short_name, slug=slug)
        for slug, (name, short_name) in AGENCIES.items()
    }
    colours = ["#0b5d3b", "#2a6f97", "#8c4f2b", "#6b705c", "#b5838d", "#264653"]
    images = [
        ImageFactory(
            title=f"Foto kegiatan {index + 1}",
            file__width=1200,
            file__height=675,
            file__color=colour,
        )
        for index, colour in enumerate(colours)
    ]
    articles = []
    for index, (title, region_slug, rubrik_slug) in enumerate(ARTICLES):
        flood = SEARCH_WORD in title.lower()
        agency_slug = "bpbd" if flood else AGENCY_OF_RUBRIK.get(rubrik_slug)
        articles.append(
            ArticlePageFactory(
                title=title,
                slug=f"berita-e2e-{index + 1}",
                ringkasan=f"{title}, sebuah program Pemerintah Provinsi Kalimantan Tengah.",
                dateline=region(region_slug).capital,
                region=region(region_slug),
                rubrik=rubrik(rubrik_slug),
                hero_image=images[index % len(images)],
                hero_caption=f"Suasana kegiatan: {title.lower()}",
                first_published_at=now - timedelta(hours=index + 2),
                reporters=[reporters[index % len(reporters)]],
                tags=[rubrik_slug.replace("-", " "), *([SEARCH_WORD] if flood else [])],
                agencies=[agencies[agency_slug]] if agency_slug else [],
            )
        )
    posyandu = next(article for article in articles if "Posyandu" in article.title)
    feature = ArticlePageFactory(
        title=FEATURE_TITLE,
        slug=FEATURE_SLUG,
        ringkasan="Dinas Kesehatan Provinsi Kalimantan Tengah menambah armada layanan keliling.",
        dateline="PALANGKA RAYA",
        region=region("kalimantan-tengah"),
        rubrik=rubrik("kesehatan"),
        hero_image=images[0],
        hero_caption="Petugas kesehatan memeriksa warga di Desa Tumbang Talaken",
        first_published_at=now - timedelta(hours=1),
        youtube_video_id="dQw4w9WgXcQ",
        reporters=reporters[:2],
        tags=["kesehatan", "posyandu"],
        agencies=[agencies["dinas-kesehatan"]],
        body=[
            (
                "paragraph",
                "<p>Pemerintah Provinsi Kalimantan Tengah melalui Dinas Kesehatan menambah "
                "sepuluh unit mobil layanan kesehatan keliling.</p>",
            ),
            ("read_also", {"article": posyandu}),
            (
                "quote",
                {
                    "text": "Tidak boleh ada warga yang kesulitan mendapat layanan kesehatan.",
                    "attribution": "Kepala Dinas Kesehatan Provinsi Kalimantan Tengah",
                },
            ),
            (
                "image",
                {"image": images[1], "caption": "Mobil layanan keliling (Foto: MMC Kalteng)"},
            ),
            (
                "video",
                {
                    "video_id": "dQw4w9WgXcQ",
                    "title": "Layanan kesehatan keliling Kalteng",
                    "caption": "",
                },
            ),
            ("paragraph", "<p>Layanan ini menjangkau 120 desa pada tahun pertama.</p>"),
        ],
    )
    return {
        "feature": feature,
        "articles": articles,
        "reporters": reporters,
        "search_word": SEARCH_WORD,
    }


@pytest.fixture
def axe_violations(page):
    """Runs axe-core on the current document; returns every violation, whatever its impact."""

    def run():
        # Evaluated through the DevTools protocol, not added as an inline <script> tag,
        # which the site's Content-Security-Policy refuses.
        page.evaluate(AXE_SCRIPT.read_text())
        result = page.evaluate("axe.run()")
        return result["violations"]

    return run
