"""What editors see of syndication in the admin, and who may touch the accounts."""

import pytest

from news.models import ArticlePage
from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.models import SocialAccount, Syndication

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_row():
    return SyndicationFactory(
        page__title="Sekda Kalteng Buka Rakor Inflasi",
        account=SocialAccountFactory(platform="x", name="@mmckalteng", base_url="http://x.test"),
        status=Syndication.Status.FAILED,
        attempts=3,
        last_error="Platform menolak kiriman ini; periksa isi dan pengaturannya.",
        last_error_raw='{"title": "Forbidden", "detail": "duplicate content"}',
    )


def test_the_article_shows_each_platforms_status_error_and_actions(login, failed_row):
    html = login("Redaktur").get(f"/admin/pages/{failed_row.page_id}/edit/").content.decode()
    assert "Status kiriman media sosial" in html
    assert "Gagal" in html and "Platform menolak kiriman ini" in html
    assert "duplicate content" in html
    assert "Coba lagi" in html and "Tandai sudah terkirim" in html


def test_a_reporter_sees_the_statuses_of_their_article_but_no_actions(people, login, failed_row):
    ArticlePage.objects.filter(pk=failed_row.page_id).update(owner=people["Pewarta"])
    html = login("Pewarta").get(f"/admin/pages/{failed_row.page_id}/edit/").content.decode()
    assert "Platform menolak kiriman ini" in html
    assert "Coba lagi" not in html and "Tandai sudah terkirim" not in html


def test_retry_puts_a_failed_row_back_in_the_queue(login, failed_row):
    response = login("Redaktur").post(f"/admin/sindikasi/{failed_row.pk}/kirim/")
    assert response.status_code == 302
    failed_row.refresh_from_db()
    # A failed row may have run out of attempts while unknown: it is reconciled first.
    assert failed_row.status == Syndication.Status.UNKNOWN
    assert failed_row.next_attempt_at is not None
    assert failed_row.attempts == 0


def test_a_double_click_on_coba_lagi_queues_the_row_once(
    login, failed_row, queued, django_capture_on_commit_callbacks
):
    client = login("Redaktur")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/sindikasi/{failed_row.pk}/kirim/")
        second = client.post(f"/admin/sindikasi/{failed_row.pk}/kirim/", follow=True)

    assert queued() == [f"({failed_row.pk},)"]
    assert "sudah dijadwalkan" in second.content.decode()


@pytest.mark.stages_in_flight  # a worker holds the row when the test ends
def test_a_row_a_worker_claimed_after_the_page_was_drawn_is_not_sent_back(login, failed_row):
    # The editor's page showed "Gagal"; a worker has claimed the row since.
    Syndication.objects.filter(pk=failed_row.pk).update(status=Syndication.Status.IN_FLIGHT)

    assert failed_row.reset_for_retry() is False
    assert failed_row.status == Syndication.Status.IN_FLIGHT
    response = login("Redaktur").post(f"/admin/sindikasi/{failed_row.pk}/kirim/", follow=True)
    assert "sedang dikirim" in response.content.decode()
    failed_row.refresh_from_db()
    assert failed_row.status == Syndication.Status.IN_FLIGHT


def test_a_posted_row_is_never_sent_again_from_the_admin(login, queued):
    row = SyndicationFactory(posted=True)
    response = login("Redaktur").post(f"/admin/sindikasi/{row.pk}/kirim/", follow=True)
    assert "sudah dikirim" in response.content.decode()
    row.refresh_from_db()
    assert row.status == Syndication.Status.POSTED
    assert queued() == []


@pytest.mark.clock
def test_kirim_sekarang_gives_up_a_reserved_rate_slot_and_takes_a_token(login):
    from datetime import timedelta

    from django.utils import timezone

    row = SyndicationFactory(
        status=Syndication.Status.PENDING,
        holds_rate_slot=True,
        next_attempt_at=timezone.now() + timedelta(minutes=5),
    )
    login("Redaktur").post(f"/admin/sindikasi/{row.pk}/kirim/")
    row.refresh_from_db()
    assert row.status == Syndication.Status.PENDING
    assert row.next_attempt_at <= timezone.now()
    assert not row.holds_rate_slot


def test_a_reporter_cannot_retry_or_mark_posts(login, failed_row):
    client = login("Pewarta")
    assert client.post(f"/admin/sindikasi/{failed_row.pk}/kirim/").status_code in {302, 403}
    failed_row.refresh_from_db()
    assert failed_row.status == Syndication.Status.FAILED


def test_an_editor_can_mark_a_post_made_by_hand(login, failed_row):
    client = login("Redaktur")
    bad = client.post(
        f"/admin/sindikasi/{failed_row.pk}/tandai/", {f"remote_url_{failed_row.pk}": "bukan tautan"}
    )
    assert bad.status_code == 302
    failed_row.refresh_from_db()
    assert failed_row.status == Syndication.Status.FAILED

    client.post(
        f"/admin/sindikasi/{failed_row.pk}/tandai/",
        {f"remote_url_{failed_row.pk}": "https://x.com/mmckalteng/status/1"},
    )
    failed_row.refresh_from_db()
    assert failed_row.status == Syndication.Status.POSTED
    assert failed_row.remote_url == "https://x.com/mmckalteng/status/1"
    assert failed_row.marked_manually_by is not None


def test_the_syndication_list_filters_by_status_platform_and_account(login, failed_row):
    other = SocialAccountFactory(platform="facebook", name="Halaman MMC")
    SyndicationFactory(posted=True, page=failed_row.page, account=other)
    client = login("Redaktur")

    everything = client.get("/admin/sindikasi/")
    assert everything.context["page_obj"].paginator.count == 2
    assert [
        row.pk for row in client.get("/admin/sindikasi/?status=failed").context["page_obj"]
    ] == [failed_row.pk]
    assert (
        client.get("/admin/sindikasi/?platform=facebook").context["page_obj"].paginator.count == 1
    )
    assert (
        client.get(f"/admin/sindikasi/?account={other.pk}").context["page_obj"][0].account == other
    )
    assert login("Analis").get("/admin/sindikasi/").status_code in {302, 403}


def test_the_dashboard_warns_when_an_account_needs_reauthorisation(login):
    account = SocialAccountFactory(name="Halaman MMC Kalteng")
    account.flag_needs_reauth("Token akses kedaluwarsa; hubungkan ulang akun.")
    html = login("Redaktur").get("/admin/").content.decode()
    assert "Peringatan media sosial" in html
    assert "Halaman MMC Kalteng" in html and "hubungkan ulang" in html


def test_only_administrators_manage_accounts_and_tokens_are_never_shown(login):
    account = SocialAccountFactory(access_token="EAAB-very-secret-token-9876")
    for role in ["Pewarta", "Redaktur", "Analis"]:
        response = login(role).get("/admin/snippets/syndication/socialaccount/")
        assert response.status_code in {302, 403}, role

    admin = login("Administrator")
    listing = admin.get("/admin/snippets/syndication/socialaccount/").content.decode()
    edit = admin.get(f"/admin/snippets/syndication/socialaccount/edit/{account.pk}/")
    assert "••••9876" in listing
    assert "EAAB-very-secret-token" not in listing
    assert "EAAB-very-secret-token" not in edit.content.decode()


def test_saving_an_account_without_a_new_token_keeps_the_old_one(login):
    account = SocialAccountFactory(base_url="", access_token="EAAB-keep-me-1234")
    account.flag_needs_reauth("kedaluwarsa")
    admin = login("Administrator")
    data = {
        "platform": "facebook",
        "name": "Baru",
        "external_id": account.external_id,
        "base_url": account.base_url,
        "access_token": "",
        "secrets": "",
        "enabled": "on",
    }
    admin.post(f"/admin/snippets/syndication/socialaccount/edit/{account.pk}/", data)
    account.refresh_from_db()
    assert (account.name, account.access_token) == ("Baru", "EAAB-keep-me-1234")
    assert account.status == SocialAccount.Status.NEEDS_REAUTH

    admin.post(
        f"/admin/snippets/syndication/socialaccount/edit/{account.pk}/",
        {**data, "access_token": "EAAB-fresh-5678"},
    )
    account.refresh_from_db()
    assert account.access_token == "EAAB-fresh-5678"
    assert account.status == SocialAccount.Status.ACTIVE
