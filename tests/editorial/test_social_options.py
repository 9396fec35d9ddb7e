"""The Media Sosial tab: what editors choose there is what goes out when the article is posted."""

import re
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
import responses
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from syndication import publishing
from syndication.factories import FAKE_GRAPH, SocialAccountFactory
from syndication.models import Syndication
from syndication.options import SocialOption
from syndication.platforms.graph import GRAPH_API_VERSION
from syndication.rows import create_syndications
from tests.support.admin_forms import article_form

pytestmark = pytest.mark.django_db
PLATFORMS = ["facebook", "instagram", "x", "youtube"]


def edit_url(article):
    return reverse("wagtailadmin_pages:edit", args=[article.pk])


def options_form(**chosen):
    """The tab's per-platform forms as the editor sends them, e.g. x={"skip": "on"}."""
    return inline_formset([{"platform": name, **chosen.get(name, {})} for name in PLATFORMS])


def tab_as_rendered(client, article) -> dict:
    """The Media Sosial tab's fields as the browser sends them back when left untouched."""
    page = BeautifulSoup(client.get(edit_url(article)).content, "html.parser")
    data = {}
    for field in page.select("[name^='social_options-'], [name^='extra_hashtags-']"):
        if field.name == "textarea":
            data[field["name"]] = field.text.removeprefix("\n")
        elif field.get("type") != "checkbox" or field.has_attr("checked"):
            data[field["name"]] = field.get(
                "value", "on" if field.get("type") == "checkbox" else ""
            )
    return data


def stored_options(article):
    return {
        option.platform: (option.text, option.skip)
        for option in SocialOption.objects.filter(page=article)
    }


def test_the_tab_offers_each_platforms_text_and_opt_out_in_indonesian(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    html = login(people["Pewarta"]).get(edit_url(article)).content.decode()
    for label in [
        "Status kiriman media sosial",
        "Tagar tambahan",
        "Teks khusus Facebook",
        "Jangan kirim ke Facebook",
        "Teks khusus Instagram",
        "Jangan kirim ke Instagram",
        "Teks khusus X",
        "Jangan kirim ke X",
        "Deskripsi khusus YouTube",
        "Jangan perbarui deskripsi YouTube",
        "Dipendekkan otomatis agar muat 280 karakter bersama tautannya.",
    ]:
        assert label in html, label
    assert 'maxlength="2200"' in html and 'maxlength="280"' in html
    assert 'name="youtube_video_id"' in html


def test_text_and_opt_out_chosen_in_a_draft_go_out_when_the_article_is_published(
    people, login, draft_by
):
    facebook = SocialAccountFactory(platform="facebook", external_id="1001")
    x = SocialAccountFactory(platform="x", base_url="http://x.test")
    article = ArticlePageFactory(owner=people["Pewarta"])
    article.save_revision().publish()
    reporter = login(people["Pewarta"])

    reporter.post(
        edit_url(article),
        article_form(
            article,
            social_options=options_form(
                facebook={"text": "Jembatan Kahayan dibuka lagi malam ini. {hashtags}"},
                x={"skip": "on"},
            ),
            extra_hashtags=inline_formset([{"hashtags": "#KaltengBerkah"}]),
        ),
    )
    # A draft's choices live in its revision until it is published, as its other changes do.
    assert stored_options(article) == {}
    submit = {
        **article_form(article),
        **tab_as_rendered(reporter, article),
        "action-submit": "Kirim",
    }
    reporter.post(edit_url(article), submit)
    assert stored_options(article) == {}
    review = WorkflowState.objects.get(object_id=str(article.pk), status="in_progress")
    login(people["Redaktur"]).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, "approve", review.current_task_state.pk],
        )
    )

    assert (
        ArticlePage.objects.get(pk=article.pk).live_revision == review.current_task_state.revision
    )
    assert stored_options(article) == {
        "facebook": ("Jembatan Kahayan dibuka lagi malam ini. {hashtags}", False),
        "x": ("", True),
    }
    rows = {Syndication.objects.get(pk=pk).account_id: pk for pk in create_syndications(article.pk)}
    with responses.RequestsMock() as graph:
        graph.post(
            re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/1001/feed"), json={"id": "1001_7"}
        )
        graph.get(
            re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/1001_7"),
            json={"permalink_url": "https://facebook.test/1001/posts/7"},
        )
        assert publishing.attempt(rows[facebook.pk]).status == Syndication.Status.POSTED
        assert publishing.attempt(rows[x.pk]).status == Syndication.Status.SKIPPED
        (message,) = parse_qs(graph.calls[0].request.body)["message"]
    assert message.startswith("Jembatan Kahayan dibuka lagi malam ini. #KaltengBerkah")
    assert Syndication.objects.get(pk=rows[x.pk]).last_error == (
        "Redaktur memilih tidak mengirim ke platform ini."
    )


def test_clearing_a_choice_removes_it(people, login, draft_by):
    article = draft_by(people["Redaktur"])
    editor = login(people["Redaktur"])
    publish = {"action-publish": "Terbitkan"}
    editor.post(
        edit_url(article),
        article_form(article, social_options=options_form(instagram={"skip": "on"}), **publish),
    )
    assert stored_options(article) == {"instagram": ("", True)}

    (kept,) = SocialOption.objects.filter(page=article)
    rendered = [{"platform": name} for name in PLATFORMS if name != "instagram"]
    editor.post(
        edit_url(article),
        article_form(
            article,
            social_options=inline_formset(
                [{"id": kept.pk, "platform": "instagram"}, *rendered], initial=1
            ),
            **publish,
        ),
    )
    assert stored_options(article) == {}


@pytest.mark.parametrize(("platform", "limit"), [("instagram", 2200), ("x", 280)])
def test_a_text_longer_than_the_platform_takes_is_refused(people, login, draft_by, platform, limit):
    article = draft_by(people["Redaktur"])
    response = login(people["Redaktur"]).post(
        edit_url(article),
        article_form(
            article, social_options=options_form(**{platform: {"text": "a" * (limit + 1)}})
        ),
    )
    assert response.status_code == 200
    assert f"paling banyak {limit} karakter" in response.content.decode().replace(".", "")
    assert not SocialOption.objects.exists()


@pytest.mark.clock
def test_the_calendar_shows_where_a_scheduled_article_will_be_posted(people, login):
    SocialAccountFactory(platform="facebook", name="Halaman MMC Kalteng")
    SocialAccountFactory(platform="x", name="@mmckalteng")
    article = ArticlePageFactory(live=False, first_published_at=None, title="Pasar Murah Sampit")
    SocialOption.objects.create(page=article, platform="x", skip=True)
    article.go_live_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()

    html = login(people["Redaktur"]).get("/admin/jadwal/").content.decode()
    assert "Pasar Murah Sampit" in html
    assert "Media sosial: Facebook: Halaman MMC Kalteng" in html
    assert "@mmckalteng" not in html
