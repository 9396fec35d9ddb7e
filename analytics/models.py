"""Metric snapshots: what each platform reported for one post, at most once an hour."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MetricSnapshot(models.Model):
    """One reading of a post's counters; the hour `bucket` keeps the table compact."""

    syndication = models.ForeignKey(
        "syndication.Syndication", on_delete=models.CASCADE, related_name="snapshots"
    )
    collected_at = models.DateTimeField(_("diambil pada"))
    # collected_at truncated to the hour (UTC); one row per post per bucket.
    bucket = models.DateTimeField(_("jam"))
    views = models.PositiveBigIntegerField(_("tayangan"), default=0)
    reach = models.PositiveBigIntegerField(_("jangkauan"), default=0)
    likes = models.PositiveBigIntegerField(_("suka"), default=0)
    comments = models.PositiveBigIntegerField(_("komentar"), default=0)
    shares = models.PositiveBigIntegerField(_("dibagikan"), default=0)
    clicks = models.PositiveBigIntegerField(_("klik"), default=0)
    raw = models.JSONField(_("data asli"), default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["syndication", "bucket"], name="one_snapshot_per_post_per_hour"
            )
        ]
        indexes = [
            # The dashboard's "latest snapshot per post within a range".
            models.Index(fields=["syndication", "-collected_at"], name="snapshot_latest_idx"),
            models.Index(fields=["collected_at"], name="snapshot_collected_idx"),
        ]
        ordering = ["-collected_at"]
        verbose_name = _("cuplikan metrik")
        verbose_name_plural = _("cuplikan metrik")

    def __str__(self):
        return f"{self.syndication_id} @ {self.bucket:%Y-%m-%d %H}: {self.views}"

    @property
    def engagement(self) -> int:
        return self.likes + self.comments + self.shares + self.clicks
