import xml.etree.ElementTree as ElementTree
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory, region, rubrik

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def articles(count, **kwargs):
    now = timezone.now()
    return [
        ArticlePageFactory(first_published_at=now - timedelta(hours=position), **kwargs)
        for position in range(count)
    ]


def test_the_news_index_shows_12_articles_a_page_newest_first(reader):
    created = articles(14)
    first = reader.get("/berita/")
    second = reader.get("/berita/?page=2")

    assert list(first.context["articles"]) == created[:12]
    assert list(second.context["articles"]) == created[12:]
    assert reader.get("/berita/?page=tidak-ada").context["articles"].number == 1
    assert reader.get("/berita/?page=999").context["articles"].number == 2


def test_region_agency_topic_reporter_and_rubrik_pages_list_only_their_articles(reader):
    agency = AgencyFactory(slug="dinkes", name="Dinas Kesehatan")
    reporter = ReporterFactory(slug="novita", name="Novita")
    match = ArticlePageFactory(
        region=region("seruyan"),
        rubrik=rubrik("kesehatan"),
        agencies=[agency],
        reporters=[reporter],
        tags=["stunting"],
    )
    other = ArticlePageFactory(region=region("kapuas"), rubrik=rubrik("ekonomi"))

    for url in [
        "/wilayah/seruyan/",
        "/opd/dinkes/",
        "/topik/stunting/",
        "/pewarta/novita/",
        "/rubrik/kesehatan/",
    ]:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert list(response.context["articles"]) == [match], url
    assert other in list(reader.get("/wilayah/kapuas/").context["articles"])
    assert reader.get("/wilayah/tidak-ada/").status_code == 404


def test_search_finds_articles_and_pages_through_results(reader):
    articles(15, title="Vaksinasi Anak Sekolah di Katingan")
    ArticlePageFactory(title="Festival Isen Mulang")

    response = reader.get("/cari/?q=vaksinasi")
    results = response.context["results"]
    assert results.paginator.count == 15
    assert len(results.object_list) == 12
    assert len(reader.get("/cari/?q=vaksinasi&page=2").context["results"].object_list) == 3
    assert "15 hasil" in response.content.decode()
    assert reader.get("/cari/?q=").context["results"] is None


def test_the_feed_carries_the_latest_30_with_lead_and_image_enclosure(reader):
    articles(32, ringkasan="Ringkasan berita untuk RSS.")
    response = reader.get("/feed/")
    channel = ElementTree.fromstring(response.content).find("channel")
    items = channel.findall("item")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("language") == "id"
    assert len(items) == 30
    assert items[0].findtext("description") == "Ringkasan berita untuk RSS."
    enclosure = items[0].find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/media/")
    assert enclosure.get("type") in {"image/webp", "image/jpeg"}
    assert int(enclosure.get("length")) > 0


def test_there_is_a_feed_per_region_and_per_rubrik(reader):
    ArticlePageFactory(region=region("katingan"), rubrik=rubrik("olahraga"), title="Atlet Katingan")
    ArticlePageFactory(region=region("kapuas"), rubrik=rubrik("ekonomi"), title="Pasar Kapuas")

    by_region = ElementTree.fromstring(reader.get("/wilayah/katingan/feed/").content)
    by_rubrik = ElementTree.fromstring(reader.get("/rubrik/ekonomi/feed/").content)
    assert [item.findtext("title") for item in by_region.iter("item")] == ["Atlet Katingan"]
    assert [item.findtext("title") for item in by_rubrik.iter("item")] == ["Pasar Kapuas"]


def test_the_news_sitemap_follows_google_news_rules(reader):
    recent = ArticlePageFactory(title="Baru Terbit", first_published_at=timezone.now())
    ArticlePageFactory(title="Sudah Lama", first_published_at=timezone.now() - timedelta(days=3))

    root = ElementTree.fromstring(reader.get("/sitemap-news.xml").content)
    urls = root.findall(f"{SITEMAP}url")
    assert [url.findtext(f"{SITEMAP}loc") for url in urls] == [recent.full_url]
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "MMC Kalteng"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert news.findtext(f"{NEWS}title") == "Baru Terbit"
    # With the WIB offset: in the first hours of a WIB day (or year) the UTC date lags behind.
    published = news.findtext(f"{NEWS}publication_date")
    assert datetime.fromisoformat(published) == recent.first_published_at
    assert published.endswith("+07:00")


def test_the_sitemap_lists_articles_and_robots_names_both_sitemaps(reader):
    article = ArticlePageFactory()
    sitemap = reader.get("/sitemap.xml").content.decode()
    robots = reader.get("/robots.txt").content.decode()

    assert article.full_url in sitemap
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    assert "Sitemap: http://testserver/sitemap-news.xml" in robots
    assert "Disallow: /admin/" in robots


def test_unknown_pages_answer_with_the_indonesian_404(reader):
    response = reader.get("/berita/tidak-ada-berita-ini/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
