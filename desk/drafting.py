"""“Jadikan artikel”: a reporter claims an accepted report, then makes an article draft of it."""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from desk.models import ProgrammeReport, ReviewStatus
from desk.stories import write_story
from news.models import ArticlePage, ArticleReporter, NewsIndexPage, Rubrik

# The rubrik an agency's stories usually run under, by a word of its name.
RUBRIK_BY_AGENCY_WORD = [
    ("Kesehatan", "kesehatan"),
    ("Pendidikan", "pendidikan"),
    ("Pekerjaan Umum", "infrastruktur"),
    ("Perhubungan", "infrastruktur"),
    ("Lingkungan", "lingkungan"),
    ("Kehutanan", "lingkungan"),
    ("Pertanian", "ekonomi"),
    ("Perindustrian", "ekonomi"),
    ("Koperasi", "ekonomi"),
    ("Pendapatan", "ekonomi"),
    ("Sosial", "sosial-budaya"),
    ("Kebudayaan", "sosial-budaya"),
    ("Olahraga", "olahraga"),
    ("DPRD", "dprd"),
]


class DraftingRefused(Exception):
    """Why the report cannot be claimed or made into an article now."""


def rubrik_for(agency) -> Rubrik:
    slug = next(
        (slug for word, slug in RUBRIK_BY_AGENCY_WORD if word in agency.name), "pemerintahan"
    )
    return Rubrik.objects.filter(slug=slug).first() or Rubrik.objects.get(slug="pemerintahan")


def claim(report, user) -> None:
    """The reporter who will write it; one at a time, and only for an accepted report."""
    claimed = ProgrammeReport.objects.filter(
        pk=report.pk, review_status=ReviewStatus.ACCEPTED, claimed_by__isnull=True
    ).update(claimed_by=user)
    if not claimed:
        report.refresh_from_db()
        if report.review_status != ReviewStatus.ACCEPTED:
            raise DraftingRefused(_("Hanya laporan yang sudah diterima yang dapat diklaim."))
        if report.claimed_by_id != user.pk:
            raise DraftingRefused(_("Laporan ini sudah diklaim pewarta lain."))
    report.claimed_by = user


def unique_slug(title: str) -> str:
    base = slugify(title)[:70].rstrip("-") or "laporan-program"
    slug, number = base, 1
    while ArticlePage.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def body_blocks(report, story) -> list:
    blocks = [("paragraph", f"<p>{paragraph}</p>") for paragraph in story.paragraphs]
    photos = list(report.photos.select_related("image"))[1:]
    for photo in photos:
        caption = photo.caption.strip() or f"Kegiatan {report.programme_name}"
        blocks.insert(
            2 if len(blocks) > 2 else len(blocks),
            ("image", {"image": photo.image, "caption": f"{caption} (Foto: {story.credit})"}),
        )
    return blocks


@transaction.atomic
def make_article(report, user) -> ArticlePage:
    """The claimer's draft, written from the report's data; saved as a revision, never live."""
    report = (
        ProgrammeReport.objects.select_for_update()
        .select_related("agency", "region")
        .get(pk=report.pk)
    )
    if report.review_status != ReviewStatus.ACCEPTED:
        raise DraftingRefused(_("Hanya laporan yang sudah diterima yang dapat dijadikan artikel."))
    if report.claimed_by_id != user.pk:
        raise DraftingRefused(_("Klaim laporan ini lebih dulu."))
    if report.article_id:
        raise DraftingRefused(_("Laporan ini sudah dijadikan artikel."))
    story = write_story(report)
    story.paragraphs = [escape(paragraph) for paragraph in story.paragraphs]
    first_photo = report.photos.select_related("image").first()
    article = ArticlePage(
        title=story.title,
        slug=unique_slug(story.title),
        ringkasan=story.lead,
        dateline=story.dateline,
        rubrik=rubrik_for(report.agency),
        region=report.region,
        hero_image=first_photo.image if first_photo else None,
        hero_caption=(first_photo.caption.strip() if first_photo else "")[:250],
        hero_credit=story.credit,
        body=body_blocks(report, story),
        owner=user,
        live=False,
    )
    article.agencies.set([report.agency])
    reporter = getattr(user, "reporter_profile", None)
    if reporter is not None:
        article.reporter_links = [ArticleReporter(reporter=reporter, sort_order=0)]
    NewsIndexPage.objects.get().add_child(instance=article)
    article.save_revision(user=user, log_action=True)
    ProgrammeReport.objects.filter(pk=report.pk).update(article=article)
    return article
