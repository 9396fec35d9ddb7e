"""RSS 2.0 feeds: the latest 30 articles, site-wide, per region and per rubrik."""

import mimetypes

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

from news.images import rendition_or_none
from news.listings import article_listing
from news.models import Region, Rubrik

FEED_SIZE = 30
ENCLOSURE_RENDITION = "fill-1200x675"


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    title = "MMC Kalteng: berita terbaru"
    link = "/berita/"
    description = "Berita terbaru dari Pemerintah Provinsi Kalimantan Tengah."
    language = "id"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def articles(self):
        return article_listing(with_reporters=True)

    def items(self, subject=None):
        return self.articles()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.ringkasan

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(link.reporter.name for link in item.reporter_links.all()) or None

    def item_categories(self, item):
        return [item.rubrik.name, item.region.name]

    def item_enclosures(self, item):
        if not item.hero_image:
            return []
        rendition = rendition_or_none(item.hero_image, ENCLOSURE_RENDITION)
        if not rendition:
            return []
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        size = rendition.file.size if rendition.file.storage.exists(rendition.file.name) else 0
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(size), mime_type)]


class RegionFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Region, slug=slug)

    def title(self, region):
        return f"MMC Kalteng: {region.name}"

    def link(self, region):
        return region.get_absolute_url()

    def description(self, region):
        return f"Berita terbaru dari {region.name}."

    def items(self, region):
        return self.articles().filter(region=region)[:FEED_SIZE]


class RubrikFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Rubrik, slug=slug)

    def title(self, rubrik):
        return f"MMC Kalteng: {rubrik.name}"

    def link(self, rubrik):
        return rubrik.get_absolute_url()

    def description(self, rubrik):
        return f"Berita terbaru rubrik {rubrik.name}."

    def items(self, rubrik):
        return self.articles().filter(rubrik=rubrik)[:FEED_SIZE]
