"""The Google News sitemap and robots.txt (the general sitemap is Wagtail's)."""

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from news.listings import published_articles

NEWS_SITEMAP_MAX_ENTRIES = 1000
NEWS_SITEMAP_WINDOW = timedelta(days=2)
PUBLICATION_NAME = "MMC Kalteng"


@require_GET
def news_sitemap(request):
    """Google News rules: the last two days only, at most 1,000 entries."""
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = (
        published_articles()
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at")
        .only("title", "url_path", "first_published_at", "path", "depth", "locale_id")
    )[:NEWS_SITEMAP_MAX_ENTRIES]
    entries = [
        {
            "loc": article.get_full_url(request),
            "title": article.title,
            "published": article.first_published_at,
        }
        for article in articles
    ]
    return render(
        request,
        "news/sitemap_news.xml",
        {"entries": entries, "publication_name": PUBLICATION_NAME},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
def robots_txt(request):
    base = request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cari/",
        "",
        f"Sitemap: {base}/sitemap.xml",
        f"Sitemap: {base}/sitemap-news.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
