"""Deterministic generator of realistic Indonesian demo articles (plain data, no models)."""

import dataclasses
import math
import random
import re
import zlib
from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils.text import slugify as django_slugify

from core.formatting import angka
from demo.content import (
    topics_community,
    topics_economy,
    topics_government,
    topics_regional,
    topics_welfare,
)
from demo.content.numbers import format_rupiah
from demo.content.phrases import BACKGROUND, CLOSINGS, QUOTE_PARAGRAPHS, SPEECH_VERBS, VIDEO_NOTES
from demo.content.places import PLACES
from demo.content.taxonomy import (
    CITY_SLUG,
    EDITORS,
    PROVINCE_SLUG,
    REGIONS,
    REPORTERS,
    RUBRIKS,
    UPLOADERS,
    Region,
    agency_by_slug,
    region_by_slug,
)
from demo.content.topic import Topic

WIB = ZoneInfo("Asia/Jakarta")
MAX_TITLE_LENGTH = 120
MAX_LEAD_LENGTH = 300
DATELINE_DASH = "\u2013"
PHOTO_CREDITS = ("(Foto: MMC Kalteng)", "(Foto: Diskominfosantik Kalteng)")

TOPICS: list[Topic] = [
    *topics_government.TOPICS,
    *topics_regional.TOPICS,
    *topics_economy.TOPICS,
    *topics_welfare.TOPICS,
    *topics_community.TOPICS,
]

# Each block is shuffled and dealt out in turn, so every rubrik and region recurs evenly;
# the province and the busier rubriks appear more than once per block.
_RUBRIK_BLOCK = [rubrik.slug for rubrik in RUBRIKS] + [
    "pemerintahan",
    "kabupaten-kota",
    "ekonomi",
    "infrastruktur",
    "kesehatan",
]
_REGION_BLOCK = [region.slug for region in REGIONS] + [PROVINCE_SLUG] * 3 + [CITY_SLUG]
_HEADLINE_UNITS = re.compile(r"\b(miliar|juta|triliun|persen|hektare|ton)\b")
_DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_VIDEO_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@dataclasses.dataclass(frozen=True)
class Quote:
    text: str
    attribution: str


@dataclasses.dataclass(frozen=True)
class ArticleSpec:
    title: str
    slug: str
    lead: str
    paragraphs: tuple[str, ...]
    """The first opens with the dateline, e.g. "SAMPIT \u2013 "."""
    quote: Quote | None
    rubrik_slug: str
    region_slug: str
    agency_slugs: tuple[str, ...]
    tags: tuple[str, ...]
    reporter_slugs: tuple[str, ...]
    editor_name: str
    uploader_name: str
    published_at: datetime
    views: int
    has_video: bool
    video_id: str | None
    image_caption: str
    image_theme: str
    image_seed: int


def slugify(text: str) -> str:
    """Django's ASCII slug, capped at 80 characters on a word boundary."""
    slug = django_slugify(text)
    if len(slug) > 80:
        slug = slug[:81].rsplit("-", 1)[0]
    return slug


def generate_articles(
    count: int, *, seed: int = 2026, now: datetime, days: int = 90
) -> list[ArticleSpec]:
    """Return `count` articles, oldest first, published within `days` before `now`.

    A naive `now` is taken to be WIB. The same arguments always give the same articles.
    """
    rng = random.Random(seed)
    now = now.replace(tzinfo=WIB) if now.tzinfo is None else now.astimezone(WIB)
    dates = sorted(_publication_time(rng, now, days) for _ in range(count))
    rubriks = _Dealer(rng, _RUBRIK_BLOCK)
    regions = _Dealer(rng, _REGION_BLOCK)
    topics_by_rubrik = defaultdict(list)
    for topic in TOPICS:
        topics_by_rubrik[topic.rubrik].append(topic)
    topic_dealers = {slug: _Dealer(rng, topics) for slug, topics in topics_by_rubrik.items()}
    partner_turns: dict[int, int] = defaultdict(int)

    articles: list[ArticleSpec] = []
    titles: set[str] = set()
    slugs: set[str] = set()
    for published_at in dates:
        rubrik = rubriks.deal()
        region_slug = regions.deal(
            lambda slug, rubrik=rubrik: rubrik != "kabupaten-kota" or slug != PROVINCE_SLUG
        )
        fits_region = _topic_fits(region_slug)
        topic = topic_dealers[rubrik].deal(fits_region)
        for attempt in range(1, 61):
            article = _write_article(rng, topic, region_by_slug(region_slug), published_at, now)
            fresh = article.title not in titles and article.slug not in slugs
            if fresh and len(article.title) <= MAX_TITLE_LENGTH:
                break
            if attempt % 15 == 0:
                # This topic has used up its headlines for this region; try a sibling.
                topic = topic_dealers[rubrik].deal(fits_region)
        else:
            raise RuntimeError(f"could not find a fresh headline for topic {topic.headlines[0]!r}")
        article = _with_partner_agency(rng, article, topic, partner_turns)
        titles.add(article.title)
        slugs.add(article.slug)
        articles.append(article)
    return articles


class _Dealer:
    """Deals items from reshuffled copies of a block, so each recurs evenly."""

    def __init__(self, rng: random.Random, block: list):
        self._rng = rng
        self._block = block
        self._pending: list = []

    def deal(self, accept=lambda item: True):
        for _refill in range(3):
            for index, item in enumerate(self._pending):
                if accept(item):
                    return self._pending.pop(index)
            fresh = list(self._block)
            self._rng.shuffle(fresh)
            self._pending.extend(fresh)
        raise ValueError("no acceptable item in block")


def _topic_fits(region_slug: str):
    is_province = region_slug == PROVINCE_SLUG
    return lambda topic: not (is_province and topic.local_only)


def _publication_time(rng: random.Random, now: datetime, days: int) -> datetime:
    # A uniform draw raised to a power above one crowds the dates towards `now`.
    age_days = days * rng.random() ** 1.5
    day = (now - timedelta(days=age_days)).date()
    working_hours = rng.random() < 0.85
    hour = rng.randint(7, 17) if working_hours else rng.choice((6, 18, 19, 20, 21, 22))
    moment = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=WIB)
    oldest = now - timedelta(days=days)
    if moment > now:
        moment = now - timedelta(minutes=rng.randint(5, 180))
    return max(moment, oldest + timedelta(minutes=rng.randint(1, 60)))


def _write_article(
    rng: random.Random, topic: Topic, region: Region, published_at: datetime, now: datetime
) -> ArticleSpec:
    agency = agency_by_slug(topic.agencies[0])
    context = _context(rng, region, agency, published_at)
    angle = rng.randrange(len(topic.headlines))
    title = _HEADLINE_UNITS.sub(
        lambda match: match.group(1).capitalize(), topic.headlines[angle].format(**context)
    )
    lead = topic.openings[angle].format(**context)
    if len(lead) > MAX_LEAD_LENGTH:
        lead = lead.split(". ")[0].rstrip(".") + "."
    quotes = rng.sample(topic.quotes, k=len(topic.quotes))
    quote = None
    if rng.random() < 0.8:
        quote = Quote(quotes[0][0].format(**context), quotes[0][1].format(**context))

    details = rng.sample(topic.details, k=len(topic.details))
    paragraphs = [f"{region.town} {DATELINE_DASH} {lead}", details[0].format(**context)]
    if quote:
        paragraphs.append(_quote_paragraph(rng, quote, context))
    paragraphs.append(details[1].format(**context))
    if rng.random() < 0.7:
        paragraphs.append(rng.choice(BACKGROUND[topic.rubrik]).format(**context))
    if rng.random() < 0.6:
        paragraphs.append(details[2].format(**context))
    if len(quotes) > 1 and quote and rng.random() < 0.35:
        second = Quote(quotes[1][0].format(**context), quotes[1][1].format(**context))
        paragraphs.append(_quote_paragraph(rng, second, context))
    if len(paragraphs) < 4 or rng.random() < 0.6:
        paragraphs.append(rng.choice(CLOSINGS).format(**context))

    has_video = rng.random() < 0.1
    if has_video and len(paragraphs) < 8:
        paragraphs.append(rng.choice(VIDEO_NOTES))
    caption = rng.choice(topic.captions).format(**context)
    credit = PHOTO_CREDITS[0] if rng.random() < 0.7 else PHOTO_CREDITS[1]
    slug = slugify(title)
    return ArticleSpec(
        title=title,
        slug=slug,
        lead=lead,
        paragraphs=tuple(paragraphs),
        quote=quote,
        rubrik_slug=topic.rubrik,
        region_slug=region.slug,
        agency_slugs=(agency.slug,),
        tags=_tags(rng, topic),
        reporter_slugs=tuple(
            reporter.slug for reporter in rng.sample(REPORTERS, k=1 if rng.random() < 0.75 else 2)
        ),
        editor_name=rng.choice(EDITORS),
        uploader_name=rng.choice(UPLOADERS),
        published_at=published_at,
        views=_views(rng, published_at, now),
        has_video=has_video,
        video_id="".join(rng.choices(_VIDEO_ID_ALPHABET, k=11)) if has_video else None,
        image_caption=f"{caption}, {context['dayd']}. {credit}",
        image_theme=topic.theme,
        image_seed=zlib.crc32(slug.encode()),
    )


def _with_partner_agency(
    rng: random.Random, article: ArticleSpec, topic: Topic, partner_turns: dict[int, int]
) -> ArticleSpec:
    """Add a second agency, taking each topic's partners in turn so every one appears."""
    partners = topic.agencies[1:]
    if not partners or rng.random() >= 0.45:
        return article
    key = TOPICS.index(topic)
    partner = partners[partner_turns[key] % len(partners)]
    partner_turns[key] += 1
    return dataclasses.replace(article, agency_slugs=(*article.agency_slugs, partner))


def _context(rng: random.Random, region: Region, agency, published_at: datetime) -> dict[str, str]:
    place = PLACES[region.slug]
    is_province = region.slug == PROVINCE_SLUG
    event_day = published_at - timedelta(days=rng.choice((0, 0, 0, 1)))
    if is_province:
        pemda = "Pemprov Kalteng"
    elif region.slug == CITY_SLUG:
        pemda = "Pemko Palangka Raya"
    else:
        pemda = f"Pemkab {place.short}"
    return {
        "place": "Kalimantan Tengah" if is_province else region.name,
        "short": place.short,
        "head": place.head,
        "deputy": place.deputy,
        "pemda": pemda,
        "kec": rng.choice(place.kecamatan),
        "desa": rng.choice(place.villages),
        "river": place.river,
        "town": region.town.title(),
        "di_short": "se-Kalteng" if is_province else f"di {place.short}",
        "agency": agency.name,
        "agency_short": agency.short_name,
        "agency_head": agency.head_title,
        "pct": angka(rng.uniform(4.0, 32.0), 1),
        "pct_low": angka(rng.uniform(1.2, 3.4), 1),
        "pct_mid": angka(rng.uniform(41.0, 79.0), 1),
        "pct_hi": angka(rng.uniform(62.0, 98.9), 1),
        "growth": angka(rng.uniform(4.1, 5.9), 2),
        "small": str(rng.randint(3, 40)),
        "small2": str(rng.randint(4, 25)),
        "mid": angka(rng.randint(12, 240) * 10),
        "big": angka(rng.randint(12, 600) * 100),
        "rp": format_rupiah(rng.randint(11, 954) * 10**8),
        "rp_small": format_rupiah(rng.randint(12, 95) * 10**7),
        "rp_apbd": format_rupiah(rng.randint(71, 98) * 10**11),
        "km": angka(rng.uniform(2.5, 48.0), 1),
        "ha": angka(rng.randint(15, 1250) * 10),
        "tons": angka(rng.uniform(3.5, 7.2), 1),
        "span": str(rng.randint(4, 32) * 10),
        "year": str(published_at.year),
        "next_year": str(published_at.year + 1),
        "dayd": f"{_DAY_NAMES[event_day.weekday()]} ({event_day:%-d/%-m/%Y})",
    }


def _quote_paragraph(rng: random.Random, quote: Quote, context: dict[str, str]) -> str:
    speaker = quote.attribution
    return rng.choice(QUOTE_PARAGRAPHS).format(
        quote=quote.text,
        verb=rng.choice(SPEECH_VERBS),
        speaker=speaker,
        town=context["town"],
        dayd=context["dayd"],
    )


def _tags(rng: random.Random, topic: Topic) -> tuple[str, ...]:
    others = list(topic.tags[1:])
    extra = rng.sample(others, k=rng.randint(1, min(3, len(others))))
    return (topic.tags[0], *extra)


def _views(rng: random.Random, published_at: datetime, now: datetime) -> int:
    age_days = max((now - published_at).total_seconds() / 86400, 0.0)
    appeal = rng.lognormvariate(6.2, 0.9)
    if rng.random() < 0.03:
        appeal *= rng.uniform(6, 15)
    # Most reads come in the first days; a slow tail keeps older stories growing.
    settled = 1 - math.exp(-age_days / 2.5)
    return int(appeal * (0.04 + 0.96 * settled) * (1 + age_days / 60)) + rng.randint(3, 30)
