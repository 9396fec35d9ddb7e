import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory, region
from news.models import ArticleRelatedLink
from tests.support.admin_forms import article_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def json_ld_of(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_an_article_reads_in_the_house_style(reader, people):
    reporter = ReporterFactory(name="Novita Sari Dewi")
    article = ArticlePageFactory(
        title="Gubernur Tinjau Banjir di Kapuas",
        dateline="KUALA KAPUAS",
        first_published_at=datetime(2026, 11, 26, 3, 15, tzinfo=UTC),
        editor=people["Redaktur"],
        owner=people["Pewarta"],
        reporters=[reporter],
        tags=["banjir"],
        hero_caption="Gubernur meninjau tanggul",
        hero_credit="MMC Kalteng",
    )
    html = reader.get(article.url).content.decode()

    assert '<strong class="dateline">KUALA KAPUAS –</strong>' in html
    assert "Kamis, 26 November 2026 10:15 WIB" in html
    byline = re.sub(r"<[^>]+>", "", re.search(r'<p class="byline">(.*?)</p>', html, re.S)[1])
    assert " ".join(byline.split()) == (
        "Pewarta: Novita Sari Dewi · Editor: Rina Wulandari · Uploader: Dewi Lestari"
    )
    assert "Gubernur meninjau tanggul (Foto: MMC Kalteng)" in html
    assert 'href="/topik/banjir/"' in html
    assert 'fetchpriority="high"' in html and 'loading="eager"' in html


def test_the_uploader_is_recorded_from_the_page_owner(people):
    article = ArticlePageFactory(owner=people["Pewarta"])
    assert article.uploader == people["Pewarta"]


def test_metadata_gives_crawlers_sized_images_and_a_news_article(reader):
    reporter = ReporterFactory(name="Rahmadi Saputra", slug="rahmadi-saputra")
    article = ArticlePageFactory(title="Pembangunan Jalan Lingkar Sampit", reporters=[reporter])
    html = reader.get(article.url).content.decode()

    assert f'<link rel="canonical" href="{article.full_url}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="675">' in html
    assert '<meta property="article:published_time"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json_ld_of(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Pembangunan Jalan Lingkar Sampit"
    assert len(data["image"]) == 3  # 16:9, 4:3 and 1:1
    assert data["datePublished"] and data["dateModified"]
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Rahmadi Saputra",
            "url": "http://testserver/pewarta/rahmadi-saputra/",
        },
    ]
    assert data["publisher"]["logo"]["url"].endswith(".png")


def test_related_articles_put_the_editors_picks_first_and_never_the_article_itself(reader):
    agency = AgencyFactory()
    article = ArticlePageFactory(tags=["karhutla"], agencies=[agency])
    pick = ArticlePageFactory(region=region("sukamara"), title="Pilihan Redaksi")
    sharing = [ArticlePageFactory(tags=["karhutla"], agencies=[agency]) for _ in range(5)]
    unrelated = ArticlePageFactory(region=region("lamandau"))
    ArticleRelatedLink.objects.create(page=article, article=pick, sort_order=0)
    ArticleRelatedLink.objects.create(page=article, article=article, sort_order=1)

    related = reader.get(article.url).context["related_articles"]

    assert len(related) == 4
    assert related[0] == pick
    assert article not in related and unrelated not in related
    assert set(related[1:]) <= set(sharing)


def test_the_live_preview_shows_unsaved_related_picks(login):
    article = ArticlePageFactory()
    pick = ArticlePageFactory(title="Pilihan Yang Belum Disimpan")
    editor = login("Redaktur")
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    form = article_form(article, related_links=inline_formset([{"article": pick.pk}]))

    assert editor.post(preview, form).json()["is_valid"]
    response = editor.get(preview)

    assert response.status_code == 200
    assert "Pilihan Yang Belum Disimpan" in response.content.decode()


def test_read_also_links_render_inline_and_previous_next_link_neighbours(reader):
    older = ArticlePageFactory(
        title="Jembatan Tumbang Samba Rampung",
        first_published_at=timezone.now() - timedelta(days=2),
    )
    article = ArticlePageFactory(
        first_published_at=timezone.now() - timedelta(days=1),
        body=[
            ("paragraph", "<p>Paragraf pertama.</p>"),
            ("read_also", {"article": Page.objects.get(pk=older.pk)}),
            ("paragraph", "<p>Paragraf kedua.</p>"),
        ],
    )
    newer = ArticlePageFactory(title="Berita Sesudahnya")
    html = reader.get(article.url).content.decode()

    assert (
        f'<strong>Baca juga:</strong> <a href="{older.url}">Jembatan Tumbang Samba Rampung</a>'
        in html
    )
    assert f'rel="prev" href="{older.url}"' in html
    assert f'rel="next" href="{newer.url}"' in html


def test_an_embargoed_article_is_invisible_everywhere_public(reader):
    visible = ArticlePageFactory(title="Sudah Terbit", tags=["inflasi"])
    embargoed = ArticlePageFactory(
        title="Masih Diembargo", live=False, first_published_at=None, tags=["inflasi"]
    )
    embargoed.save_revision(approved_go_live_at=timezone.now() + timedelta(hours=1))

    assert reader.get(embargoed.url_path.replace("/beranda", "", 1)).status_code == 404
    for url in [
        "/",
        "/berita/",
        "/wilayah/kapuas/",
        "/topik/inflasi/",
        "/cari/?q=Diembargo",
        "/feed/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        visible.url,
    ]:
        body = reader.get(url).content.decode()
        assert "Masih Diembargo" not in body, url
        assert "masih-diembargo" not in body, url
