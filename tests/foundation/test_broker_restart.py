"""Workers ride out their Redis broker being killed and restarted from its append-only file,
and `make run` starts its Redis again when it dies."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import Celery
from redis import Redis

from devtools.redis_server import EphemeralRedis, SupervisedRedis, free_port, wait_until_listening

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def broker():
    redis = EphemeralRedis(persist=True)
    yield redis
    redis.stop()


@pytest.fixture
def client(broker):
    """A Celery app with the project's settings, on the private broker instead of the suite's."""
    app = Celery("broker-restart")
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=broker.url, result_backend=broker.url)
    yield app
    app.close()


@pytest.fixture
def worker(broker, tmp_path):
    """`celery -A mmc worker` as the Procfile runs it, in its own process, logging to a file."""
    log = tmp_path / "worker.log"
    env = {**os.environ, "REDIS_URL": broker.url, "DJANGO_SETTINGS_MODULE": "mmc.settings.test"}
    with log.open("wb") as output:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "mmc", "worker"),
                *("--concurrency=2", "--loglevel=INFO", "--hostname=broker-restart@%h"),
                *("--include", "tests.support.broker_tasks"),
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    process.log = log
    yield process
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def round_trip(client, timeout: float) -> dict:
    token = uuid.uuid4().hex
    payload = client.send_task("mmc.ping", args=[token]).get(timeout=timeout)
    assert payload["token"] == token
    return payload


def test_a_worker_process_rides_out_its_broker_being_killed_and_restarted(broker, client, worker):
    round_trip(client, timeout=60)

    for _ in range(2):
        # A task in hand: the worker holds an unacknowledged message (acks_late) and waits
        # on BRPOP for the next one, the state in which a broker crash used to kill it.
        client.send_task("tests.hold_worker", args=[6])
        time.sleep(2)
        broker.crash()
        time.sleep(2)
        broker.start_again()
        time.sleep(3)
        log = worker.log.read_text(errors="replace")
        assert worker.poll() is None, f"the worker exited:\n{log[-4000:]}"

    assert round_trip(client, timeout=60)["host"]
    assert worker.poll() is None
    log = worker.log.read_text(errors="replace")
    assert "Connection to broker lost" in log  # the broker really went away under it
    assert "Unrecoverable error" not in log


def test_the_demo_redis_is_started_again_from_its_append_only_file_when_it_dies(tmp_path):
    said = []
    port = free_port()
    redis = SupervisedRedis(port, tmp_path, log=said.append)
    try:
        wait_until_listening(port)
        Redis(port=port).set("mmc:views:1", 7)
        first = redis.process
        first.kill()
        deadline = time.monotonic() + 15
        while redis.process is first and time.monotonic() < deadline:
            time.sleep(0.1)
        wait_until_listening(port)
        assert Redis(port=port).get("mmc:views:1") == b"7"
        assert "dijalankan lagi" in said[0]
    finally:
        redis.stop()
    assert redis.process.poll() is not None
