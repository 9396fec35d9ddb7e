"""Static files are served one way everywhere, and production logs keep tokens out."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
TRAVERSALS = [
    "/static/..%2f..%2fetc%2fpasswd",
    "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/css/..%2f..%2f..%2fpyproject.toml",
]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def dev_server(django_db_setup, django_db_blocker):
    """`manage.py runserver` under the dev settings, as `make run` starts it (Procfile web)."""
    with django_db_blocker.unblock():
        url = database_url()
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "mmc.settings.dev", "DATABASE_URL": url}
    env.pop("DEBUG", None)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                requests.get(f"{base}/static/css/site.css", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_the_dev_server_serves_assets_and_refuses_path_traversal_with_a_404(dev_server):
    asset = requests.get(f"{dev_server}/static/css/site.css", timeout=10)
    assert asset.status_code == 200
    assert asset.text == (ROOT / "static/css/site.css").read_text()
    for path in TRAVERSALS:
        response = requests.get(f"{dev_server}{path}", timeout=10)
        assert response.status_code == 404, path
        assert "root:" not in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_under_static_is_not_found_outside_debug(reader, path):
    assert reader.get(path).status_code == 404


def test_client_libraries_never_log_request_urls_in_production():
    code = (
        "import logging;"
        "print(*(logging.getLogger(name).getEffectiveLevel() for name in ("
        "'urllib3.connectionpool', 'requests', 'requests_oauthlib', 'oauthlib',"
        "'tweepy.client', 'googleapiclient.http')))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mmc.settings.production",
        "SECRET_KEY": "k3y-" + "x9Qz!vT7#pL2@wR5" * 4,
        "ALLOWED_HOSTS": "mmc.kalteng.go.id",
        "LOG_LEVEL": "DEBUG",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["30"] * 6  # logging.WARNING
