# The article's social options now live in syndication (SocialOption, ExtraHashtags);
# syndication's 0005 copies them out before this migration drops the columns.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0008_daily_views_covering_index"),
    ]

    operations = [
        migrations.RemoveField(model_name="articlepage", name=name)
        for name in [
            "social_hashtags",
            "facebook_text",
            "instagram_text",
            "x_text",
            "youtube_text",
            "skip_facebook",
            "skip_instagram",
            "skip_x",
            "skip_youtube",
        ]
    ]
