"""The article's social options move from news.ArticlePage's columns into syndication's models.

Both the live rows and every article revision move, so a draft or a scheduled revision
keeps its choices. This runs before news drops the columns (run_before), and back.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models
from django.db.models import Q

# The platforms that had columns on ArticlePage: <platform>_text and skip_<platform>.
PLATFORMS = ("facebook", "instagram", "x", "youtube")
COLUMN_WIDTHS = {"x_text": 280}
BATCH = 500


def columns_to_rows(apps, schema_editor):
    ArticlePage = apps.get_model("news", "ArticlePage")
    SocialOption = apps.get_model("syndication", "SocialOption")
    ExtraHashtags = apps.get_model("syndication", "ExtraHashtags")
    anything_set = Q(social_hashtags__gt="")
    for platform in PLATFORMS:
        anything_set |= Q(**{f"{platform}_text__gt": ""}) | Q(**{f"skip_{platform}": True})
    columns = ["social_hashtags"]
    for platform in PLATFORMS:
        columns += [f"{platform}_text", f"skip_{platform}"]
    options, hashtags = [], []
    for values in ArticlePage.objects.filter(anything_set).values("pk", *columns).iterator():
        options += [
            SocialOption(page_id=values["pk"], **option)
            for option in _options_from(values)
        ]
        if values["social_hashtags"]:
            hashtags.append(ExtraHashtags(page_id=values["pk"], hashtags=values["social_hashtags"]))
    SocialOption.objects.bulk_create(options, batch_size=BATCH)
    ExtraHashtags.objects.bulk_create(hashtags, batch_size=BATCH)
    _rewrite_revisions(apps, _keys_to_children)


def rows_to_columns(apps, schema_editor):
    ArticlePage = apps.get_model("news", "ArticlePage")
    SocialOption = apps.get_model("syndication", "SocialOption")
    ExtraHashtags = apps.get_model("syndication", "ExtraHashtags")
    columns = {}
    for option in SocialOption.objects.filter(platform__in=PLATFORMS).iterator():
        columns.setdefault(option.page_id, {}).update(
            _columns_from(option.platform, option.text, option.skip)
        )
    for row in ExtraHashtags.objects.iterator():
        columns.setdefault(row.page_id, {})["social_hashtags"] = row.hashtags
    for page_id, values in columns.items():
        ArticlePage.objects.filter(pk=page_id).update(**values)
    _rewrite_revisions(apps, _children_to_keys)


def _options_from(values):
    for platform in PLATFORMS:
        text, skip = values.pop(f"{platform}_text", ""), values.pop(f"skip_{platform}", False)
        if text or skip:
            yield {"platform": platform, "text": text, "skip": skip}


def _columns_from(platform, text, skip):
    column = f"{platform}_text"
    return {column: text[: COLUMN_WIDTHS.get(column)], f"skip_{platform}": skip}


def _keys_to_children(content):
    if "skip_facebook" not in content:
        return False
    page_id = content.get("pk")
    content["social_options"] = [
        {"pk": None, "page": page_id, **option} for option in _options_from(content)
    ]
    hashtags = content.pop("social_hashtags", "")
    content["extra_hashtags"] = (
        [{"pk": None, "page": page_id, "hashtags": hashtags}] if hashtags else []
    )
    return True


def _children_to_keys(content):
    if "social_options" not in content:
        return False
    for platform in PLATFORMS:
        content.update(_columns_from(platform, "", False))
    for option in content.pop("social_options"):
        if option["platform"] in PLATFORMS:
            content.update(_columns_from(option["platform"], option["text"], option["skip"]))
    rows = content.pop("extra_hashtags", [])
    content["social_hashtags"] = rows[0]["hashtags"] if rows else ""
    return True


def _rewrite_revisions(apps, convert):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    article_type = ContentType.objects.filter(app_label="news", model="articlepage").first()
    if article_type is None:
        return
    changed = []
    for revision in Revision.objects.filter(content_type=article_type).iterator(BATCH):
        if convert(revision.content):
            changed.append(revision)
        if len(changed) == BATCH:
            Revision.objects.bulk_update(changed, ["content"])
            changed = []
    Revision.objects.bulk_update(changed, ["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0008_daily_views_covering_index"),
        ("syndication", "0006_drop_caption_template_columns"),
        ("wagtailcore", "0098_apitoken"),
    ]
    run_before = [
        ("news", "0009_remove_article_social_options"),
    ]

    operations = [
        migrations.CreateModel(
            name="SocialOption",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("platform", models.CharField(max_length=16, verbose_name="platform")),
                ("text", models.TextField(blank=True, verbose_name="teks khusus")),
                ("skip", models.BooleanField(default=False, verbose_name="jangan kirim")),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="social_options",
                        to="news.articlepage",
                    ),
                ),
            ],
            options={
                "verbose_name": "opsi media sosial",
                "verbose_name_plural": "opsi media sosial",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "platform"), name="one_social_option_per_platform"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ExtraHashtags",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "hashtags",
                    models.CharField(
                        blank=True,
                        help_text="Dipisah spasi atau koma, misalnya #KaltengBerkah #Kapuas.",
                        max_length=200,
                        verbose_name="tagar tambahan",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="extra_hashtags",
                        to="news.articlepage",
                    ),
                ),
            ],
            options={
                "verbose_name": "tagar tambahan",
                "verbose_name_plural": "tagar tambahan",
                "constraints": [
                    models.UniqueConstraint(fields=("page",), name="one_hashtag_set_per_article")
                ],
            },
        ),
        migrations.RunPython(columns_to_rows, rows_to_columns),
    ]
