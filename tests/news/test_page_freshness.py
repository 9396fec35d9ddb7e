"""With the page cache on, every change a reader would notice shows at once, everywhere.

Each test first fills the cache (and checks the second read is a hit), then makes the
change the way the newsroom does (a revision published, beat's publish_scheduled), lets
the transaction commit, and reads the article, home, its listings, the feeds and sitemaps.
The purge runs when the transaction commits, so the very first read after it is fresh: no
wait at all, well within the 5 seconds asked of the public site (timing is `make bench`'s).
"""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from mmc.tasks import publish_scheduled
from news.factories import AgencyFactory, ArticlePageFactory, region
from tests.support.page_cache import (
    assert_fresh,
    fill_cache,
    new_article,
    published_article,
    read_all,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def listings_of(article) -> list[str]:
    tag = article.tags.first()
    return [
        "/",
        "/berita/",
        article.region.get_absolute_url(),
        f"{article.region.get_absolute_url()}feed/",
        article.rubrik.get_absolute_url(),
        article.agencies.first().get_absolute_url(),
        f"/topik/{tag.slug}/",
        article.reporters[0].get_absolute_url(),
        "/feed/",
        "/sitemap-news.xml",
    ]


def test_publishing_shows_on_the_article_home_listings_and_feeds(commit):
    ArticlePageFactory()  # the listings are not empty before
    article = new_article(title="Banjir Kapuas Mulai Surut")
    urls = [article.url, *listings_of(article)]
    fill_cache([*urls, "/sitemap.xml"])

    with commit():
        article.save_revision().publish()
    assert_fresh(urls, shows="Banjir Kapuas Mulai Surut")
    assert_fresh(["/sitemap.xml"], shows=article.url)


def test_unpublishing_removes_it_from_the_article_home_listings_and_feeds(commit):
    article = published_article(title="Jadwal Vaksinasi yang Ditarik")
    urls = [*listings_of(article)]
    fill_cache([article.url, *urls])

    with commit():
        article.unpublish()
    assert_fresh(urls, hides="Jadwal Vaksinasi yang Ditarik")
    assert Client().get(article.url).status_code == 404


def test_a_correction_shows_everywhere_and_a_listing_it_left_drops_it(commit):
    article = published_article(title="Harga Beras Naik", region=region("kapuas"))
    old_region_url = article.region.get_absolute_url()
    urls = [article.url, *listings_of(article)]
    fill_cache(urls)

    article.title = "Ralat: Harga Beras Turun"
    article.region = region("seruyan")
    with commit():
        article.save_revision().publish()
    assert_fresh(
        [article.url, *listings_of(article)],
        shows="Ralat: Harga Beras Turun",
    )
    assert "Harga Beras" not in read_all([old_region_url])[old_region_url]


def test_a_scheduled_go_live_by_beat_shows_everywhere(commit):
    ArticlePageFactory()
    article = new_article(
        title="Festival Isen Mulang Dibuka", go_live_at=timezone.now() + timedelta(hours=1)
    )
    article.save_revision().publish()  # scheduled: not live yet
    urls = [article.url, *listings_of(article)]
    fill_cache(urls)
    assert "Festival Isen Mulang" not in Client().get("/").content.decode()

    with time_machine.travel(timezone.now() + timedelta(minutes=61), tick=True), commit():
        publish_scheduled()
    assert_fresh(urls, shows="Festival Isen Mulang Dibuka")


def test_expiry_by_beat_removes_it_everywhere(commit):
    article = published_article(title="Pengumuman Lelang Berakhir")
    article.expire_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    urls = listings_of(article)
    fill_cache([article.url, *urls])

    with time_machine.travel(timezone.now() + timedelta(minutes=61), tick=True), commit():
        publish_scheduled()
    assert_fresh(urls, hides="Pengumuman Lelang Berakhir")


def test_renaming_a_region_shows_on_its_articles_and_listings(commit):
    article = published_article(region=region("katingan"))
    urls = [article.url, article.region.get_absolute_url(), "/"]
    fill_cache(urls)

    renamed = article.region
    renamed.name = "Kabupaten Katingan Raya"
    with commit():
        renamed.save()
    assert_fresh(urls, shows="Kabupaten Katingan Raya")


def test_renaming_a_reporter_shows_on_the_byline(commit):
    article = published_article()
    reporter = article.reporters[0]
    fill_cache([article.url])

    reporter.name = "Novita Sari Dewi"
    with commit():
        reporter.save()
    assert_fresh([article.url], shows="Novita Sari Dewi")


def test_changing_an_image_renders_the_articles_that_show_it_again(commit):
    article = published_article()
    urls = [article.url, "/", "/berita/"]
    fill_cache(urls)

    image = article.hero_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width, image.focal_point_height = 20, 20
    with commit():
        image.save()
    reader = Client()
    assert [reader.get(url)["X-Page-Cache"] for url in urls] == ["miss"] * len(urls)


def test_renaming_an_agency_shows_on_its_page_even_before_it_has_articles(commit):
    agency = AgencyFactory(name="Dinas Perhubungan")
    fill_cache([agency.get_absolute_url()])

    agency.name = "Dinas Perhubungan dan Pariwisata"
    with commit():
        agency.save()
    assert_fresh([agency.get_absolute_url()], shows="Dinas Perhubungan dan Pariwisata")
