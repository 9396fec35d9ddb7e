"""Counted page views, flushed from Redis (see news/counters.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyArticleViews(models.Model):
    """Views of one article on one day (WIB); the site's daily series."""

    page = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="daily_views"
    )
    date = models.DateField(_("tanggal"))
    views = models.PositiveIntegerField(_("dibaca"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="unique_daily_views_per_page")
        ]
        # Covers the reach dashboard's sums by date and by page without reading the table.
        indexes = [models.Index(fields=["date", "page", "views"], name="daily_views_date_page_idx")]
        verbose_name = _("jumlah dibaca harian")

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"


class FlushedViewBatch(models.Model):
    """A batch of counters already applied, so a retried flush never counts twice."""

    batch_id = models.CharField(max_length=64, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.batch_id
