"""Form bodies as the Wagtail admin sends them."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.factories import ReporterFactory


def article_form(article, *, reporter=None, corrections=(), **overrides):
    """The POST body of the ArticlePage edit form, as the admin would send it."""
    reporter = reporter or ReporterFactory()
    data = {
        "title": article.title,
        "slug": article.slug,
        "ringkasan": article.ringkasan,
        "dateline": article.dateline,
        "hero_image": article.hero_image_id or "",
        "hero_caption": article.hero_caption,
        "hero_credit": article.hero_credit,
        "body": streamfield([("paragraph", rich_text("<p>Isi berita yang sudah diperbaiki.</p>"))]),
        "reporter_links": inline_formset([{"reporter": reporter.pk}], min=1),
        "related_links": inline_formset([]),
        "corrections": inline_formset(list(corrections)),
        "rubrik": article.rubrik_id,
        "region": article.region_id,
        "tags": "",
        "youtube_video_id": "",
        "comments": inline_formset([]),
        "social_options": inline_formset([]),
        "extra_hashtags": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)
