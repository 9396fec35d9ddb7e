"""After the backfill, in its own transaction: PostgreSQL won't alter a table with pending
trigger events."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("analytics", "0002_snapshot_day_and_views_delta")]

    operations = [
        migrations.AlterField(
            model_name="metricsnapshot",
            name="day",
            field=models.DateField(verbose_name="tanggal"),
        ),
        migrations.RemoveIndex(model_name="metricsnapshot", name="snapshot_collected_idx"),
        migrations.AddIndex(
            model_name="metricsnapshot",
            index=models.Index(
                fields=["day", "syndication", "views_delta"], name="snapshot_day_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="metricsnapshot",
            index=models.Index(fields=["superseded_on"], name="snapshot_superseded_idx"),
        ),
    ]
