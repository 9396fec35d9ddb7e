"""Metric snapshots: what each platform reported for one post, at most once an hour."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from syndication.platforms.registry import spec_for


def first_growth(platform: str, views: int) -> int:
    """views_delta of a post's first reading: all of it, unless earlier views are a baseline.

    A new post's first reading counts in full; a YouTube video may have been watched long
    before an article linked it, so only what it gains afterwards is growth.
    """
    return 0 if spec_for(platform).earlier_views_are_baseline else views


class SnapshotQuerySet(models.QuerySet):
    def latest_as_of(self, day):
        """Each post's last reading on or before `day` (among the rows already filtered)."""
        return self.filter(models.Q(superseded_on__isnull=True) | models.Q(superseded_on__gt=day))

    def last_of_each_day(self):
        """Each post's last reading of each day: its cumulative counts at that day's end."""
        return self.filter(
            models.Q(superseded_on__isnull=True) | models.Q(superseded_on__gt=models.F("day"))
        )


class MetricSnapshot(models.Model):
    """One reading of a post's counters; the hour `bucket` keeps the table compact."""

    syndication = models.ForeignKey(
        "syndication.Syndication", on_delete=models.CASCADE, related_name="snapshots"
    )
    collected_at = models.DateTimeField(_("diambil pada"))
    # collected_at truncated to the hour (UTC); one row per post per bucket.
    bucket = models.DateTimeField(_("jam"))
    # The WIB day of collected_at, stored so the dashboard can group and compare by day
    # with an index instead of truncating every row.
    day = models.DateField(_("tanggal"))
    # views minus the post's previous reading (for its first, see first_growth), so a day's
    # growth is SUM(views_delta) over that day's readings; the rollup keeps it so.
    views_delta = models.BigIntegerField(_("tambahan tayangan"))
    # The day of the post's next reading (None while this is its latest). A reading is the
    # latest within a range ending on day D when superseded_on is None or after D, so
    # "each post's latest reading" is an indexed filter, not a self-join.
    superseded_on = models.DateField(_("digantikan pada"), null=True, blank=True)
    views = models.PositiveBigIntegerField(_("tayangan"), default=0)
    reach = models.PositiveBigIntegerField(_("jangkauan"), default=0)
    likes = models.PositiveBigIntegerField(_("suka"), default=0)
    comments = models.PositiveBigIntegerField(_("komentar"), default=0)
    shares = models.PositiveBigIntegerField(_("dibagikan"), default=0)
    clicks = models.PositiveBigIntegerField(_("klik"), default=0)
    raw = models.JSONField(_("data asli"), default=dict, blank=True)

    objects = SnapshotQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["syndication", "bucket"], name="one_snapshot_per_post_per_hour"
            )
        ]
        indexes = [
            # A post's readings in order: its neighbours, the article's reach page.
            models.Index(fields=["syndication", "-collected_at"], name="snapshot_latest_idx"),
            # Covers the daily series (SUM(views_delta) by day and post) without the table.
            models.Index(fields=["day", "syndication", "views_delta"], name="snapshot_day_idx"),
            models.Index(fields=["superseded_on"], name="snapshot_superseded_idx"),
        ]
        ordering = ["-collected_at"]
        verbose_name = _("cuplikan metrik")
        verbose_name_plural = _("cuplikan metrik")

    def __str__(self):
        return f"{self.syndication_id} @ {self.bucket:%Y-%m-%d %H}: {self.views}"

    def save(self, *args, **kwargs):
        """Fill the derived fields and relink the neighbours; for one-off writes (tests, admin).

        Collection writes in bulk and keeps the same fields itself (analytics.collection).
        """
        self.day = timezone.localdate(self.collected_at)
        siblings = MetricSnapshot.objects.filter(syndication_id=self.syndication_id).exclude(
            pk=self.pk
        )
        before = siblings.filter(collected_at__lt=self.collected_at).order_by("-collected_at")
        after = siblings.filter(collected_at__gt=self.collected_at).order_by("collected_at")
        previous, following = before.first(), after.first()
        if previous:
            self.views_delta = self.views - previous.views
        else:
            self.views_delta = first_growth(self.syndication.account.platform, self.views)
        self.superseded_on = following.day if following else None
        super().save(*args, **kwargs)
        if previous:
            before.filter(pk=previous.pk).update(superseded_on=self.day)
        if following:
            after.filter(pk=following.pk).update(views_delta=following.views - self.views)

    @property
    def engagement(self) -> int:
        return self.likes + self.comments + self.shares + self.clicks
