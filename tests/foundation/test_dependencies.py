"""Dependencies: floors past known advisories, a hash-locked install, an offline-tolerant audit."""

import json
import re
import threading
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from devtools import audit

ROOT = Path(settings.BASE_DIR)
LOCK = ROOT / "requirements.lock"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def locked_pins() -> dict[str, tuple[Version, list[str]]]:
    """Each locked package's version and hashes, read from requirements.lock."""
    pins = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text()):
        match = re.match(r"([A-Za-z0-9._-]+)==(\S+)", block)
        if match:
            hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
            pins[canonicalize_name(match[1])] = (Version(match[2]), hashes)
    return pins


def declared_requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [
        Requirement(line)
        for line in project["dependencies"] + project["optional-dependencies"]["dev"]
    ]


def test_every_declared_dependency_is_locked_within_its_bounds_with_hashes():
    pins = locked_pins()
    for requirement in declared_requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is missing from requirements.lock: run `make lock`"
        version = pins[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (name, str(version))
    assert all(hashes for _, hashes in pins.values())


def test_floors_exclude_the_releases_with_published_advisories():
    floors = {
        canonicalize_name(requirement.name): requirement.specifier
        for requirement in declared_requirements()
    }
    # Django 5.2.0-5.2.14 carry CVE-2025-64459, CVE-2026-25673, CVE-2026-25674 and others.
    assert not floors["django"].contains("5.2.14")
    assert floors["django"].contains("5.2.19") and not floors["django"].contains("5.3")
    vulnerable_releases = [("pillow", "11.3.0"), ("cryptography", "44.0.3"), ("urllib3", "2.5.0")]
    for name, vulnerable in vulnerable_releases:
        assert not floors[name].contains(vulnerable), name
        assert not floors[name].contains("999"), f"{name} needs an upper bound"


def test_make_install_installs_only_hash_checked_locked_packages():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^\$\(STAMP\): \$\(LOCK\) pyproject.toml$", makefile, re.M)
    assert "pip install --quiet --require-hashes -r $(LOCK)" in makefile
    assert "pip install --quiet --no-deps -e ." in makefile


class FakeOSV(BaseHTTPRequestHandler):
    """OSV's /v1/query, knowing one advisory: against the Django release that is locked."""

    def do_POST(self):
        query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        package = query["package"]["name"]
        answer = {}
        if package == "django":
            answer = {
                "vulns": [
                    {
                        "id": "PYSEC-2099-1",
                        "aliases": ["CVE-2099-0001"],
                        "summary": "SQL injection in QuerySet.filter()",
                        "affected": [
                            {
                                "package": {"name": "django", "ecosystem": "PyPI"},
                                "ranges": [
                                    {
                                        "type": "ECOSYSTEM",
                                        "events": [{"introduced": "0"}, {"fixed": "5.2.99"}],
                                    }
                                ],
                            }
                        ],
                    }
                ]
            }
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_osv_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOSV)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1/query"
    server.shutdown()
    server.server_close()


def test_audit_fails_on_a_known_vulnerability_in_the_lock(fake_osv_url, tmp_path, capsys):
    exit_code = audit.main([str(LOCK), "--osv-url", fake_osv_url, "--cache-dir", str(tmp_path)])
    printed = capsys.readouterr().out
    assert exit_code == 1, printed
    assert "django" in printed and "CVE-2099-0001" in printed and "5.2.99" in printed


def test_audit_passes_a_lock_the_database_knows_nothing_against(fake_osv_url, tmp_path, capsys):
    clean_lock = tmp_path / "clean.lock"
    clean_lock.write_text(
        "".join(
            block
            for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text())
            if block.startswith("six==")
        )
    )

    exit_code = audit.main(
        [str(clean_lock), "--osv-url", fake_osv_url, "--cache-dir", str(tmp_path)]
    )
    printed = capsys.readouterr().out
    assert exit_code == 0, printed
    assert "1 locked dependencies audited: no known vulnerability" in printed


def test_audit_skips_with_a_message_when_the_database_is_unreachable(tmp_path, capsys):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOSV)
    closed_port = server.server_port
    server.server_close()  # nothing listens there any more

    unreachable = f"http://127.0.0.1:{closed_port}/v1/query"
    exit_code = audit.main([str(LOCK), "--osv-url", unreachable, "--cache-dir", str(tmp_path)])
    printed = capsys.readouterr().out
    assert exit_code == 0
    assert "SKIPPED: the advisory database cannot be reached" in printed


def test_ci_runs_the_dependency_audit():
    assert "make audit" in (ROOT / ".ci" / "run").read_text()
