"""What the front page shows, gathered in a fixed number of queries."""

from news import listings
from news.models import Region, Rubrik

LATEST_COUNT = 9
PER_RUBRIK = 4
PER_REGION = 3
POPULAR_COUNT = 5
VIDEO_COUNT = 4


def front_page_sections() -> dict:
    specs = (*listings.CARD_RENDITIONS, *listings.HEADLINE_RENDITIONS)
    latest = list(listings.article_listing(specs=specs)[: LATEST_COUNT + 1])
    headline, latest = (latest[0], latest[1:]) if latest else (None, [])

    by_rubrik = listings.latest_per_group("rubrik", PER_RUBRIK)
    by_region = listings.latest_per_group("region", PER_REGION, with_images=False)
    most_read = listings.articles_by_ids(
        listings.most_read_ids(limit=POPULAR_COUNT), with_images=False
    )
    trending = listings.articles_by_ids(
        listings.trending_ids(limit=POPULAR_COUNT), with_images=False
    )
    videos = list(listings.article_listing().exclude(youtube_video_id="")[:VIDEO_COUNT])

    return {
        "headline": headline,
        "latest": latest,
        "rubrik_blocks": sorted(by_rubrik.items(), key=lambda item: _order(item[0])),
        "region_strips": sorted(by_region.items(), key=lambda item: _order(item[0])),
        "most_read": most_read,
        "trending": trending,
        "videos": videos,
    }


def _order(subject: Rubrik | Region):
    return (subject.sort_order, subject.name)
