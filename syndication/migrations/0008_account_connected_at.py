import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    """SocialAccount.connected_at, for the sweeper's catch-up of rows a publish left out.

    Existing accounts count as connected when this migration runs: the catch-up then covers
    what goes live from the deploy on, and never posts the articles of the days before it,
    whose rows were made (or deliberately not made, while an account was off) at the time.
    """

    dependencies = [
        ("syndication", "0007_article_social_options"),
    ]

    operations = [
        migrations.AddField(
            model_name="socialaccount",
            name="connected_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="terhubung sejak"
            ),
        ),
    ]
