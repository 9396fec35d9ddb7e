"""Caption templates move from one column per platform to one mapping of platform → template.

Only templates that differ from the platform's default are kept, so a site that never
changed one keeps following its platform's default; the columns go in 0006.
"""

import syndication.platforms.registry
from django.db import migrations, models

PLATFORMS = ("facebook", "instagram", "x", "youtube")
# The defaults as they stood in this migration, frozen here.
DEFAULTS = {
    "facebook": "{title}\n\n{lead}\n\nBaca selengkapnya: {url}\n\n{hashtags}",
    "instagram": "{title}\n\n{lead}\n\nBaca di {url}\n\nPewarta: {reporter}\n\n{hashtags}",
    "x": "{title} {url} {hashtags}",
    "youtube": "{lead}\n\nBaca beritanya: {url}\n\nPewarta: {reporter} · MMC Kalteng",
}


def columns_to_mapping(apps, schema_editor):
    CaptionTemplates = apps.get_model("syndication", "CaptionTemplates")
    for setting in CaptionTemplates.objects.all():
        setting.templates = {
            platform: text
            for platform in PLATFORMS
            if (text := getattr(setting, platform)) and text != DEFAULTS[platform]
        }
        setting.save(update_fields=["templates"])


def mapping_to_columns(apps, schema_editor):
    CaptionTemplates = apps.get_model("syndication", "CaptionTemplates")
    for setting in CaptionTemplates.objects.all():
        for platform in PLATFORMS:
            setattr(setting, platform, setting.templates.get(platform) or DEFAULTS[platform])
        setting.save(update_fields=list(PLATFORMS))


class Migration(migrations.Migration):

    dependencies = [
        ('syndication', '0004_container_id'),
    ]

    operations = [
        migrations.AddField(
            model_name='captiontemplates',
            name='templates',
            field=models.JSONField(blank=True, default=dict, verbose_name='templat per platform'),
        ),
        migrations.RunPython(columns_to_mapping, mapping_to_columns),
        migrations.AlterField(
            model_name='socialaccount',
            name='platform',
            field=models.CharField(choices=syndication.platforms.registry.choices, max_length=16, verbose_name='platform'),
        ),
    ]
