"""Store each snapshot's WIB day, its growth over the post's previous reading, and the day
of its next reading.

The dashboard used to derive both per row with TruncDate and correlated subqueries,
which took 12 s over 200k snapshots; stored, they are a plain indexed GROUP BY.
"""

from django.db import migrations, models
from django.utils import timezone

BATCH = 2000
PLATFORMS_WITH_EARLIER_VIEWS = {"youtube"}  # as in analytics.models, frozen here


def first_growth(platform, views):
    return 0 if platform in PLATFORMS_WITH_EARLIER_VIEWS else views


def backfill(apps, schema_editor):
    MetricSnapshot = apps.get_model("analytics", "MetricSnapshot")
    table = schema_editor.quote_name(MetricSnapshot._meta.db_table)
    update = f"UPDATE {table} SET day = %s, views_delta = %s, superseded_on = %s WHERE id = %s"
    rows = MetricSnapshot.objects.order_by("syndication_id", "collected_at").values_list(
        "pk", "syndication_id", "collected_at", "views", "syndication__account__platform"
    )
    pending, previous = [], None  # previous: [pk, post, day, views, views_delta, superseded]
    with schema_editor.connection.cursor() as cursor:
        for pk, post, collected_at, views, platform in rows.iterator(chunk_size=BATCH):
            day = timezone.localdate(collected_at)
            same_post = previous is not None and previous[1] == post
            if same_post:
                previous[5] = day
            if previous is not None:
                pending.append((previous[2], previous[4], previous[5], previous[0]))
            growth = views - previous[3] if same_post else first_growth(platform, views)
            previous = [pk, post, day, views, growth, None]
            if len(pending) >= BATCH:
                cursor.executemany(update, pending)
                pending = []
        if previous is not None:
            pending.append((previous[2], previous[4], previous[5], previous[0]))
        cursor.executemany(update, pending)


class Migration(migrations.Migration):
    dependencies = [("analytics", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="metricsnapshot",
            name="day",
            field=models.DateField(null=True, verbose_name="tanggal"),
        ),
        migrations.AddField(
            model_name="metricsnapshot",
            name="views_delta",
            field=models.BigIntegerField(default=0, verbose_name="tambahan tayangan"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="metricsnapshot",
            name="superseded_on",
            field=models.DateField(blank=True, null=True, verbose_name="digantikan pada"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
