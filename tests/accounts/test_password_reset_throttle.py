"""The admin's password-reset form, throttled per address and per e-mail address (Redis)."""

import pytest
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"
THROTTLED = "Terlalu banyak permintaan atur ulang kata sandi"


def ask_reset(email, *, address="203.0.113.7"):
    return Client().post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_a_fourth_request_for_one_mailbox_within_the_hour_sends_nothing(people, settings):
    email = people["Pewarta"].email
    answers = [ask_reset(email, address=f"198.51.100.{n}") for n in range(4)]

    assert [a.status_code for a in answers[:3]] == [302, 302, 302]
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL == 3
    assert answers[3].status_code == 429
    page = answers[3].content.decode()
    assert THROTTLED in page
    assert 'name="email"' in page  # the form again, with the reason


def test_one_address_asking_for_many_mailboxes_is_stopped_after_five(people):
    answers = [ask_reset(f"orang{n}@mmc.kalteng.go.id") for n in range(5)]
    sixth = ask_reset(people["Analis"].email)

    assert all(a.status_code == 302 for a in answers)
    assert sixth.status_code == 429
    assert THROTTLED in sixth.content.decode()
    assert mail.outbox == []  # none of the five had an account, the sixth was refused


def test_the_mailbox_count_ignores_capitals_and_spaces(people):
    email = people["Redaktur"].email
    for variant in (email, email.upper(), f" {email} "):
        ask_reset(variant, address="198.51.100.1")

    assert ask_reset(email.title(), address="198.51.100.2").status_code == 429


def test_a_throttled_request_looks_the_same_for_known_and_unknown_mailboxes(people):
    known, unknown = people["Pewarta"].email, "tidak-ada@mmc.kalteng.go.id"
    for _ in range(3):
        ask_reset(known, address="198.51.100.1")
        ask_reset(unknown, address="198.51.100.2")

    assert ask_reset(known, address="198.51.100.3").status_code == 429
    assert ask_reset(unknown, address="198.51.100.4").status_code == 429
