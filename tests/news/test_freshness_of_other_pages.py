"""A change shows on every page that shows the changed thing, not only on the article's own.

Other articles show an article as a "Berita terkait" card and as a previous/next link; every
article shows its region, rubrik, OPD, tags and reporters by name; a reporter's page shows
their photo. As in test_page_freshness.py, each test fills the cache, makes the change, lets
the transaction commit and reads the pages: the first read after the commit is fresh.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from taggit.models import Tag

from news.factories import AgencyFactory, ImageFactory, ReporterFactory, region, rubrik
from tests.support.hostile_files import jpeg
from tests.support.page_cache import (
    assert_fresh,
    fill_cache,
    published_article,
    read_all,
    served_from_cache,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def retitle(article, title: str) -> None:
    article.title = title
    article.save_revision().publish()


def related_section(page: str) -> str:
    return page.partition('id="related-heading"')[2]


def test_retitling_an_article_refreshes_the_articles_showing_it_as_related(commit):
    shown = published_article(title="Jembatan Tumbang Samba Diresmikan", tags=["jembatan"])
    published_article()  # between them: `shown` is no previous/next link of `showing`
    showing = published_article(tags=["jembatan"])
    fill_cache([showing.url])

    with commit():
        retitle(shown, "Ralat: Jembatan Tumbang Samba Diresmikan Gubernur")
    page = read_all([showing.url])[showing.url]
    assert "Diresmikan Gubernur" in related_section(page)


def test_retitling_an_article_refreshes_the_previous_and_next_links_beside_it(commit):
    before = published_article()
    middle = published_article(title="Harga Cabai Turun di Pasar Kahayan")
    after = published_article()
    fill_cache([before.url, after.url])

    with commit():
        retitle(middle, "Harga Cabai dan Bawang Turun di Pasar Kahayan")
    assert_fresh([before.url, after.url], shows="Harga Cabai dan Bawang Turun")


def test_publishing_an_article_gives_the_newest_before_it_a_next_link(commit):
    before = published_article()
    fill_cache([before.url])

    with commit():
        published_article(title="Festival Budaya Isen Mulang Dimulai")
    page = read_all([before.url])[before.url]
    assert 'rel="next"' in page
    assert "Festival Budaya Isen Mulang Dimulai" in page


def test_unpublishing_an_article_removes_it_from_the_pages_that_showed_it(commit):
    shown = published_article(title="Pengumuman Seleksi yang Ditarik", tags=["seleksi"])
    showing = published_article(tags=["seleksi"])
    assert "Pengumuman Seleksi yang Ditarik" in read_all([showing.url])[showing.url]
    fill_cache([showing.url])

    with commit():
        shown.unpublish()
    assert_fresh([showing.url], hides="Pengumuman Seleksi yang Ditarik")


def test_changing_an_articles_image_refreshes_the_cards_of_it_on_other_articles(commit):
    shown = published_article(tags=["sawit"])
    published_article()
    showing = published_article(tags=["sawit"])
    fill_cache([showing.url])

    image = shown.hero_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width, image.focal_point_height = 20, 20
    with commit():
        image.save()
    assert not served_from_cache(showing.url)


def test_replacing_an_images_file_in_the_admin_refreshes_the_pages_showing_it(
    login, django_user_model, commit
):
    article = published_article()
    urls = [article.url, "/", "/berita/", article.region.get_absolute_url()]
    fill_cache(urls)

    image = article.hero_image
    replacement = SimpleUploadedFile("pengganti.jpg", jpeg(1200, 800, "orange"), "image/jpeg")
    with commit():
        response = login(django_user_model.objects.create_superuser("kurator")).post(
            f"/admin/images/{image.pk}/",
            {"title": image.title, "collection": image.collection_id, "file": replacement},
        )
    assert response.status_code == 302, response.context["form"].errors
    assert response["Location"] == "/admin/images/"
    assert [served_from_cache(url) for url in urls] == [False] * len(urls)


def taxonomy_entry(article, kind):
    return {
        "region": article.region,
        "rubrik": article.rubrik,
        "agency": article.agencies.first(),
        "reporter": article.reporters[0],
    }[kind]


@pytest.mark.parametrize("kind", ["region", "rubrik", "agency", "reporter"])
def test_renaming_a_taxonomy_entry_and_its_slug_refreshes_old_and_new_urls_and_its_articles(
    kind, commit
):
    article = published_article(region=region("sukamara"), rubrik=rubrik("ekonomi"))
    entry = taxonomy_entry(article, kind)
    old_url = entry.get_absolute_url()
    fill_cache([old_url, article.url, "/"])

    entry.name = "Nama Baru Sekali"
    if kind == "agency":
        entry.short_name = "Nama Baru Sekali"
    entry.slug = "nama-baru-sekali"
    with commit():
        entry.save()
    new_url = entry.get_absolute_url()
    assert read_all([old_url]) == {old_url: ""}  # gone: the old address now answers 404
    assert_fresh([new_url, article.url], shows="Nama Baru Sekali")


def test_renaming_a_tag_and_its_slug_refreshes_its_topic_pages_and_articles(commit):
    article = published_article(tags=["karhutla"])
    fill_cache(["/topik/karhutla/", article.url])

    tag = Tag.objects.get(slug="karhutla")
    tag.name, tag.slug = "kebakaran hutan", "kebakaran-hutan"
    with commit():
        tag.save()
    assert read_all(["/topik/karhutla/"]) == {"/topik/karhutla/": ""}
    assert_fresh(["/topik/kebakaran-hutan/", article.url], shows="#kebakaran hutan")


def test_a_reporters_new_photo_shows_on_their_page(commit):
    reporter = ReporterFactory(photo=ImageFactory())
    article = published_article(reporters=[reporter])
    fill_cache([reporter.get_absolute_url(), article.url])

    reporter.photo = ImageFactory(title="Foto Profil Baru")
    with commit():
        reporter.save()
    page = read_all([reporter.get_absolute_url()])[reporter.get_absolute_url()]
    assert reporter.photo.get_rendition("fill-120x120").url in page


def test_recropping_a_reporters_photo_refreshes_their_page(commit):
    reporter = ReporterFactory(photo=ImageFactory())
    published_article(reporters=[reporter])
    fill_cache([reporter.get_absolute_url()])

    photo = reporter.photo
    photo.focal_point_x, photo.focal_point_y = 5, 5
    photo.focal_point_width, photo.focal_point_height = 40, 40
    with commit():
        photo.save()
    assert not served_from_cache(reporter.get_absolute_url())


def test_a_rename_purges_only_the_newest_article_pages_but_every_listing(settings, commit):
    settings.PURGE_MAX_ARTICLE_PAGES = 2
    agency = AgencyFactory()
    oldest, older, newer, newest = (
        published_article(region=region("lamandau"), agencies=[agency]) for _ in range(4)
    )
    listings = ["/", "/berita/", "/wilayah/lamandau/", agency.get_absolute_url(), "/feed/"]
    fill_cache([oldest.url, older.url, newer.url, newest.url, *listings])

    renamed = region("lamandau")
    renamed.name = "Kabupaten Lamandau Raya"
    with commit():
        renamed.save()
    assert_fresh([newest.url, newer.url], shows="Kabupaten Lamandau Raya")
    read_all(listings)  # each listing is rendered anew, whatever the cap
    assert served_from_cache(oldest.url) and served_from_cache(older.url)
