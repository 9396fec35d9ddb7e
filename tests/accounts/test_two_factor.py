"""Two-step verification: required for Redaktur and Administrator, optional for the others."""

import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.people import PASSWORD
from tests.support.two_factor import code_for_secret, current_code, enrolled_device

pytestmark = pytest.mark.django_db

ENROL = "/admin/dua-langkah/daftar/"
VERIFY = "/admin/dua-langkah/"
ADMIN_PAGES = ["/admin/", "/admin/account/", "/admin/jangkauan/", "/admin/sindikasi/"]


def password_login(user) -> Client:
    client = Client()
    answer = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert answer.status_code == 302, "the password step itself must succeed"
    return client


def secret_on(page) -> str:
    return re.search(r"data-two-factor-secret>([A-Z2-7 ]+)<", page.content.decode()).group(1)


@pytest.mark.parametrize("role", ["Redaktur", "Administrator"])
def test_an_editor_with_only_a_password_is_sent_to_enrol_from_every_admin_page(people, role):
    client = password_login(people[role])

    for url in ADMIN_PAGES:
        answer = client.get(url)
        assert answer.status_code == 302, url
        assert answer["Location"].startswith(f"{ENROL}?next="), url


def test_enrolment_shows_a_qr_code_and_the_key_and_refuses_a_wrong_code_in_indonesian(people):
    client = password_login(people["Redaktur"])

    page = client.get(ENROL)
    wrong = client.post(ENROL, {"code": "000000" if secret_on(page) else ""})

    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    assert "Aktifkan verifikasi dua langkah" in page.content.decode()
    assert wrong.status_code == 400
    assert "Kode salah atau sudah kedaluwarsa" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302
    assert not TOTPDevice.objects.filter(user=people["Redaktur"], confirmed=True).exists()


def test_the_right_code_for_the_shown_key_enrols_the_editor_and_lets_them_in(people):
    editor = people["Redaktur"]
    client = password_login(editor)
    page = client.get(f"{ENROL}?next=/admin/pages/")
    # The key stays the same across page loads until it is confirmed.
    assert secret_on(client.get(ENROL)) == secret_on(page)

    answer = client.post(ENROL, {"code": code_for_secret(secret_on(page)), "next": "/admin/pages/"})

    assert answer.status_code == 302
    assert answer["Location"] == "/admin/pages/"
    assert TOTPDevice.objects.get(user=editor).confirmed
    for url in ADMIN_PAGES:
        assert client.get(url).status_code == 200, url


def test_an_enrolled_editor_must_give_the_current_code_after_the_password(people):
    editor = people["Administrator"]
    device = enrolled_device(editor)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client = password_login(editor)
        sent_to = client.get("/admin/jangkauan/")
        wrong = client.post(VERIFY, {"code": "123456", "next": "/admin/jangkauan/"})
        still_out = client.get("/admin/")
        clock.shift(timedelta(seconds=2))  # django-otp waits 1 s after a wrong code
        right = client.post(VERIFY, {"code": current_code(device), "next": "/admin/jangkauan/"})

        assert sent_to["Location"] == f"{VERIFY}?next=%2Fadmin%2Fjangkauan%2F"
        assert wrong.status_code == 400
        assert "Kode salah atau sudah kedaluwarsa" in wrong.content.decode()
        assert still_out["Location"].startswith(VERIFY)
        assert right["Location"] == "/admin/jangkauan/"
        assert client.get("/admin/jangkauan/").status_code == 200


def test_an_editor_with_a_device_cannot_enrol_another_one_without_its_code(people):
    editor = people["Redaktur"]
    enrolled_device(editor)
    client = password_login(editor)

    answer = client.get(ENROL)

    assert answer["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_guessing_codes_is_slowed_down_with_an_indonesian_message(people):
    editor = people["Redaktur"]
    device = enrolled_device(editor)
    with time_machine.travel(timezone.now(), tick=False):
        client = password_login(editor)
        client.post(VERIFY, {"code": "111111"})
        client.post(VERIFY, {"code": "222222"})

        right_too_soon = client.post(VERIFY, {"code": current_code(device)})

    assert right_too_soon.status_code == 400
    assert "Terlalu banyak kode salah. Tunggu" in right_too_soon.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_reporter_needs_no_second_step_until_she_enrols_from_her_account(people):
    reporter = people["Pewarta"]
    client = password_login(reporter)
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "Verifikasi dua langkah" in account and ENROL in account

    page = client.get(ENROL)
    client.post(ENROL, {"code": code_for_secret(secret_on(page))})
    later = password_login(reporter)

    assert later.get("/admin/")["Location"].startswith(VERIFY)


def test_an_administrator_resets_a_lost_device_and_the_editor_enrols_again(people):
    editor = people["Redaktur"]
    enrolled_device(editor)
    out = StringIO()

    call_command("reset_two_factor", editor.username, stdout=out)

    assert "1 perangkat" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert password_login(editor).get("/admin/")["Location"].startswith(ENROL)


def test_signing_out_stays_open_before_the_second_step(people):
    client = password_login(people["Redaktur"])

    answer = client.post("/admin/logout/")

    assert answer.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_icons_and_translations_of_the_second_step_pages_load_before_it(people):
    client = password_login(people["Redaktur"])

    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200


@pytest.mark.parametrize("elsewhere", ["https://evil.example/x", "//evil.example/x"])
def test_after_the_code_the_editor_is_never_sent_off_the_site(people, elsewhere):
    editor = people["Redaktur"]
    device = enrolled_device(editor)
    client = password_login(editor)

    answer = client.post(VERIFY, {"code": current_code(device), "next": elsewhere})

    assert answer["Location"] == "/admin/"
