"""The demo corpus is plain data: these tests need neither the database nor Django."""

import io
import re
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from demo.content import (
    AGENCIES,
    EDITORS,
    REGIONS,
    REPORTERS,
    RUBRIKS,
    generate_articles,
    make_article_image,
    make_logo,
    make_portrait,
)
from demo.content.corpus import TOPICS, slugify
from demo.content.numbers import format_rupiah

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 11, 27, 10, 15, tzinfo=WIB)
PHOTO_CREDITS = ("(Foto: MMC Kalteng)", "(Foto: Diskominfosantik Kalteng)")


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Overrides the project-wide cache fixture: nothing here touches Django."""
    yield


@pytest.fixture(scope="module")
def corpus():
    return generate_articles(300, now=NOW)


def test_the_same_seed_always_gives_the_same_corpus(corpus):
    assert generate_articles(300, now=NOW) == corpus


def test_a_different_seed_gives_a_different_corpus(corpus):
    other = generate_articles(300, seed=7, now=NOW)
    assert [article.title for article in other] != [article.title for article in corpus]


def test_titles_and_slugs_are_unique_even_across_400_articles():
    articles = generate_articles(400, now=NOW)
    assert len({article.title for article in articles}) == 400
    assert len({article.slug for article in articles}) == 400


def test_slugs_are_url_safe_and_derived_from_the_title(corpus):
    for article in corpus:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article.slug)
        assert article.slug == slugify(article.title)


def test_titles_and_leads_fit_their_length_limits(corpus):
    for article in corpus:
        assert 20 <= len(article.title) <= 120, article.title
        assert 40 <= len(article.lead) <= 300, article.lead


def test_the_dateline_of_the_region_opens_the_first_paragraph(corpus):
    towns = {region.slug: region.town for region in REGIONS}
    for article in corpus:
        assert article.paragraphs[0].startswith(f"{towns[article.region_slug]} \u2013 ")
        assert article.lead in article.paragraphs[0]


def test_every_article_has_four_to_eight_paragraphs_without_template_leftovers(corpus):
    for article in corpus:
        assert 4 <= len(article.paragraphs) <= 8
        text = " ".join((article.title, article.lead, *article.paragraphs, article.image_caption))
        assert "{" not in text and "}" not in text


def test_every_region_and_rubrik_appears_at_least_five_times_in_300_articles(corpus):
    regions = Counter(article.region_slug for article in corpus)
    rubriks = Counter(article.rubrik_slug for article in corpus)
    assert [region.slug for region in REGIONS if regions[region.slug] < 5] == []
    assert [rubrik.slug for rubrik in RUBRIKS if rubriks[rubrik.slug] < 5] == []


def test_every_agency_appears_at_least_once_in_300_articles(corpus):
    used = Counter(slug for article in corpus for slug in article.agency_slugs)
    assert [agency.slug for agency in AGENCIES if not used[agency.slug]] == []


def test_the_province_as_a_whole_is_never_filed_under_kabupaten_kota(corpus):
    assert not [
        article
        for article in corpus
        if article.rubrik_slug == "kabupaten-kota" and article.region_slug == "kalimantan-tengah"
    ]


def test_references_point_at_known_taxonomy_in_sensible_numbers(corpus):
    agencies = {agency.slug for agency in AGENCIES}
    reporters = {reporter.slug for reporter in REPORTERS}
    for article in corpus:
        assert 1 <= len(article.agency_slugs) <= 2 and set(article.agency_slugs) <= agencies
        assert 1 <= len(article.reporter_slugs) <= 2 and set(article.reporter_slugs) <= reporters
        assert 2 <= len(article.tags) <= 5 and len(set(article.tags)) == len(article.tags)
        assert article.editor_name in EDITORS


def test_publication_dates_are_wib_aware_and_within_the_window(corpus):
    for article in corpus:
        assert article.published_at.utcoffset() == timedelta(hours=7)
        assert NOW - timedelta(days=90) <= article.published_at <= NOW
    assert [article.published_at for article in corpus] == sorted(
        article.published_at for article in corpus
    )


def test_recent_weeks_are_busier_and_most_stories_land_in_working_hours(corpus):
    last_month = sum(article.published_at >= NOW - timedelta(days=30) for article in corpus)
    first_month = sum(article.published_at < NOW - timedelta(days=60) for article in corpus)
    working = sum(7 <= article.published_at.hour <= 17 for article in corpus)
    assert last_month > first_month
    assert working / len(corpus) > 0.7


def test_views_are_long_tailed_and_older_stories_have_more(corpus):
    views = sorted(article.views for article in corpus)
    assert views[0] > 0
    assert views[-1] > 5 * views[len(views) // 2]
    oldest, newest = corpus[:100], corpus[-100:]
    assert sum(a.views for a in oldest) > sum(a.views for a in newest)


def test_about_one_in_ten_articles_has_a_youtube_like_video(corpus):
    with_video = [article for article in corpus if article.has_video]
    assert 0.05 <= len(with_video) / len(corpus) <= 0.16
    for article in corpus:
        if article.has_video:
            assert re.fullmatch(r"[A-Za-z0-9_-]{11}", article.video_id)
        else:
            assert article.video_id is None


def test_captions_end_with_the_photo_credit(corpus):
    assert all(article.image_caption.endswith(PHOTO_CREDITS) for article in corpus)


def test_quotes_carry_an_attribution(corpus):
    quoted = [article for article in corpus if article.quote]
    assert len(quoted) > len(corpus) / 2
    for article in quoted:
        assert article.quote.attribution
        assert article.quote.text in " ".join(article.paragraphs)


def test_numbers_are_written_the_indonesian_way():
    assert format_rupiah(1_200_000_000) == "Rp1,2 miliar"
    assert format_rupiah(850_000_000) == "Rp850 juta"
    assert format_rupiah(7_000_000_000_000) == "Rp7 triliun"


def test_the_taxonomy_holds_the_regions_of_central_kalimantan_and_its_agencies():
    assert [region.name for region in REGIONS][:2] == [
        "Provinsi Kalimantan Tengah",
        "Kota Palangka Raya",
    ]
    assert len(REGIONS) == 15
    assert sum(region.name.startswith("Kabupaten ") for region in REGIONS) == 13
    assert len(AGENCIES) >= 22
    assert len({agency.slug for agency in AGENCIES}) == len(AGENCIES)
    assert len(RUBRIKS) == 10
    assert len(REPORTERS) >= 8 and len(EDITORS) >= 3
    assert all(reporter.bio and reporter.socials for reporter in REPORTERS)


def test_each_headline_has_its_own_opening():
    for topic in TOPICS:
        assert len(topic.headlines) == len(topic.openings), topic.headlines[0]


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_article_images_are_small_jpegs_of_the_requested_size(corpus):
    for article in corpus[:20]:
        data = make_article_image(article)
        image = _open(data)
        assert (image.format, image.size) == ("JPEG", (1600, 900))
        assert len(data) <= 200 * 1024
    thumbnail = _open(make_article_image(corpus[0], width=640, height=360))
    assert thumbnail.size == (640, 360)


def test_each_article_gets_its_own_image(corpus):
    images = {make_article_image(article) for article in corpus[:30]}
    assert len(images) == 30


def test_an_image_can_be_drawn_from_a_bare_theme():
    image = _open(make_article_image("banjir", seed=3))
    assert (image.format, image.size) == ("JPEG", (1600, 900))


def test_portraits_and_the_logo_are_valid_images():
    portrait = _open(make_portrait(REPORTERS[0].name, seed=1))
    logo = _open(make_logo())
    assert portrait.format == "JPEG" and portrait.size[0] == portrait.size[1]
    assert logo.format == "PNG" and logo.size == (600, 60)
