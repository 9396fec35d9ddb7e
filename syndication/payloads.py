"""Turn a Syndication row into the plain payload a platform client posts."""

import re

from wagtail.models import Site

from syndication.captions import build_caption, hashtags_from, marker_for, with_utm
from syndication.models import CaptionTemplates, Platform
from syndication.options import extra_hashtags_of, option_for
from syndication.platforms.base import PostPayload

# Instagram wants a public JPEG between 4:5 and 1.91:1, at most 1440 px wide, sRGB, <= 8 MB.
# https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
INSTAGRAM_RENDITION = "fill-1440x1080|format-jpeg|jpegquality-85"


def skip_reason(article, platform: str) -> str:
    """Why this article is not posted to `platform`, or "" when it is."""
    if option_for(article, platform).skip:
        return "Redaktur memilih tidak mengirim ke platform ini."
    if platform == Platform.YOUTUBE and not article.youtube_video_id:
        return "Artikel tidak memiliki video YouTube."
    if platform == Platform.INSTAGRAM and not article.hero_image_id:
        return "Instagram memerlukan foto utama."
    return ""


def article_hashtags(article) -> list[str]:
    extra = re.split(r"[\s,]+", extra_hashtags_of(article))
    labels = [*extra, *(tag.name for tag in article.tags.all()), article.region.short_name]
    return hashtags_from(label for label in labels if label)


def absolute_url(article, path: str) -> str:
    site = Site.find_for_request(None) or article.get_site()
    return f"{site.root_url}{path}"


def build_payload(syndication) -> PostPayload:
    article = syndication.page.specific
    platform = syndication.account.platform
    link = with_utm(article.get_full_url(), platform, syndication.pk)
    templates = CaptionTemplates.for_site(article.get_site())
    reporters = ", ".join(link.reporter.name for link in article.reporter_links.all())
    custom = option_for(article, platform).text
    template = f"{custom}\n\n{{url}}" if custom and "{url}" not in custom else custom
    text = build_caption(
        template or templates.template_for(platform),
        title=article.title,
        lead=article.ringkasan,
        url=link,
        hashtags=article_hashtags(article),
        reporter=reporters,
        platform=platform,
    )
    image_url = ""
    if platform == Platform.INSTAGRAM and article.hero_image:
        image_url = absolute_url(article, article.hero_image.get_rendition(INSTAGRAM_RENDITION).url)
    return PostPayload(
        text=text,
        link=link,
        marker=marker_for(syndication.pk),
        image_url=image_url,
        video_id=article.youtube_video_id,
        hashtags=tuple(article_hashtags(article)),
        container_id=syndication.container_id,
    )
