"""Accounts send tokens only to official hosts, errors keep no secret, redirects stay home."""

import json

import pytest
from django.core.exceptions import ValidationError

from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.models import SocialAccount, Syndication

pytestmark = pytest.mark.django_db
EDIT = "/admin/snippets/syndication/socialaccount/edit/{}/"


def form_data(account, **changes):
    return {
        "platform": account.platform,
        "name": account.name,
        "external_id": account.external_id,
        "base_url": account.base_url,
        "access_token": "",
        "secrets": "",
        "enabled": "on",
        **changes,
    }


@pytest.mark.parametrize(
    ("platform", "url"),
    [
        ("facebook", "https://graph.facebook.com"),
        ("instagram", "https://graph.facebook.com/"),
        ("x", "https://api.x.com"),
        ("x", "https://api.twitter.com"),
        ("youtube", "https://youtube.googleapis.com/"),
        ("youtube", "https://www.googleapis.com"),
        ("facebook", ""),
    ],
)
def test_an_account_may_name_its_platforms_official_api(platform, url):
    SocialAccountFactory.build(platform=platform, base_url=url).full_clean()


@pytest.mark.parametrize(
    ("platform", "url"),
    [
        ("facebook", "https://evil.example"),
        ("facebook", "http://graph.facebook.com"),  # not over HTTPS
        ("facebook", "https://graph.facebook.com:8443"),
        ("facebook", "https://user:pw@graph.facebook.com"),
        ("facebook", "https://graph.facebook.com.evil.example"),
        ("x", "https://graph.facebook.com"),  # another platform's host
        ("youtube", "http://169.254.169.254/latest/meta-data"),
        ("instagram", "http://127.0.0.1:8010"),  # the sandbox, outside DEBUG
    ],
)
def test_any_other_api_address_is_refused_in_indonesian(platform, url):
    with pytest.raises(ValidationError) as refused:
        SocialAccountFactory.build(platform=platform, base_url=url).full_clean()
    assert "tidak diizinkan" in " ".join(refused.value.message_dict["base_url"])


def test_the_sandbox_is_allowed_only_in_debug(settings):
    settings.DEBUG, settings.SANDBOX_URL = True, "http://127.0.0.1:8010"
    SocialAccountFactory.build(platform="x", base_url="http://127.0.0.1:8010/").full_clean()
    with pytest.raises(ValidationError):
        SocialAccountFactory.build(platform="x", base_url="http://127.0.0.1:9999").full_clean()


def test_the_admin_form_refuses_a_foreign_api_address(login):
    account = SocialAccountFactory(base_url="", access_token="EAAB-stay-home-1234")
    response = login("Administrator").post(
        EDIT.format(account.pk), form_data(account, base_url="https://evil.example/collect")
    )

    assert response.status_code == 200
    assert "Alamat API ini tidak diizinkan" in response.content.decode()
    account.refresh_from_db()
    assert (account.base_url, account.access_token) == ("", "EAAB-stay-home-1234")


def test_moving_an_account_to_another_address_clears_its_stored_secrets(login, settings):
    settings.SYNDICATION_API_HOSTS = {**settings.SYNDICATION_API_HOSTS, "x": ["api.x.com"]}
    account = SocialAccountFactory(
        platform="x",
        base_url="",
        access_token="x-user-token-1234",
        secrets=json.dumps({"consumer_secret": "consumer-secret-5678"}),
    )
    login("Administrator").post(
        EDIT.format(account.pk), form_data(account, base_url="https://api.x.com")
    )

    account.refresh_from_db()
    assert account.base_url == "https://api.x.com"
    assert (account.access_token, account.secrets) == ("", "")


def test_a_token_entered_with_the_new_address_is_kept(login):
    account = SocialAccountFactory(base_url="", access_token="EAAB-old-1234")
    login("Administrator").post(
        EDIT.format(account.pk),
        form_data(account, base_url="https://graph.facebook.com", access_token="EAAB-new-5678"),
    )

    account.refresh_from_db()
    assert account.access_token == "EAAB-new-5678"


def test_every_value_in_the_secrets_json_is_redacted_from_stored_errors():
    secrets = {
        "consumer_key": "ck-AbCdEf123",
        "consumer_secret": "cs-ZyXw/987+",
        "access_token_secret": "ats-Qwerty42",
        "nested": {"refresh_token": "1//rt-Refresh"},
    }
    account = SocialAccountFactory(
        platform="x", access_token="x-token-000111", secrets=json.dumps(secrets)
    )
    row = SyndicationFactory(account=account)
    echoed = (
        "oauth_consumer_key=ck-AbCdEf123 signed with cs-ZyXw/987+ and ats-Qwerty42; "
        "sent cs-ZyXw%2F987%2B, 1//rt-Refresh and x-token-000111; "
        "GET /token?client_secret=abcdef&refresh_token=zzz&key=AIzaSy12"
    )
    row.record_error(Syndication.Status.FAILED, echoed, raw=echoed)

    row.refresh_from_db()
    for stored in (row.last_error, row.last_error_raw, account.redact(echoed)):
        for value in [
            "ck-AbCdEf123",
            "cs-ZyXw/987+",
            "cs-ZyXw%2F987%2B",
            "ats-Qwerty42",
            "1//rt-Refresh",
            "x-token-000111",
            "abcdef",
            "zzz",
            "AIzaSy12",
        ]:
            assert value not in stored
    assert "***" in row.last_error


@pytest.mark.parametrize(
    "target", ["https://evil.example/phish", "//evil.example/x", "/\\evil.example", "javascript:x"]
)
def test_an_action_never_redirects_to_another_site(login, target):
    row = SyndicationFactory(status=Syndication.Status.FAILED)
    response = login("Redaktur").post(f"/admin/sindikasi/{row.pk}/kirim/", {"next": target})

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{row.page_id}/edit/"


def test_an_action_returns_to_a_page_of_this_site(login):
    row = SyndicationFactory(status=Syndication.Status.FAILED)
    response = login("Redaktur").post(
        f"/admin/sindikasi/{row.pk}/kirim/", {"next": "/admin/sindikasi/?status=failed"}
    )
    assert response["Location"] == "/admin/sindikasi/?status=failed"


def test_an_account_moved_by_code_also_loses_its_token():
    account = SocialAccountFactory(base_url="https://graph.facebook.com", access_token="EAAB-1")
    account.base_url = ""
    account.save(update_fields=["base_url"])
    assert SocialAccount.objects.get(pk=account.pk).access_token == ""


@pytest.mark.parametrize("external_id", ["../../me/accounts", "123?fields=access_token", "1 2"])
def test_a_platform_id_that_would_change_the_api_path_is_refused(login, external_id):
    account = SocialAccountFactory(base_url="")
    response = login("Administrator").post(
        EDIT.format(account.pk), form_data(account, external_id=external_id)
    )
    assert "hanya boleh berisi huruf" in response.content.decode()
    account.refresh_from_db()
    assert account.external_id != external_id
