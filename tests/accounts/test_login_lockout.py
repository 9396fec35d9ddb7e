"""Login lockout on the Wagtail admin's login form (django-axes), keyed on username and address."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.utils import timezone

from core.client_ip import client_ip
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ATTACKER = "203.0.113.7"
NEWSROOM = "198.51.100.20"


def try_password(client, username, password, *, address=ATTACKER, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_twelve_wrong_passwords_then_the_right_one_is_refused_while_locked(people, settings):
    reporter = people["Pewarta"]
    client = Client()
    answers = [try_password(client, reporter.username, f"salah-{n}") for n in range(12)]

    right = try_password(client, reporter.username, PASSWORD)

    assert [a.status_code for a in answers[: settings.AXES_FAILURE_LIMIT - 1]] == [200] * 4
    assert all(a.status_code == 429 for a in answers[settings.AXES_FAILURE_LIMIT :])
    assert right.status_code == 429
    assert not is_logged_in(client)
    page = right.content.decode()
    assert "Terlalu banyak percobaan masuk yang gagal" in page
    assert "Coba lagi dalam 30 menit" in page
    assert 'name="username"' in page  # the login form again, not a bare error
    assert right["Retry-After"] == str(30 * 60)


def test_the_lockout_ends_after_the_cool_off(people):
    reporter = people["Pewarta"]
    client = Client()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for n in range(5):
            try_password(client, reporter.username, f"salah-{n}")
        assert try_password(client, reporter.username, PASSWORD).status_code == 429

        clock.shift(timedelta(minutes=31))
        answer = try_password(client, reporter.username, PASSWORD)

    assert answer.status_code == 302
    assert is_logged_in(client)


def test_a_stranger_guessing_a_password_does_not_lock_out_the_reporter_at_her_desk(people):
    reporter = people["Pewarta"]
    for n in range(12):
        try_password(Client(), reporter.username, f"salah-{n}", address=ATTACKER)

    at_her_desk = Client()
    answer = try_password(at_her_desk, reporter.username, PASSWORD, address=NEWSROOM)

    assert answer.status_code == 302
    assert is_logged_in(at_her_desk)


def test_the_attacker_is_locked_out_of_every_other_username_only_per_username(people):
    for n in range(5):
        try_password(Client(), people["Pewarta"].username, f"salah-{n}")

    other = Client()
    answer = try_password(other, people["Analis"].username, PASSWORD)

    assert answer.status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(people):
    reporter = people["Pewarta"]
    client = Client()
    for n in range(12):
        forged = f"10.0.0.{n}"
        try_password(client, reporter.username, f"salah-{n}", HTTP_X_FORWARDED_FOR=forged)

    answer = try_password(client, reporter.username, PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9")

    assert answer.status_code == 429


def test_an_administrator_unlocks_a_locked_out_user_with_the_axes_command(people):
    reporter = people["Pewarta"]
    client = Client()
    for n in range(5):
        try_password(client, reporter.username, f"salah-{n}")

    call_command("axes_reset_username", reporter.username)

    assert try_password(client, reporter.username, PASSWORD).status_code == 302


def test_the_client_address_comes_from_our_own_proxies_only_when_production_says_so(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.20"
    )

    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.20"  # what nginx appended, not the claim before
    settings.TRUSTED_PROXY_COUNT = 3
    assert client_ip(request) == "10.0.0.2"  # fewer hops than proxies: the header is forged


def proxy_count_under(settings_module: str) -> str:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "TRUSTED_PROXY_COUNT": "1",
        "SECRET_KEY": "k3y-" + "x9Qz!vT7#pL2@wR5" * 4,
        "ALLOWED_HOSTS": "mmc.kalteng.go.id",
    }
    script = "import django; django.setup(); from django.conf import settings; "
    script += "print(settings.TRUSTED_PROXY_COUNT)"
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_only_production_settings_trust_a_proxy_count_from_the_environment():
    assert proxy_count_under("mmc.settings.production") == "1"
    assert proxy_count_under("mmc.settings.dev") == "0"
