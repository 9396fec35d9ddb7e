"""Metadata for an article: Open Graph, Twitter card and JSON-LD NewsArticle."""

from django.templatetags.static import static

from news.images import rendition_or_none

# Social crawlers get JPEG; JSON-LD asks for 16:9, 4:3 and 1:1.
SOCIAL_RENDITIONS = {
    "16x9": "fill-1200x675|format-jpeg",
    "4x3": "fill-1200x900|format-jpeg",
    "1x1": "fill-1200x1200|format-jpeg",
}
PUBLISHER_NAME = "MMC Kalteng"


def article_metadata(article, request) -> dict:
    hero_image = article.hero_image
    absolute = request.build_absolute_uri
    url = article.get_full_url(request) or absolute(article.url)
    images = {}
    if hero_image:
        for ratio, spec in SOCIAL_RENDITIONS.items():
            if not (rendition := rendition_or_none(hero_image, spec)):
                continue
            images[ratio] = {
                "url": absolute(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
    modified = article.date_modified
    authors = [
        {"@type": "Person", "name": reporter.name, "url": absolute(reporter.get_absolute_url())}
        for reporter in article.reporters
    ]
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": article.title[:110],
        "description": article.ringkasan,
        "image": [image["url"] for image in images.values()],
        "datePublished": article.first_published_at.isoformat()
        if article.first_published_at
        else None,
        "dateModified": modified.isoformat() if modified else None,
        "author": authors,
        "articleSection": article.rubrik.name,
        "keywords": [tag.name for tag in article.tag_list],
        "inLanguage": "id",
        "publisher": {
            "@type": "Organization",
            "name": PUBLISHER_NAME,
            "url": absolute("/"),
            "logo": {
                "@type": "ImageObject",
                "url": absolute(static("img/logo-mmc.png")),
                "width": 600,
                "height": 60,
            },
        },
    }
    return {
        "canonical_url": url,
        "og_image": images.get("16x9"),
        "json_ld": json_ld,
        "modified": modified,
    }
