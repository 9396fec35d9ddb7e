"""Password rules (length 12, common and look-alike passwords refused) and idle sessions."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db


def refusals(password, user=None) -> list[str]:
    try:
        validate_password(password, user)
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def test_passwords_need_twelve_characters_and_are_not_common_or_like_the_user(people):
    reporter = people["Pewarta"]

    assert "password_too_short" in refusals("Kalteng2026")  # eleven characters
    assert refusals("sungai-kahayan-pagi") == []
    assert "password_too_common" in refusals("qwerty123456")
    assert "password_too_similar" in refusals(f"{reporter.email}x", reporter)
    assert "password_entirely_numeric" in refusals("620536001122")


def test_a_new_password_set_through_a_form_is_refused_in_indonesian_when_too_short(people):
    form = SetPasswordForm(
        people["Pewarta"], {"new_password1": "pendek-123", "new_password2": "pendek-123"}
    )

    assert not form.is_valid()
    assert "terlalu pendek" in " ".join(form.errors["new_password2"]).lower()


def test_an_admin_session_ends_after_a_working_day_without_activity(people, settings):
    assert settings.SESSION_COOKIE_AGE == 9 * 60 * 60
    reporter = people["Pewarta"]
    client = Client()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.post("/admin/login/", {"username": reporter.username, "password": PASSWORD})
        for _hour in range(3):  # busy all day: every request pushes the end back
            clock.shift(timedelta(hours=8))
            assert client.get("/admin/").status_code == 200

        clock.shift(timedelta(hours=9, minutes=1))  # overnight
        answer = client.get("/admin/")

    assert answer.status_code == 302
    assert answer["Location"].startswith("/admin/login/")
