"""The Media Sosial tab's preview: per platform, the post exactly as it would go out."""

import pytest
from django.urls import reverse

from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.payloads import build_payload
from syndication.platforms.registry import spec_for
from syndication.platforms.x import weighted_length
from syndication.preview import PREVIEW_ROW_ID

pytestmark = pytest.mark.django_db
PLATFORMS = ["facebook", "instagram", "x", "youtube"]


def preview_url(article):
    return reverse("syndication_preview", args=[article.pk])


def form_values(texts=None, **fields):
    """The editor form as the browser sends it while the reporter types."""
    texts = texts or {}
    data = {"social_options-TOTAL_FORMS": str(len(PLATFORMS)), **fields}
    for index, platform in enumerate(PLATFORMS):
        data[f"social_options-{index}-platform"] = platform
        data[f"social_options-{index}-text"] = texts.get(platform, "")
    return data


def previews(client, article, data) -> dict:
    response = client.post(preview_url(article), data)
    assert response.status_code == 200
    return {post["platform"]: post for post in response.json()["platforms"]}


def test_a_reporter_previews_each_platform_from_the_unsaved_form(people, login, draft_by):
    article = draft_by(people["Pewarta"], title="Judul tersimpan")
    posts = previews(
        login(people["Pewarta"]),
        article,
        form_values(title="Judul baru yang sedang diketik", ringkasan="Ringkasan baru."),
    )
    assert list(posts) == PLATFORMS
    for platform, post in posts.items():
        assert f"utm_source={platform}" in post["link"]
        assert f"utm_content={PREVIEW_ROW_ID}" in post["link"]
        assert "pratinjau" in post["link_note"]
        if not post["skipped"]:
            assert "Judul baru yang sedang diketik" in post["caption"], platform
            assert post["link"] in post["caption"]
            assert post["length"] <= post["limit"] and not post["over_limit"]


def test_an_anonymous_visitor_gets_no_preview(draft_by, people, client):
    article = draft_by(people["Pewarta"])
    response = client.post(preview_url(article), form_values())
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_someone_who_may_not_edit_the_article_gets_no_preview(draft_by, people, login):
    article = draft_by(people["Pewarta"])
    response = login(people["Analis"]).post(preview_url(article), form_values())
    # Wagtail's admin answers a refusal by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def test_an_x_text_of_300_characters_is_shown_shortened_with_its_weighted_count(
    people, login, draft_by
):
    article = draft_by(people["Pewarta"])
    text = "Harga naik " * 27 + "ya!"
    assert len(text) == 300
    post = previews(login(people["Pewarta"]), article, form_values({"x": text}))["x"]
    assert post["caption"].startswith("Harga naik Harga naik")
    assert "…" in post["caption"] and post["caption"].endswith(post["link"])
    assert post["length"] == weighted_length(post["caption"]) <= 280
    assert post["limit"] == 280 and not post["over_limit"]


def test_braces_other_than_the_five_placeholders_stay_literal(people, login, draft_by):
    article = draft_by(people["Pewarta"], title="Beras Stabil")
    text = "Harga {naik} {0} {title:x>9} {{ganda}} — {title}"
    post = previews(login(people["Pewarta"]), article, form_values({"x": text}))["x"]
    assert post["caption"].startswith("Harga {naik} {0} {title:x>9} {{ganda}} — Beras Stabil")
    assert not post["error"]


def test_the_preview_is_the_caption_that_is_posted(people, login, draft_by):
    article = draft_by(
        people["Pewarta"], live=True, title="Jembatan Baru Diresmikan", tags=["jembatan"]
    )
    article.save_revision(user=people["Pewarta"]).publish()
    row = SyndicationFactory(page=article, account=SocialAccountFactory(platform="x"))
    post = previews(login(people["Pewarta"]), article, {})["x"]
    assert f"utm_content={row.pk}" in post["link"] and not post["link_note"]
    assert "#Jembatan" in post["caption"]
    assert post["caption"] == build_payload(row).text


def test_a_platform_the_reporter_opted_out_of_says_so(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    data = form_values()
    data["social_options-0-skip"] = "on"
    post = previews(login(people["Pewarta"]), article, data)["facebook"]
    assert post["skipped"] == "Redaktur memilih tidak mengirim ke platform ini."


def test_the_tab_holds_a_preview_box_per_platform(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    html = login(people["Pewarta"]).get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    html = html.content.decode()
    assert f'data-mmc-preview-url="{preview_url(article)}"' in html
    assert "js/post-preview.js" in html
    for platform in PLATFORMS:
        assert f'data-mmc-preview="{platform}"' in html
    assert html.count("Pratinjau kiriman") == len(PLATFORMS)


def test_instagram_shows_its_crop_of_the_hero_image_and_youtube_its_description(
    people, login, draft_by
):
    article = draft_by(people["Pewarta"], youtube_video_id="dQw4w9WgXcQ")
    posts = previews(login(people["Pewarta"]), article, form_values())
    crop = article.hero_image.get_rendition(spec_for("instagram").image_rendition)
    assert posts["instagram"]["image"] == crop.url
    assert posts["facebook"]["image"] == "" and posts["x"]["image"] == ""
    assert posts["youtube"]["heading"] == "Pratinjau deskripsi video"
    assert article.ringkasan in posts["youtube"]["caption"]
    assert posts["x"]["heading"] == "Pratinjau kiriman"
