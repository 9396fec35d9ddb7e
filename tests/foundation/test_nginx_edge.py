"""deploy/nginx/ run for real (Debian's nginx) in front of the live Django server.

The config is the template docker-compose.yml mounts, rendered as the official image does.
"""

import threading
from http.cookiejar import DefaultCookiePolicy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from wagtail.models import Site

from devtools.nginx import TEMPLATE, EphemeralNginx, nginx_binary
from news.factories import ArticlePageFactory
from tests.support.tools import require_tool

# Every test that uses the live server (so `edge`) gets a transactional database from
# pytest-django; the tests against RecordingUpstream need none.
through_django = pytest.mark.django_db(transaction=True, serialized_rollback=True)
NO_COOKIES = DefaultCookiePolicy(allowed_domains=[])


@pytest.fixture(scope="module")
def static_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("static")
    (root / "css").mkdir()
    (root / "css" / "site.3f2a9c81b0de.css").write_text("body{color:#111}")
    (root / "robots.txt").write_text("User-agent: *\n")
    return root


def start_edge(upstream: str, static_root: Path) -> EphemeralNginx:
    require_tool(nginx_binary(), "nginx is missing: apt-get install nginx")
    return EphemeralNginx(
        upstream, static_root=static_root, media_root=Path(settings.MEDIA_ROOT)
    ).start()


@pytest.fixture(scope="module")
def edge(live_server, static_root):
    """nginx in front of the live server, for the whole module."""
    nginx = start_edge(
        urlsplit(live_server.url).netloc.replace("localhost", "127.0.0.1"), static_root
    )
    yield nginx
    nginx.stop()


@pytest.fixture
def https(edge):
    """A client that trusts only the edge's own certificate (and no proxy from the environment)."""
    session = requests.Session()
    session.trust_env = False
    session.verify = str(edge.certificate)
    session.cookies.set_policy(NO_COOKIES)  # every request is a first visit unless it says
    yield session
    session.close()


@pytest.fixture
def purging_through_nginx(edge, settings):
    """Wagtail's frontend cache configured as production configures it, pointing at this nginx."""
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "core.nginx_cache.NginxMicrocacheBackend",
            "LOCATION": edge.refresh_url,
        }
    }
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=80)


@through_django
def test_an_anonymous_article_is_a_miss_then_a_hit(edge, https):
    article = ArticlePageFactory(title="Jembatan Kahayan Diperbaiki")
    url = edge.https_url + article.url

    first, second = https.get(url), https.get(url)

    assert first.status_code == second.status_code == 200
    assert first.headers["X-Cache-Status"] == "MISS"
    assert second.headers["X-Cache-Status"] == "HIT"
    assert second.text == first.text and "Jembatan Kahayan Diperbaiki" in second.text


@through_django
@pytest.mark.parametrize(
    "headers",
    [
        {"Cookie": "sessionid=abc"},
        {"Cookie": "_ga=GA1.1; csrftoken=xyz"},
        {"Cookie": "messages=abc"},
        {"Authorization": "Basic YWRtaW46bW1jZGVtbw=="},
    ],
    ids=["session", "csrftoken", "messages", "authorization"],
)
def test_a_session_csrf_or_messages_cookie_or_credentials_bypass_the_cache(edge, https, headers):
    article = ArticlePageFactory()
    url = edge.https_url + article.url
    https.get(url)

    response = https.get(url, headers=headers)

    assert response.headers["X-Cache-Status"] == "BYPASS"
    assert https.get(url).headers["X-Cache-Status"] == "HIT"  # and nothing it saw was stored


@through_django
def test_other_cookies_share_the_anonymous_copy(edge, https):
    article = ArticlePageFactory()
    url = edge.https_url + article.url
    https.get(url)

    response = https.get(url, headers={"Cookie": "_ga=GA1.2.3; theme=dark"})

    assert response.headers["X-Cache-Status"] == "HIT"


@through_django
def test_the_admin_is_never_cached(edge, https):
    responses = [https.get(edge.https_url + "/admin/login/") for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert all("X-Cache-Status" not in response.headers for response in responses)
    assert all("csrftoken" in response.cookies for response in responses)


@through_django
def test_publishing_a_change_refreshes_the_cached_article_through_the_frontend_cache(
    edge, https, purging_through_nginx
):
    article = ArticlePageFactory(title="Harga Beras Stabil")
    url = edge.https_url + article.url
    https.get(url)
    assert https.get(url).headers["X-Cache-Status"] == "HIT"

    article.title = "Harga Beras Turun Menjelang Natal"
    article.save_revision().publish()
    response = https.get(url)

    # A HIT carrying the new title: nginx replaced its copy when the page was published,
    # not after its 5 s ran out (that would be a MISS or EXPIRED).
    assert response.headers["X-Cache-Status"] == "HIT"
    assert "Harga Beras Turun Menjelang Natal" in response.text


@through_django
def test_unpublishing_replaces_the_cached_article_with_not_found(
    edge, https, purging_through_nginx
):
    article = ArticlePageFactory(title="Berita yang Ditarik")
    url = edge.https_url + article.url
    https.get(url)

    article.unpublish()
    response = https.get(url)

    assert response.status_code == 404
    assert response.headers["X-Cache-Status"] == "HIT"


@through_django
def test_plain_http_redirects_to_https_except_the_health_check(edge):
    plain = requests.Session()
    plain.trust_env = False
    base = f"http://127.0.0.1:{edge.http_port}"

    redirect = plain.get(base + "/berita/?page=2", allow_redirects=False)
    health = plain.get(base + "/healthz")

    assert redirect.status_code == 301
    assert redirect.headers["Location"] == "https://127.0.0.1/berita/?page=2"
    assert health.status_code == 200 and "X-Cache-Status" not in health.headers


@through_django
def test_static_files_come_from_nginx_with_hashed_names_cached_forever(edge, https):
    hashed = https.get(edge.https_url + "/static/css/site.3f2a9c81b0de.css")
    unhashed = https.get(edge.https_url + "/static/robots.txt")

    assert hashed.text == "body{color:#111}"
    assert hashed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert unhashed.headers["Cache-Control"] == "public, max-age=3600"
    assert "X-Cache-Status" not in hashed.headers


@through_django
def test_uploaded_documents_are_not_served_past_django(edge, https):
    documents = Path(settings.MEDIA_ROOT) / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    (documents / "rahasia.pdf").write_bytes(b"%PDF-1.4")
    images = Path(settings.MEDIA_ROOT) / "images"
    images.mkdir(parents=True, exist_ok=True)
    (images / "foto.webp").write_bytes(b"RIFF")

    assert https.get(edge.https_url + "/media/documents/rahasia.pdf").status_code == 404
    image = https.get(edge.https_url + "/media/images/foto.webp")
    assert image.status_code == 200 and image.headers["X-Content-Type-Options"] == "nosniff"


def test_the_cookie_names_nginx_bypasses_on_are_djangos():
    names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name)

    assert f"({'|'.join(names)})=" in TEMPLATE.read_text()


class RecordingUpstream(BaseHTTPRequestHandler):
    """An upstream that answers as its query says and remembers what nginx sent it."""

    seen: list[dict] = []

    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        RecordingUpstream.seen.append(dict(self.headers))
        body = f"<p>{len(RecordingUpstream.seen)}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for value in query.get("cache_control", []):
            self.send_header("Cache-Control", value)
        if "set_cookie" in query:
            self.send_header("Set-Cookie", "csrftoken=for-one-reader-only; Path=/")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recording_edge(static_root):
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), RecordingUpstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    nginx = start_edge(f"127.0.0.1:{upstream.server_port}", static_root)
    yield nginx
    nginx.stop()
    upstream.shutdown()


@pytest.fixture
def recording_https(recording_edge):
    session = requests.Session()
    session.trust_env = False
    session.verify = str(recording_edge.certificate)
    session.cookies.set_policy(NO_COOKIES)
    yield session
    session.close()


def cache_statuses(session, url, times=2):
    return [session.get(url).headers["X-Cache-Status"] for _ in range(times)]


def test_forwarding_headers_are_written_by_nginx_never_passed_on_from_the_client(
    recording_edge, recording_https
):
    recording_https.get(
        recording_edge.https_url + "/forwarded/",
        headers={
            "X-Forwarded-Proto": "http",
            "X-Forwarded-For": "203.0.113.9",
            "X-Forwarded-Host": "evil.example",
            "X-Forwarded-Ssl": "off",
            "Forwarded": "for=203.0.113.9;proto=http",
        },
    )

    sent = RecordingUpstream.seen[-1]
    assert sent["X-Forwarded-Proto"] == "https"
    assert sent["X-Forwarded-For"] == "127.0.0.1"
    assert sent["X-Forwarded-Host"] == "127.0.0.1"
    assert "X-Forwarded-Ssl" not in sent and "Forwarded" not in sent


def test_a_response_that_sets_a_cookie_is_never_cached(recording_edge, recording_https):
    url = recording_edge.https_url + "/form/?set_cookie=1"

    assert cache_statuses(recording_https, url) == ["MISS", "MISS"]


@pytest.mark.parametrize("cache_control", ["private", "no-store", "no-cache", "s-maxage=0"])
def test_djangos_cache_control_forbidding_a_shared_copy_is_honoured(
    recording_edge, recording_https, cache_control
):
    url = f"{recording_edge.https_url}/cc/{cache_control}/?cache_control={cache_control}"

    assert cache_statuses(recording_https, url) == ["MISS", "MISS"]


def test_djangos_s_maxage_sets_how_long_the_copy_is_kept(recording_edge, recording_https):
    url = recording_edge.https_url + "/long/?cache_control=public,+max-age=0,+s-maxage=300"

    assert cache_statuses(recording_https, url) == ["MISS", "HIT"]


def test_the_refresh_port_takes_only_gets(recording_edge):
    session = requests.Session()
    session.trust_env = False

    response = session.request("PURGE", recording_edge.refresh_url + "/", headers={"Host": "x"})

    assert response.status_code == 403
