"""The reporter's preview on the Media Sosial tab: per platform, the post as it would go out.

The editor form's current values arrive by POST as the reporter types; the caption is built
by `payloads.compose_caption`, the function posting uses, so the preview cannot drift from it.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from taggit.utils import parse_tags

from news.models import ArticlePage, Region
from syndication.captions import CaptionError, caption_length, with_utm
from syndication.models import CaptionTemplates, Syndication
from syndication.options import ExtraHashtags, SocialOption, extra_hashtags_of, option_for
from syndication.payloads import (
    BrokenImage,
    compose_caption,
    hashtags_for,
    post_image,
    skip_reason,
)
from syndication.platforms import registry

# Stands in for the row id in the link's utm_content until the article has its rows.
PREVIEW_ROW_ID = "pratinjau"


@require_POST
def preview(request, page_id):
    page = get_object_or_404(ArticlePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    # The draft being edited, with the form's unsaved values laid over it.
    article = page.get_latest_revision_as_object()
    _apply_form_values(article, request.POST)
    return JsonResponse({"platforms": preview_posts(article, request.POST)})


def preview_posts(article, data) -> list[dict]:
    region = article.region.short_name if article.region_id else ""
    if "tags" in data:
        tag_names = parse_tags(data["tags"])
    else:
        tag_names = [tag.name for tag in article.tags.all()]
    hashtags = hashtags_for(extra_hashtags_of(article), tag_names, region)
    reporter = ", ".join(byline.reporter.name for byline in article.reporter_links.all())
    templates = CaptionTemplates.for_site(article.get_site())
    rows = dict(
        Syndication.objects.filter(page_id=article.pk)
        # Highest first, so each platform keeps its first row.
        .order_by("-pk")
        .values_list("account__platform", "pk")
    )
    return [
        _platform_preview(article, spec, templates, hashtags, reporter, rows.get(name))
        for name, spec in registry.specs().items()
    ]


def _platform_preview(article, spec, templates, hashtags, reporter, row_id) -> dict:
    platform = spec.name
    link = with_utm(article.get_full_url() or "", platform, row_id or PREVIEW_ROW_ID)
    skipped = skip_reason(article, platform)
    try:
        image = None if skipped else post_image(article, spec)
        image_error = ""
    except BrokenImage as error:
        image, image_error = None, str(error)
    result = {
        "platform": platform,
        "label": spec.label,
        # YouTube's post is the video's description, written over the existing one.
        "heading": _("Pratinjau deskripsi video") if spec.needs_video else _("Pratinjau kiriman"),
        # Shown from this admin, so the reporter sees the crop before anything is public.
        "image": image.url if image else "",
        "link": link,
        "link_note": ""
        if row_id
        else _("Kode “pratinjau” di tautan diganti nomor kiriman saat terbit."),
        "limit": spec.caption_limit.limit,
        "skipped": skipped,
        "error": image_error,
        "caption": "",
        "length": 0,
        "over_limit": False,
    }
    try:
        caption = compose_caption(
            option_for(article, platform).text,
            templates.template_for(platform),
            title=article.title,
            lead=article.ringkasan,
            url=link,
            hashtags=hashtags,
            reporter=reporter,
            platform=platform,
        )
    except CaptionError as error:
        result["error"] = str(error)
        return result
    length = caption_length(caption, platform)
    result.update(caption=caption, length=length, over_limit=length > result["limit"])
    return result


def _apply_form_values(article, data) -> None:
    for name in ("title", "ringkasan", "youtube_video_id"):
        if name in data:
            setattr(article, name, data[name])
    if "hero_image" in data:
        article.hero_image_id = data["hero_image"] or None
    if data.get("region", "").isdigit():
        article.region = Region.objects.filter(pk=data["region"]).first()
    if "extra_hashtags-0-hashtags" in data:
        article.extra_hashtags = [ExtraHashtags(hashtags=data["extra_hashtags-0-hashtags"])]
    if "social_options-TOTAL_FORMS" in data:
        article.social_options = _options_from(data)


def _options_from(data) -> list[SocialOption]:
    total = data.get("social_options-TOTAL_FORMS", "")
    options = []
    # Never more forms than a tab has platforms, whatever the request claims.
    for index in range(min(int(total), len(registry.specs())) if total.isdigit() else 0):
        prefix = f"social_options-{index}-"
        options.append(
            SocialOption(
                platform=data.get(prefix + "platform", ""),
                text=data.get(prefix + "text", ""),
                skip=bool(data.get(prefix + "skip")),
            )
        )
    return options
