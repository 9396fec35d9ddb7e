"""The response headers production sends: HSTS, CSP, Permissions-Policy and the rest."""

import importlib
import re
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings

from news.factories import ArticlePageFactory
from tests.support.two_factor import enrolled_device, mark_verified

# Everything production.py decides about response headers, HTTPS and cookies.
HEADER_SETTINGS = [
    "MIDDLEWARE",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "ADMIN_CSP_URL_PREFIX",
    "PERMISSIONS_POLICY",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


@pytest.fixture
def production_headers(monkeypatch):
    """The test settings, with production.py's header, HTTPS and cookie settings on top."""
    monkeypatch.setenv("SECRET_KEY", "production-like-" + "x9Qz!vT7#pL2@wR5" * 3)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    monkeypatch.delenv("SECURE_HSTS_SECONDS", raising=False)
    monkeypatch.delitem(sys.modules, "mmc.settings.production", raising=False)
    production = importlib.import_module("mmc.settings.production")
    with override_settings(**{name: getattr(production, name) for name in HEADER_SETTINGS}):
        # Behind nginx, which terminates TLS and says so.
        yield Client(HTTP_X_FORWARDED_PROTO="https")


def directives(header: str) -> dict[str, list[str]]:
    parts = (directive.split() for directive in header.split(";") if directive.strip())
    return {name: sources for name, *sources in parts}


def assert_common_headers(response):
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    assert 'fullscreen=(self "https://www.youtube-nocookie.com")' in permissions
    assert "Content-Security-Policy-Report-Only" not in response


@pytest.mark.django_db
def test_a_public_page_is_served_with_the_strict_policy(production_headers):
    article = ArticlePageFactory()

    response = production_headers.get(article.url)

    assert_common_headers(response)
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com"]


@pytest.mark.django_db
def test_an_admin_page_is_served_with_the_admin_policy(production_headers, people):
    production_headers.force_login(people["Redaktur"])
    mark_verified(production_headers, enrolled_device(people["Redaktur"]))

    response = production_headers.get("/admin/")

    assert_common_headers(response)
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    for name in ("object-src", "base-uri", "form-action", "frame-ancestors", "connect-src"):
        assert policy[name] == (["'none'"] if name == "object-src" else ["'self'"]), name


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(production_headers):
    response = production_headers.get("/", HTTP_X_FORWARDED_PROTO="http")

    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_no_template_or_admin_hook_writes_inline_script_style_or_event_handler():
    """What the strict public policy would refuse: behaviour and looks belong in static/."""
    root = Path(settings.BASE_DIR)
    sources = [*root.glob("templates/**/*.html"), *root.glob("*/wagtail_hooks.py")]
    inline = re.compile(r"<script(?![^>]*\bsrc=)>|<style\b|\sstyle=|\son[a-z]+=", re.I)
    offences = [
        f"{path.relative_to(root)}: {match[0]}"
        for path in sources
        for match in inline.finditer(path.read_text())
    ]
    assert offences == []
