"""Public listing pages that are not Wagtail pages: region, OPD, topic, reporter, rubrik, search."""

import logging
import re

from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from taggit.models import Tag

from news.extensions import agency_page_sections
from news.listings import article_listing
from news.models import Agency, Region, Reporter, Rubrik
from news.models.pages import LISTING_PAGE_SIZE

SEARCH_QUERY_MAX_LENGTH = 100
SEARCH_FAILED = "Pencarian dengan kata kunci itu tidak dapat diproses. Coba kata kunci lain."
# NUL and other control characters: PostgreSQL refuses NUL in text, and none belongs in a query.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

logger = logging.getLogger(__name__)


def one_page(request, articles):
    # get_page turns a bad or out-of-range ?page= into the first or last page.
    return Paginator(articles, LISTING_PAGE_SIZE).get_page(request.GET.get("page"))


def render_listing(
    request, *, heading, articles, kind, description="", feed_url="", subject=None, sections=()
):
    return render(
        request,
        "news/listing.html",
        {
            "heading": heading,
            "kind": kind,
            "description": description,
            "feed_url": feed_url,
            "subject": subject,
            "sections": sections,
            "articles": one_page(request, articles),
        },
    )


@require_GET
def region_articles(request, slug):
    region = get_object_or_404(Region, slug=slug)
    return render_listing(
        request,
        heading=region.name,
        kind="Wilayah",
        description=f"Berita terbaru dari {region.name}.",
        articles=article_listing().filter(region=region),
        feed_url=f"{region.get_absolute_url()}feed/",
        subject=region,
    )


@require_GET
def agency_articles(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    return render_listing(
        request,
        heading=agency.name,
        kind="OPD",
        description=f"Profil, data program dan berita tentang kegiatan {agency.name}.",
        articles=article_listing().filter(agencies=agency),
        subject=agency,
        # Apps built on news add what they know of the agency (the desk: its figures).
        sections=agency_page_sections(request, agency),
    )


@require_GET
def rubrik_articles(request, slug):
    rubrik = get_object_or_404(Rubrik, slug=slug)
    return render_listing(
        request,
        heading=rubrik.name,
        kind="Rubrik",
        description=rubrik.description or f"Berita rubrik {rubrik.name}.",
        articles=article_listing().filter(rubrik=rubrik),
        feed_url=f"{rubrik.get_absolute_url()}feed/",
        subject=rubrik,
    )


@require_GET
def topic_articles(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return render_listing(
        request,
        heading=f"#{tag.name}",
        kind="Topik",
        description=f"Berita dengan topik {tag.name}.",
        articles=article_listing().filter(tags=tag),
        subject=tag,
    )


@require_GET
def reporter_articles(request, slug):
    reporter = get_object_or_404(Reporter.objects.select_related("photo"), slug=slug)
    return render_listing(
        request,
        heading=reporter.name,
        kind="Pewarta",
        description=reporter.bio,
        articles=article_listing().filter(reporter_links__reporter=reporter).distinct(),
        subject=reporter,
    )


def clean_query(raw: str) -> str:
    """The query as the search backend can take it: no control characters, quotes in pairs."""
    query = CONTROL_CHARACTERS.sub(" ", raw)[: SEARCH_QUERY_MAX_LENGTH * 2]
    if query.count('"') % 2:
        query = query.replace('"', " ")  # an unclosed phrase is read as plain words
    return " ".join(query.split())[:SEARCH_QUERY_MAX_LENGTH]


def search_page(request, query: str):
    """One page of results, read at once so that a database error is caught here."""
    try:
        # A savepoint: on PostgreSQL a failed query would otherwise break the transaction.
        with transaction.atomic():
            page = one_page(request, article_listing().search(query, operator="and"))
            page.object_list = list(page.object_list)
            return page, ""
    except DatabaseError:
        logger.warning("Search failed for a query of %d characters", len(query), exc_info=True)
        return one_page(request, []), SEARCH_FAILED


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results, problem = search_page(request, query) if query else (None, "")
    return render(
        request,
        "news/search.html",
        {"query": query, "results": results, "problem": problem},
    )
