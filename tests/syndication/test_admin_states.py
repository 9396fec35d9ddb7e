"""Editors see each platform state with what to do, and leave a manual check without a double."""

from datetime import timedelta

import pytest
import requests
from django.utils import timezone

from syndication import publishing
from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.models import Syndication
from syndication.sandbox_accounts import connect_sandbox_accounts
from tests.support.sandbox import set_faults

pytestmark = pytest.mark.django_db
Status = Syndication.Status

RESTRICTED_ERROR = (
    "Dibatasi platform — perlu banding: Instagram membatasi tindakan akun ini karena "
    "dicurigai spam."
)
CHECK_ERROR = "Belum pasti — periksa manual: tingkat akses API X tidak bisa membaca linimasa."
CAP_ERROR = "Menunggu batas harian X: kuota kiriman harian aplikasi sudah habis."
PERMISSION_ERROR = "Izin kurang: pages_manage_posts — hubungkan ulang akun."


@pytest.fixture
def rows():
    account = SocialAccountFactory(platform="x", name="@mmckalteng")
    resumes = timezone.now() + timedelta(hours=5)
    return {
        "restricted": SyndicationFactory(
            page__title="Banjir Surut di Palangka Raya",
            account=SocialAccountFactory(platform="instagram", name="mmc.kalteng"),
            status=Status.FAILED,
            last_error=RESTRICTED_ERROR,
        ),
        "check": SyndicationFactory(
            page__title="Gubernur Resmikan Jembatan",
            account=account,
            status=Status.FAILED,
            last_error=CHECK_ERROR,
        ),
        "cap": SyndicationFactory(
            page__title="Harga Cabai Turun",
            account=account,
            status=Status.PENDING,
            last_error=CAP_ERROR,
            next_attempt_at=resumes,
        ),
        "permission": SyndicationFactory(
            page__title="Pasar Murah Ramadan",
            account=SocialAccountFactory(platform="facebook", name="Halaman MMC"),
            status=Status.NEEDS_REAUTH,
            last_error=PERMISSION_ERROR,
        ),
    }


def advice_shown(html):
    return {
        "restricted": "Ajukan banding" in html,
        "check": "Tandai sudah terkirim" in html and "Kirim ulang tanpa pencocokan" in html,
        "cap": "dilanjutkan" in html and "batas harian X diperbarui" in html,
        "permission": "Berikan izin pages_manage_posts" in html,
    }


def test_the_article_tab_names_each_state_and_what_to_do(login, rows):
    client = login("Redaktur")
    for name, row in rows.items():
        html = client.get(f"/admin/pages/{row.page_id}/edit/").content.decode()
        assert row.state.label in html, name
        assert advice_shown(html)[name], name


def test_the_syndication_list_uses_the_same_wording(login, rows):
    html = login("Redaktur").get("/admin/sindikasi/").content.decode()
    assert all(advice_shown(html).values())
    assert "mmc-status--waiting_cap" in html and "mmc-status--restricted" in html


def test_the_dashboard_lists_rows_waiting_on_an_editor_or_on_xs_daily_cap(login, rows):
    html = login("Redaktur").get("/admin/").content.decode()
    for title in ["Banjir Surut", "Gubernur Resmikan Jembatan", "Harga Cabai Turun"]:
        assert title in html
    assert "Ajukan banding" in html and "Kirim ulang tanpa pencocokan" in html
    assert "dilanjutkan" in html


def test_the_dashboard_says_which_permission_to_grant_and_to_reconnect(login):
    account = SocialAccountFactory(name="Halaman MMC Kalteng")
    account.flag_needs_reauth("Izin kurang: read_insights — hubungkan ulang akun.")
    html = login("Redaktur").get("/admin/").content.decode()
    assert "Berikan izin read_insights" in html and "hubungkan ulang akun" in html


def test_a_row_to_check_by_hand_offers_no_coba_lagi_that_would_loop(login, rows):
    html = login("Redaktur").get(f"/admin/pages/{rows['check'].page_id}/edit/").content.decode()
    assert "Kirim ulang tanpa pencocokan" in html
    assert "Coba lagi" not in html


def test_resending_without_reconciling_needs_the_editors_confirmation(login, rows, queued):
    row = rows["check"]
    response = login("Redaktur").post(f"/admin/sindikasi/{row.pk}/kirim-ulang/", follow=True)
    assert "sudah memeriksa akun" in response.content.decode()
    row.refresh_from_db()
    assert row.status == Status.FAILED
    assert queued() == []


def test_resending_without_reconciling_makes_the_row_pending_once(
    login, rows, queued, django_capture_on_commit_callbacks
):
    row = rows["check"]
    client = login("Redaktur")
    confirmed = {f"checked_by_hand_{row.pk}": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/sindikasi/{row.pk}/kirim-ulang/", confirmed)
        second = client.post(f"/admin/sindikasi/{row.pk}/kirim-ulang/", confirmed, follow=True)

    row.refresh_from_db()
    assert row.status == Status.PENDING  # not unknown: the next attempt posts, no reconciling
    assert row.attempts == 0 and row.last_error == "" and not row.holds_rate_slot
    assert queued() == [f"({row.pk},)"]
    assert "tidak lagi menunggu" in second.content.decode()


def test_only_a_row_to_check_by_hand_can_be_resent_without_reconciling(login, rows):
    client = login("Redaktur")
    for name in ["restricted", "cap", "permission"]:
        row = rows[name]
        client.post(f"/admin/sindikasi/{row.pk}/kirim-ulang/", {f"checked_by_hand_{row.pk}": "1"})
        before = row.status
        row.refresh_from_db()
        assert row.status == before, name


def test_a_reporter_cannot_resend_without_reconciling(login, rows):
    row = rows["check"]
    response = login("Pewarta").post(
        f"/admin/sindikasi/{row.pk}/kirim-ulang/", {f"checked_by_hand_{row.pk}": "1"}
    )
    assert response.status_code in {302, 403}
    row.refresh_from_db()
    assert row.status == Status.FAILED


def test_an_x_post_checked_by_hand_is_posted_once_after_resending(sandbox, login):
    (account,) = [a for a in connect_sandbox_accounts(sandbox.url) if a.platform == "x"]
    set_faults(sandbox, x_timeline_forbidden=True)
    row = SyndicationFactory(account=account, status=Status.UNKNOWN)
    publishing.attempt(row.pk)
    row.refresh_from_db()
    assert row.state.needs_manual_check

    login("Redaktur").post(
        f"/admin/sindikasi/{row.pk}/kirim-ulang/", {f"checked_by_hand_{row.pk}": "1"}
    )
    publishing.attempt(row.pk)

    row.refresh_from_db()
    assert row.status == Status.POSTED
    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=x", timeout=5).json()["data"]
    assert [post["remote_id"] for post in posts] == [row.remote_id]
