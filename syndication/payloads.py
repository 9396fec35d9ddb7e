"""Turn a Syndication row into the plain payload a platform client posts."""

import re

from PIL import Image as PillowImage

from syndication.captions import (
    build_caption,
    build_custom_caption,
    hashtags_from,
    marker_for,
    with_utm,
)
from syndication.models import CaptionTemplates
from syndication.options import extra_hashtags_of, option_for
from syndication.platforms.base import PostPayload
from syndication.platforms.registry import spec_for


def skip_reason(article, platform: str) -> str:
    """Why this article is not posted to `platform`, or "" when it is."""
    if option_for(article, platform).skip:
        return "Redaktur memilih tidak mengirim ke platform ini."
    spec = spec_for(platform)
    if spec.needs_video and not article.youtube_video_id:
        return f"Artikel tidak memiliki video {spec.label}."
    if spec.needs_image and not article.hero_image_id:
        return f"{spec.label} memerlukan foto utama."
    return ""


def article_hashtags(article) -> list[str]:
    return hashtags_for(
        extra_hashtags_of(article),
        [tag.name for tag in article.tags.all()],
        article.region.short_name,
    )


def hashtags_for(extra: str, tag_names: list[str], region_name: str) -> list[str]:
    """An article's hashtags: the editor's extra ones first, then its tags and its region."""
    labels = [*re.split(r"[\s,]+", extra), *tag_names, region_name]
    return hashtags_from(label for label in labels if label)


def compose_caption(custom: str, template: str, **fields) -> str:
    """The caption posted: the editor's own text when there is one, else the site's template.

    The editor's preview on the Media Sosial tab is built here too, so it shows what goes out.
    """
    if custom:
        return build_custom_caption(custom, **fields)
    return build_caption(template, **fields)


def absolute_url(article, path: str) -> str:
    return f"{article.get_site().root_url}{path}"


class BrokenImage(Exception):
    """The hero image's stored file cannot be decoded: retrying will not mend it."""


# Pillow's errors for a file it cannot decode (truncated, unidentified, corrupt), a bomb.
IMAGE_DECODE_ERRORS = (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombError)


def post_image(article, spec):
    """The rendition of the hero image the platform of `spec` posts (its crop), or None."""
    if not (spec.needs_image and article.hero_image):
        return None
    try:
        return article.hero_image.get_rendition(spec.image_rendition)
    except IMAGE_DECODE_ERRORS as error:
        raise BrokenImage(
            "Gambar utama artikel rusak dan tidak dapat dibaca. Ganti gambarnya di artikel, "
            "lalu klik Coba lagi."
        ) from error


def build_payload(syndication) -> PostPayload:
    article = syndication.page.specific
    platform = syndication.account.platform
    link = with_utm(article.get_full_url(), platform, syndication.pk)
    spec = spec_for(platform)
    fields = {
        "title": article.title,
        "lead": article.ringkasan,
        "url": link,
        "hashtags": article_hashtags(article),
        "reporter": ", ".join(byline.reporter.name for byline in article.reporter_links.all()),
        "platform": platform,
    }
    template = CaptionTemplates.for_site(article.get_site()).template_for(platform)
    text = compose_caption(option_for(article, platform).text, template, **fields)
    rendition = post_image(article, spec)
    image_url = absolute_url(article, rendition.url) if rendition else ""
    return PostPayload(
        text=text,
        link=link,
        marker=marker_for(syndication.pk),
        image_url=image_url,
        video_id=article.youtube_video_id,
        hashtags=tuple(article_hashtags(article)),
        container_id=syndication.container_id,
    )
