"""A hero image damaged on disk fails its Instagram post once, with what to do, never a loop."""

import pytest

from news.factories import ArticlePageFactory
from syndication.factories import SocialAccountFactory, SyndicationFactory
from syndication.models import Syndication
from syndication.publishing import attempt
from tests.support.hostile_files import truncated_jpeg

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_row():
    article = ArticlePageFactory(title="Foto Rusak untuk Instagram")
    image = article.hero_image
    with image.file.storage.open(image.file.name, "wb") as stored:
        stored.write(truncated_jpeg())
    account = SocialAccountFactory(platform="instagram")
    return SyndicationFactory(page=article, account=account)


def test_a_broken_hero_image_fails_the_instagram_post_with_an_indonesian_message(broken_row):
    attempt(broken_row.pk)

    broken_row.refresh_from_db()
    assert broken_row.status == Syndication.Status.FAILED
    assert broken_row.last_error.startswith("Gambar utama artikel rusak")
    assert "OSError" in broken_row.last_error_raw


def test_the_post_preview_says_the_image_is_broken(login, broken_row):
    response = login("Redaktur").post(
        f"/admin/sindikasi/pratinjau/{broken_row.page_id}/", {"title": "Foto Rusak"}
    )
    assert response.status_code == 200
    assert "Gambar utama artikel rusak" in response.content.decode()
