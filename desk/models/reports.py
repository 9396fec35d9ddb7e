"""Programme reports (Laporan Program): an agency's figures, in its own words, for review."""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

ONE_DECIMAL = Decimal("0.1")


class ReviewStatus(models.TextChoices):
    DRAFT = "draf", _("Draf")
    SUBMITTED = "diajukan", _("Diajukan")
    RETURNED = "dikembalikan", _("Dikembalikan")
    ACCEPTED = "diterima", _("Diterima")


def percent_of(part: int | None, whole: int | None) -> Decimal | None:
    """`part` as a percentage of `whole`, to one decimal; None when it means nothing."""
    if part is None or not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


class ProgrammeReport(RevisionMixin, index.Indexed, ClusterableModel):
    agency = models.ForeignKey(
        "news.Agency", verbose_name=_("OPD"), on_delete=models.PROTECT, related_name="reports"
    )
    request = models.ForeignKey(
        "desk.DataRequest",
        verbose_name=_("menjawab permintaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text=_("Kosongkan bila laporan ini dikirim atas inisiatif OPD."),
    )
    programme_name = models.CharField(_("nama program"), max_length=200)
    activity_name = models.CharField(_("nama kegiatan"), max_length=200, blank=True)
    period_start = models.DateField(_("periode mulai"))
    period_end = models.DateField(_("periode selesai"))
    region = models.ForeignKey(
        "news.Region", verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="+"
    )
    kecamatan = models.CharField(_("kecamatan"), max_length=80, blank=True)
    desa = models.CharField(_("desa/kelurahan"), max_length=80, blank=True)
    # Whole Rupiah: a provincial budget line never has sen.
    budget_ceiling = models.BigIntegerField(_("pagu anggaran (Rp)"), null=True, blank=True)
    budget_realisation = models.BigIntegerField(_("realisasi anggaran (Rp)"), null=True, blank=True)
    physical_progress = models.DecimalField(
        _("progres fisik (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    output_target = models.DecimalField(
        _("target keluaran"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    output_achieved = models.DecimalField(
        _("capaian keluaran"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    output_unit = models.CharField(
        _("satuan keluaran"),
        max_length=40,
        blank=True,
        help_text=_('Misalnya "unit rumah", "km" atau "orang".'),
    )
    beneficiaries = models.PositiveIntegerField(_("penerima manfaat"), null=True, blank=True)
    beneficiaries_unit = models.CharField(
        _("satuan penerima manfaat"), max_length=40, blank=True, default="orang"
    )
    narrative = models.TextField(
        _("narasi singkat"), blank=True, help_text=_("Penjelasan program dengan kata-kata OPD.")
    )
    contact_name = models.CharField(_("narahubung"), max_length=100, blank=True)
    contact_phone = models.CharField(_("telepon narahubung"), max_length=30, blank=True)
    is_public = models.BooleanField(
        _("tampilkan ke publik"),
        default=False,
        help_text=_("Laporan yang diterima dan ditandai ini tampil di halaman OPD dan /data/."),
    )

    # The review, changed only through desk.review (never through the edit form).
    review_status = models.CharField(
        _("status review"),
        max_length=12,
        choices=ReviewStatus.choices,
        default=ReviewStatus.DRAFT,
        editable=False,
    )
    reviewer_comment = models.TextField(_("catatan peninjau"), blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditinjau oleh"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("ditinjau pada"), null=True, blank=True, editable=False)
    submitted_at = models.DateTimeField(_("diajukan pada"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibuat oleh"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # From data to a story: who claimed it, and the draft made from it.
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diklaim oleh"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("artikel"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        index.SearchField("programme_name"),
        index.SearchField("activity_name"),
        index.AutocompleteField("programme_name"),
        index.FilterField("agency"),
        index.FilterField("review_status"),
    ]

    class Meta:
        ordering = ["-period_end", "-pk"]
        permissions = [("review_programmereport", "Can review programme reports")]
        verbose_name = _("laporan program")
        verbose_name_plural = _("laporan program")

    def __str__(self):
        return self.programme_name

    @property
    def realisation_percent(self) -> Decimal | None:
        return percent_of(self.budget_realisation, self.budget_ceiling)

    @property
    def is_editable_by_agency(self) -> bool:
        """An operator edits a draft or a returned report; a submitted one waits for review."""
        return self.review_status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED)


class ReportPhoto(Orderable):
    report = ParentalKey(ProgrammeReport, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("foto"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("keterangan"), max_length=250, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("foto")
        verbose_name_plural = _("foto")


class ReportDocument(Orderable):
    report = ParentalKey(ProgrammeReport, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokumen"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")
