import subprocess
import sys
import time
from pathlib import Path

import requests

from syndication.sandbox.server import start_sandbox
from tests.support.sandbox import FB_PAGE, FB_TOKEN, X_TOKEN, set_faults

ROOT = Path(__file__).resolve().parents[2]


def post_fb(url, message, token=FB_TOKEN):
    return requests.post(
        f"{url}/v24.0/{FB_PAGE}/feed",
        data={"message": message, "link": "https://mmc.kalteng.go.id/", "access_token": token},
        timeout=5,
    )


def tweet(url, text):
    return requests.post(
        f"{url}/2/tweets",
        json={"text": text},
        headers={"Authorization": f"Bearer {X_TOKEN}"},
        timeout=5,
    )


def test_posts_are_listed_newest_first_and_filtered_by_platform(sandbox):
    post_fb(sandbox.url, "satu")
    tweet(sandbox.url, "dua")
    everything = requests.get(f"{sandbox.url}/__sandbox/posts", timeout=5).json()["data"]
    assert [p["platform"] for p in everything] == ["x", "facebook"]
    only_fb = requests.get(f"{sandbox.url}/__sandbox/posts?platform=facebook", timeout=5).json()
    assert [p["text"] for p in only_fb["data"]] == ["satu"]
    assert set(only_fb["data"][0]) >= {"remote_id", "account_id", "link", "created_at", "metrics"}


def test_reset_clears_posts_but_keeps_accounts(sandbox):
    post_fb(sandbox.url, "satu")
    assert requests.post(f"{sandbox.url}/__sandbox/reset", timeout=5).json() == {"ok": True}
    assert requests.get(f"{sandbox.url}/__sandbox/posts", timeout=5).json()["data"] == []
    assert post_fb(sandbox.url, "satu").status_code == 200


def test_seeded_accounts_are_listed_and_new_ones_can_post(sandbox):
    accounts = requests.get(f"{sandbox.url}/__sandbox/accounts", timeout=5).json()["data"]
    assert {a["platform"] for a in accounts} == {"facebook", "instagram", "x", "youtube"}
    created = requests.post(
        f"{sandbox.url}/__sandbox/accounts",
        json={"platform": "facebook", "external_id": "222", "token": "t2", "name": "Dua"},
        timeout=5,
    )
    assert created.status_code == 201
    response = requests.post(
        f"{sandbox.url}/v24.0/222/feed", data={"message": "hai", "access_token": "t2"}, timeout=5
    )
    assert response.json()["id"].startswith("222_")


def test_faults_round_trip_and_unknown_settings_are_refused(sandbox):
    faults = set_faults(sandbox, latency_ms=5, platforms=["x"])
    assert faults["latency_ms"] == 5 and faults["platforms"] == ["x"]
    assert requests.get(f"{sandbox.url}/__sandbox/faults", timeout=5).json() == faults
    bad = requests.post(f"{sandbox.url}/__sandbox/faults", json={"nope": 1}, timeout=5)
    assert bad.status_code == 400
    out_of_range = requests.post(
        f"{sandbox.url}/__sandbox/faults", json={"error_rate": 2}, timeout=5
    )
    assert out_of_range.status_code == 400
    reset = requests.delete(f"{sandbox.url}/__sandbox/faults", timeout=5).json()
    assert reset["latency_ms"] == 0 and reset["platforms"] == []


def test_faults_limited_to_one_platform_spare_the_others(sandbox):
    set_faults(sandbox, error_rate=1.0, platforms=["x"])
    assert tweet(sandbox.url, "x").status_code == 503
    assert post_fb(sandbox.url, "fb").status_code == 200


def test_latency_fault_delays_api_answers(sandbox):
    set_faults(sandbox, latency_ms=200)
    started = time.monotonic()
    post_fb(sandbox.url, "lambat")
    assert time.monotonic() - started >= 0.2


def test_posts_survive_a_restart_with_a_file_database(tmp_path):
    db = str(tmp_path / "sandbox.sqlite3")
    first = start_sandbox(db=db)
    post_id = post_fb(first.url, "tetap ada").json()["id"]
    first.shutdown()
    second = start_sandbox(db=db)
    try:
        posts = requests.get(f"{second.url}/__sandbox/posts", timeout=5).json()["data"]
        assert [p["remote_id"] for p in posts] == [post_id]
        next_id = post_fb(second.url, "baru").json()["id"]
        assert next_id != post_id  # ids keep counting after a restart
    finally:
        second.shutdown()


def test_front_page_lists_posts_per_platform_in_indonesian(sandbox):
    post_fb(sandbox.url, "Banjir <Katingan>")
    page = requests.get(f"{sandbox.url}/", timeout=5)
    assert page.headers["Content-Type"].startswith("text/html")
    assert "Banjir &lt;Katingan&gt;" in page.text
    assert "Belum ada kiriman." in page.text  # the platforms with nothing yet
    assert "Tayangan" in page.text


def test_command_line_serves_the_seeded_sandbox():
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "syndication.sandbox",
            "--port",
            "0",
            "--db",
            ":memory:",
            "--seed-demo",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = process.stderr.readline()
        url = banner.split()[3].rstrip("/")
        assert url.startswith("http://127.0.0.1:")
        assert requests.get(f"{url}/__sandbox/health", timeout=5).json()["ok"] is True
        assert post_fb(url, "dari CLI").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=5)


def test_concurrent_posts_all_get_distinct_ids(sandbox):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda i: tweet(sandbox.url, f"kiriman {i}"), range(48)))
    assert all(a.status_code == 201 for a in answers)
    assert len({a.json()["data"]["id"] for a in answers}) == 48


def test_chunked_request_bodies_are_read(sandbox):
    def chunks():
        yield b"message=potongan&access_token="
        yield FB_TOKEN.encode()

    response = requests.post(
        f"{sandbox.url}/v24.0/{FB_PAGE}/feed",
        data=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=5,
    )
    assert response.status_code == 200, response.text
