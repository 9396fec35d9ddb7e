from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from core.roles import TWO_FACTOR_ROLES

ROLES = {"admin": "Administrator", "redaktur": "Redaktur", "pewarta": "Pewarta", "analis": "Analis"}


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    call_command("seed_demo", "--articles", "0", stdout=None)
    call_command("seed_demo", "--articles", "0", stdout=None)


@pytest.mark.django_db
def test_seeding_twice_creates_one_user_per_role(seeded):
    users = get_user_model().objects.filter(username__in=ROLES)
    assert users.count() == len(ROLES)
    for user in users:
        assert list(user.groups.values_list("name", flat=True)) == [ROLES[user.username]]


@pytest.mark.django_db
@pytest.mark.parametrize("username", sorted(ROLES))
def test_every_demo_user_can_log_in_to_the_admin(seeded, client, username):
    """admin and redaktur then give the code `kode_2fa_demo` prints, as the banner says."""
    response = client.post(
        "/admin/login/", {"username": username, "password": "mmcdemo"}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.username == username
    if ROLES[username] in TWO_FACTOR_ROLES:
        assert response.redirect_chain[-1][0] == "/admin/dua-langkah/?next=%2Fadmin%2F"
        printed = StringIO()
        call_command("kode_2fa_demo", stdout=printed)
        code = printed.getvalue().split()[0]
        response = client.post(
            "/admin/dua-langkah/", {"code": code, "next": "/admin/"}, follow=True
        )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/"


@pytest.mark.django_db
def test_demo_password_can_be_overridden(settings, client):
    settings.DEBUG = True
    settings.DEMO_PASSWORD = "rahasia-lain"
    call_command("seed_demo", "--articles", "0", stdout=None)
    assert client.login(username="redaktur", password="rahasia-lain")
    assert not client.login(username="redaktur", password="mmcdemo")


@pytest.mark.django_db
def test_the_demo_seed_refuses_to_run_outside_dev(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", "--articles", "0")


@pytest.mark.django_db
def test_the_home_page_and_admin_login_are_served_in_indonesian(client):
    home = client.get("/")
    assert home.status_code == 200
    assert '<html lang="id">' in home.content.decode()
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert "Masuk" in login.content.decode()


@pytest.mark.django_db
def test_an_unknown_page_gets_the_indonesian_404(client):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
