"""Image uploads are bounded, and a bad file is refused in Indonesian, never with a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from tests.support.hostile_files import decompression_bomb, jpeg, png, truncated_jpeg

pytestmark = pytest.mark.django_db
ADD = "/admin/images/add/"
Image = get_image_model()


def upload(client, name, content, content_type="image/jpeg"):
    return client.post(
        ADD,
        {"title": "Foto uji", "file": SimpleUploadedFile(name, content, content_type)},
    )


def errors_of(response) -> str:
    form = response.context["form"]
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_a_good_photo_is_accepted(login):
    response = upload(login("Redaktur"), "banjir.jpg", jpeg())
    assert response.status_code == 302
    assert Image.objects.filter(title="Foto uji").exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type", "says"),
    [
        ("bom.png", decompression_bomb(), "image/png", "terlalu banyak piksel"),
        ("terpotong.jpg", truncated_jpeg(), "image/jpeg", "rusak atau terpotong"),
        ("png-menyamar.jpg", png(), "image/jpeg", "tidak sesuai"),
        ("bukan-gambar.jpg", b"<?php system($_GET['c']); ?>", "image/jpeg", "gambar yang valid"),
        ("skrip.html", b"<script>alert(1)</script>", "text/html", "tidak didukung"),
        ("gambar.svg", b"<svg onload='alert(1)'/>", "image/svg+xml", "tidak didukung"),
        ("kosong.jpg", b"", "image/jpeg", "kosong"),
    ],
)
def test_a_bad_file_is_refused_with_an_indonesian_message(login, name, content, content_type, says):
    response = upload(login("Redaktur"), name, content, content_type)

    assert response.status_code == 200
    assert says in errors_of(response).lower()
    assert not Image.objects.filter(title="Foto uji").exists()


def test_an_oversized_file_is_refused_with_an_indonesian_message(login, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    response = upload(login("Redaktur"), "besar.jpg", jpeg(1600, 1200, "white") + b"\0" * 20_000)

    assert response.status_code == 200
    assert "terlalu besar" in errors_of(response).lower()


def test_uploads_are_bounded_in_bytes_pixels_and_types(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert set(settings.WAGTAILIMAGES_EXTENSIONS) <= {"jpg", "jpeg", "png", "webp", "gif"}


@pytest.fixture
def broken_photo_article():
    """A live article whose stored hero image was damaged on disk after its upload."""
    from news.factories import ArticlePageFactory

    article = ArticlePageFactory(title="Foto Rusak di Disk")
    image = article.hero_image
    with image.file.storage.open(image.file.name, "wb") as stored:
        stored.write(truncated_jpeg())
    return article


def test_a_page_with_a_broken_stored_image_still_answers(reader, broken_photo_article):
    response = reader.get(broken_photo_article.url)
    assert response.status_code == 200
    assert "Foto Rusak di Disk" in response.content.decode()
    assert reader.get("/").status_code == 200
    assert reader.get("/berita/").status_code == 200
    assert reader.get("/feed/").status_code == 200
