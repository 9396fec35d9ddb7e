"""Every role against every action, through the admin's own views."""

import pytest
from django.urls import reverse

from news.models import ArticlePage, Region
from syndication.factories import SyndicationFactory
from syndication.models import Syndication
from tests.support.admin_forms import article_form

pytestmark = pytest.mark.django_db

ALLOWED = {
    # action:                  Pewarta, Redaktur, Analis, Administrator
    "enter_admin": (True, True, True, True),
    "create_article": (True, True, False, True),
    "edit_own_article": (True, True, False, True),
    "edit_others_article": (False, True, False, True),
    "submit_for_review": (True, True, False, True),
    "publish": (False, True, False, True),
    "unpublish": (False, True, False, True),
    "lock": (False, True, False, True),
    "delete_others_article": (False, True, False, True),
    "manage_taxonomy": (False, True, False, True),
    "upload_image": (True, True, False, True),
    "manage_users": (False, False, False, True),
    "open_calendar": (True, True, False, True),
    "read_reach_analytics": (False, True, True, True),
    "see_social_accounts": (False, False, False, True),
    "resend_unreconciled_post": (False, True, False, True),
}
ROLES = ["Pewarta", "Redaktur", "Analis", "Administrator"]
CASES = [
    (action, role, allowed[position])
    for action, allowed in ALLOWED.items()
    for position, role in enumerate(ROLES)
]


def admin_page_opens(client, url) -> bool:
    response = client.get(url)
    return response.status_code == 200 and "wagtailadmin_login" not in response.get("Location", "")


def attempt(action, *, client, user, others_article, own_article, news_index, people):
    if action == "enter_admin":
        return admin_page_opens(client, "/admin/")
    if action == "create_article":
        return admin_page_opens(
            client, reverse("wagtailadmin_pages:add", args=["news", "articlepage", news_index.pk])
        )
    if action == "edit_own_article":
        return own_article is not None and admin_page_opens(
            client, reverse("wagtailadmin_pages:edit", args=[own_article.pk])
        )
    if action == "edit_others_article":
        return admin_page_opens(
            client, reverse("wagtailadmin_pages:edit", args=[others_article.pk])
        )
    if action == "submit_for_review":
        if own_article is None:
            return False
        client.post(
            reverse("wagtailadmin_pages:edit", args=[own_article.pk]),
            article_form(own_article, **{"action-submit": "Kirim"}),
        )
        return own_article.workflow_in_progress
    if action == "publish":
        client.post(f"/admin/bulk/wagtailcore/page/publish/?id={others_article.pk}")
        return ArticlePage.objects.get(pk=others_article.pk).live
    if action == "unpublish":
        others_article.save_revision().publish()
        client.post(
            reverse("wagtailadmin_pages:unpublish", args=[others_article.pk]),
            {"include_descendants": False},
        )
        return not ArticlePage.objects.get(pk=others_article.pk).live
    if action == "lock":
        client.post(reverse("wagtailadmin_pages:lock", args=[others_article.pk]))
        return ArticlePage.objects.get(pk=others_article.pk).locked
    if action == "delete_others_article":
        client.post(reverse("wagtailadmin_pages:delete", args=[others_article.pk]))
        return not ArticlePage.objects.filter(pk=others_article.pk).exists()
    if action == "manage_taxonomy":
        client.post(
            "/admin/snippets/news/region/add/",
            {
                "name": "Kabupaten Contoh",
                "short_name": "Contoh",
                "slug": "contoh",
                "kind": "kabupaten",
                "capital": "CONTOH",
                "sort_order": 99,
            },
        )
        return Region.objects.filter(slug="contoh").exists()
    if action == "upload_image":
        return admin_page_opens(client, reverse("wagtailimages:add"))
    if action == "manage_users":
        return admin_page_opens(client, reverse("wagtailusers_users:index"))
    if action == "open_calendar":
        return admin_page_opens(client, "/admin/jadwal/")
    if action == "read_reach_analytics":
        return admin_page_opens(client, "/admin/jangkauan/")
    if action == "see_social_accounts":
        return admin_page_opens(client, "/admin/snippets/syndication/socialaccount/")
    if action == "resend_unreconciled_post":
        row = SyndicationFactory(
            page=others_article,
            status=Syndication.Status.FAILED,
            last_error="Belum pasti — periksa manual apakah kiriman sudah terbit.",
        )
        client.post(
            reverse("syndication_resend_unreconciled", args=[row.pk]),
            {f"checked_by_hand_{row.pk}": "1"},
        )
        row.refresh_from_db()
        return row.status == Syndication.Status.PENDING
    raise AssertionError(action)


@pytest.mark.parametrize(
    ("action", "role", "allowed"), CASES, ids=[f"{a}-{r}" for a, r, _ in CASES]
)
def test_each_role_can_do_what_it_is_allowed_and_nothing_more(
    action, role, allowed, people, login, draft_by, news_index
):
    user = people[role]
    others_article = draft_by(people["Pewarta" if role != "Pewarta" else "Redaktur"])
    own_article = draft_by(user) if role != "Analis" else None
    outcome = attempt(
        action,
        client=login(user),
        user=user,
        others_article=others_article,
        own_article=own_article,
        news_index=news_index,
        people=people,
    )
    assert outcome is allowed
