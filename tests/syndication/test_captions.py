"""The single caption builder and its per-platform limits."""

from urllib.parse import parse_qs, urlsplit

import pytest
from twitter_text import parse_tweet

from syndication.captions import (
    ELLIPSIS,
    CaptionError,
    build_caption,
    build_custom_caption,
    caption_length,
    hashtags_from,
    marker_for,
    normalise_hashtag,
    with_utm,
)

TEMPLATE = "{title}\n\n{lead}\n\n{url}\n\n{hashtags}\nPewarta: {reporter}"
URL = with_utm("https://mmc.kalteng.go.id/berita/banjir-katingan/", "x", 42)
TITLE = "Gubernur Tinjau Banjir di Katingan, Bantuan Logistik Disalurkan"
LEAD = (
    "PALANGKA RAYA – Pemerintah Provinsi Kalimantan Tengah menyalurkan 4.000 paket bantuan "
    "logistik kepada warga terdampak banjir di Kabupaten Katingan pada Kamis (27/11/2026)."
)


def caption(platform="x", **overrides):
    fields = {
        "title": TITLE,
        "lead": LEAD,
        "url": URL,
        "hashtags": ["Banjir", "Kabupaten Katingan"],
        "reporter": "Rina Apriani",
    }
    return build_caption(TEMPLATE, platform=platform, **{**fields, **overrides})


def test_a_short_caption_is_filled_in_unchanged():
    text = caption("facebook")

    assert text == (
        f"{TITLE}\n\n{LEAD}\n\n{URL}\n\n#Banjir #KabupatenKatingan\nPewarta: Rina Apriani"
    )


def test_x_captions_stay_within_280_weighted_characters():
    text = caption("x", lead=LEAD * 3)

    assert parse_tweet(text).weightedLength <= 280
    assert caption_length(text, "x") == parse_tweet(text).weightedLength


def test_a_long_lead_is_cut_on_a_word_boundary_with_an_ellipsis():
    text = caption("x", lead=LEAD * 3)
    lead_line = text.split("\n\n")[1]

    assert lead_line.endswith(ELLIPSIS)
    assert (LEAD * 3).startswith(lead_line.removesuffix(ELLIPSIS))
    assert (LEAD * 3)[len(lead_line) - 1] == " "


def test_the_url_is_never_cut_even_for_a_very_long_title():
    text = caption("x", title="Pembangunan Jalan Trans Kalimantan " * 30)

    assert URL in text
    assert parse_tweet(text).weightedLength <= 280
    assert text.split("\n")[0].endswith(ELLIPSIS)


def test_emoji_count_double_on_x():
    text = caption("x", title="Festival Isen Mulang 🎉🎉🎉 " * 10, lead="")

    assert parse_tweet(text).weightedLength <= 280
    assert URL in text


def test_indonesian_text_keeps_its_punctuation_and_casing():
    text = caption("instagram", lead="Dinas Kesehatan: cakupan imunisasi naik 6,5 persen.")

    assert "cakupan imunisasi naik 6,5 persen." in text


def test_instagram_keeps_at_most_30_hashtags():
    tags = [f"Topik {n}" for n in range(40)]

    text = caption("instagram", hashtags=tags)

    assert text.count("#") == 30
    assert "#Topik29" in text
    assert "#Topik30" not in text


def test_instagram_captions_stay_within_2200_characters():
    text = caption("instagram", lead="Warga " * 1000)

    assert len(text) <= 2200
    assert URL in text


def test_youtube_descriptions_are_limited_in_bytes_not_characters():
    text = caption("youtube", lead="Sungai Kahayan ✨ " * 600)

    assert len(text.encode("utf-8")) <= 5000
    assert len(text.encode("utf-8")) > 4900


def test_when_the_lead_is_gone_hashtags_go_before_the_title():
    text = caption(
        "x", title="Judul pendek", lead="", hashtags=[f"Tagar{n}" * 3 for n in range(30)]
    )

    assert text.startswith("Judul pendek\n")
    assert parse_tweet(text).weightedLength <= 280


def test_an_empty_lead_leaves_no_gap_of_blank_lines():
    text = caption("facebook", lead="")

    assert "\n\n\n" not in text


def test_an_unknown_placeholder_is_refused_in_indonesian():
    with pytest.raises(CaptionError, match=r"Placeholder tidak dikenal.*\{judul\}"):
        build_caption(
            "{judul} {url}",
            title=TITLE,
            lead=LEAD,
            url=URL,
            hashtags=[],
            reporter="Rina",
            platform="x",
        )


@pytest.mark.parametrize(
    "template", ["{title:x>2000000000} {url}", "{title!s} {url}", "{url:}{lead:{title}}"]
)
def test_a_placeholder_with_a_format_or_conversion_is_refused_before_anything_is_built(template):
    with pytest.raises(CaptionError, match=r"tidak boleh diberi format"):
        build_caption(
            template, title=TITLE, lead=LEAD, url=URL, hashtags=[], reporter="", platform="x"
        )


@pytest.mark.parametrize("template", ["{title.upper} {url}", "{lead[0]} {url}", "{} {url}"])
def test_attribute_index_and_positional_access_are_refused(template):
    with pytest.raises(CaptionError, match="Placeholder tidak dikenal"):
        build_caption(
            template, title=TITLE, lead=LEAD, url=URL, hashtags=[], reporter="", platform="x"
        )


def test_escaped_braces_in_a_template_stay_single_braces():
    text = build_caption(
        "{{Kalteng}} {title} {url}",
        title="A",
        lead="",
        url=URL,
        hashtags=[],
        reporter="",
        platform="x",
    )

    assert text == f"{{Kalteng}} A {URL}"


def custom(text, platform="facebook"):
    return build_custom_caption(
        text,
        title=TITLE,
        lead=LEAD,
        url=URL,
        hashtags=["Banjir"],
        reporter="Rina",
        platform=platform,
    )


def test_a_custom_text_is_plain_text_with_the_link_after_it():
    text = custom("Cabai {naik}} {judul} {title:>99} {0} {{lead}} {")

    assert text == f"Cabai {{naik}}}} {{judul}} {{title:>99}} {{0}} {{{LEAD}}} {{\n\n{URL}"


def test_a_custom_text_may_say_where_the_link_and_the_hashtags_go():
    text = custom("Baca: {url} {hashtags} {Kalteng}")

    assert text == f"Baca: {URL} #Banjir {{Kalteng}}"


def test_a_long_custom_text_is_shortened_keeping_its_lines_and_the_whole_link():
    long_text = "Banjir di Katingan.\n\n" + "Warga mengungsi ke balai desa terdekat. " * 8

    text = custom(long_text, platform="x")

    assert parse_tweet(text).weightedLength <= 280
    kept, link = text.rsplit("\n\n", 1)
    assert link == URL
    assert kept.startswith("Banjir di Katingan.\n\nWarga") and kept.endswith(ELLIPSIS)


def test_a_template_too_long_even_without_title_and_lead_is_refused():
    with pytest.raises(CaptionError, match="terlalu panjang"):
        build_caption(
            "x" * 300 + " {url}",
            title=TITLE,
            lead=LEAD,
            url=URL,
            hashtags=[],
            reporter="",
            platform="x",
        )


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Kota Palangka Raya", "#KotaPalangkaRaya"),
        ("Kotawaringin-Barat", "#KotawaringinBarat"),
        ("#DPRD", "#DPRD"),
        ("pemprov kalteng", "#PemprovKalteng"),
        ("2026", ""),
        ("🎉", ""),
    ],
)
def test_labels_become_hashtags(label, expected):
    assert normalise_hashtag(label) == expected


def test_hashtags_are_deduplicated_case_insensitively_in_order():
    assert hashtags_from(
        ["Banjir", "banjir", "#BANJIR", "Kota Palangka Raya", "kota palangka raya"]
    ) == [
        "#Banjir",
        "#KotaPalangkaRaya",
    ]


def test_utm_parameters_are_added_and_existing_ones_kept():
    url = with_utm(
        "https://mmc.kalteng.go.id/berita/a/?ref=home&utm_source=old#foto", "instagram", 7
    )

    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert query == {
        "ref": ["home"],
        "utm_source": ["instagram"],
        "utm_medium": ["social"],
        "utm_campaign": ["mmc"],
        "utm_content": ["7"],
    }
    assert parts.fragment == "foto"
    assert marker_for(7) in url


def test_on_x_a_long_url_counts_as_23_so_a_fitting_lead_is_kept_whole():
    long_url = URL + "&" + "ref=" + "a" * 200
    lead = "Bantuan logistik untuk warga terdampak banjir disalurkan hari ini."
    text = caption("x", url=long_url, lead=lead, hashtags=[])

    assert len(text) > 280
    assert lead in text
    assert parse_tweet(text).weightedLength <= 280
