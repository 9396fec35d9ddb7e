"""What a report's change shows on: its agency's page, /data/ and every download.

Accepting, returning, an edit (the figures, "tampilkan ke publik", its documents) and the
article made from it being published all purge, after the commit, through
core.frontend_cache like the rest of the public site. A path's purge drops every query
string, so /data/?opd=…&tahun=… goes with /data/.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.signals import page_published, page_unpublished

from core.frontend_cache import purge_after_commit, site_urls
from desk.models import ProgrammeReport, ReviewStatus
from news.models import Agency, ArticlePage, Region


def open_data_paths(agency_slugs) -> set[str]:
    paths = {reverse("desk:data"), *(reverse("desk:download", args=[f]) for f in ("csv", "json"))}
    for slug in agency_slugs:
        paths.add(reverse("news:agency", args=[slug]))
        paths |= {reverse("desk:agency_download", args=[slug, fmt]) for fmt in ("csv", "json")}
    return paths


def purge_agencies(agency_ids) -> None:
    slugs = Agency.objects.filter(pk__in=set(agency_ids)).values_list("slug", flat=True)
    purge_after_commit(site_urls(open_data_paths(slugs)))


def purge_report(report) -> None:
    """desk.review calls this: its steps are UPDATEs, which send no signal."""
    purge_agencies([report.agency_id])


@receiver(pre_save, sender=ProgrammeReport)
def remember_previous_agency(sender, instance, **kwargs):
    """A report moved to another agency leaves that agency's page too."""
    instance._agency_before_save = (
        ProgrammeReport.objects.filter(pk=instance.pk).values_list("agency_id", flat=True).first()
        if instance.pk
        else None
    )


@receiver(post_save, sender=ProgrammeReport)
@receiver(post_delete, sender=ProgrammeReport)
def purge_changed_report(sender, instance, **kwargs):
    """An accepted report edited (its figures, "tampilkan ke publik", documents) or deleted.
    Drafts are saved often and never public, so they purge nothing."""
    if instance.review_status != ReviewStatus.ACCEPTED:
        return
    before = getattr(instance, "_agency_before_save", None)
    purge_agencies([instance.agency_id, *([before] if before else [])])


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def purge_reports_of_article(sender, instance, **kwargs):
    """/data/ links a report to its article once the article is live, and no longer after."""
    agency_ids = ProgrammeReport.objects.filter(article=instance).values_list(
        "agency_id", flat=True
    )
    if agency_ids:
        purge_agencies(agency_ids)


@receiver(post_save, sender=Agency)
def purge_renamed_agency(sender, instance, created, **kwargs):
    """Its name and slug are in every row of its figures (news purges its page's news)."""
    if not created:
        purge_agencies([instance.pk])


@receiver(post_save, sender=Region)
def purge_renamed_region(sender, instance, created, **kwargs):
    if not created:
        published = ProgrammeReport.objects.filter(
            region=instance, review_status=ReviewStatus.ACCEPTED, is_public=True
        )
        purge_agencies(published.values_list("agency_id", flat=True))
