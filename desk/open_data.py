"""The figures the public may read: accepted reports marked public, as rows of open data.

Only `published_reports()` decides what is public; /data/, its downloads and the agency
pages all start from it. A report leaves them as soon as it stops being accepted or public.
The record's fields are documented in docs/open-data.md (a test keeps the two in step).
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from desk.models import ProgrammeReport, ReportDocument, ReviewStatus
from news.models import Agency, Region

SCHEMA_VERSION = 1
LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/deed.id",
    "attribution": "Pemerintah Provinsi Kalimantan Tengah melalui MMC Kalteng",
}
# The agency page shows the latest report of each programme, at most this many.
AGENCY_PAGE_FIGURES = 6
AGENCY_PAGE_DOCUMENTS = 20

# The record's fields in order: the CSV's columns and the JSON objects' keys (plus
# `documents`, a list, in JSON only).
FIELDS = [
    "id",
    "agency_slug",
    "agency_name",
    "agency_short_name",
    "programme",
    "activity",
    "period_start",
    "period_end",
    "year",
    "region_slug",
    "region_name",
    "kecamatan",
    "desa",
    "budget_ceiling",
    "budget_realisation",
    "realisation_percent",
    "physical_progress",
    "output_target",
    "output_achieved",
    "output_unit",
    "beneficiaries",
    "beneficiaries_unit",
    "narrative",
    "accepted_at",
    "agency_url",
    "article_url",
]
JSON_ONLY_FIELDS = ["documents"]


def published_reports():
    """Accepted by the newsroom and marked public: nothing else ever reaches the public."""
    return ProgrammeReport.objects.filter(review_status=ReviewStatus.ACCEPTED, is_public=True)


def with_relations(reports):
    """Everything a row shows in one query, however many rows."""
    # The article is read only for its URL: its body is the heaviest column by far.
    return reports.select_related("agency", "region", "article").defer("article__body")


@dataclass(frozen=True)
class OpenDataFilters:
    """What a reader narrowed /data/ to; anything unreadable is simply not applied."""

    agency: str = ""
    region: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query) -> "OpenDataFilters":
        year = query.get("tahun", "").strip()
        return cls(
            agency=query.get("opd", "").strip()[:80],
            region=query.get("wilayah", "").strip()[:80],
            year=int(year) if year.isdigit() and 1900 < int(year) < 3000 else None,
        )

    def apply(self, reports):
        if self.agency:
            reports = reports.filter(agency__slug=self.agency)
        if self.region:
            reports = reports.filter(region__slug=self.region)
        if self.year:
            # A report's year is the year its period ends in (docs/open-data.md).
            reports = reports.filter(period_end__year=self.year)
        return reports

    def as_dict(self) -> dict:
        return {"agency": self.agency or None, "region": self.region or None, "year": self.year}


def filter_choices() -> dict:
    """The filter form's options: only agencies, regions and years that have public figures."""
    published = published_reports()
    years = published.dates("period_end", "year", order="DESC")
    return {
        "agencies": Agency.objects.filter(pk__in=published.values("agency_id")).order_by("name"),
        "regions": Region.objects.filter(pk__in=published.values("region_id")),
        "years": [day.year for day in years],
    }


def _number(value):
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def article_url(report, request) -> str | None:
    """The published article made from the report (its path); a draft is never linked."""
    article = report.article
    if article is None or not article.live:
        return None
    return article.get_url(request)


def absolute(request, url: str | None) -> str | None:
    return request.build_absolute_uri(url) if url else None


def record(report, request, agency_url: str) -> dict:
    """One report as open data: raw numbers (whole Rupiah, percentages), ISO dates."""
    return {
        "id": report.pk,
        "agency_slug": report.agency.slug,
        "agency_name": report.agency.name,
        "agency_short_name": report.agency.short_name,
        "programme": report.programme_name,
        "activity": report.activity_name,
        "period_start": report.period_start.isoformat(),
        "period_end": report.period_end.isoformat(),
        "year": report.period_end.year,
        "region_slug": report.region.slug,
        "region_name": report.region.name,
        "kecamatan": report.kecamatan,
        "desa": report.desa,
        "budget_ceiling": report.budget_ceiling,
        "budget_realisation": report.budget_realisation,
        "realisation_percent": _number(report.realisation_percent),
        "physical_progress": _number(report.physical_progress),
        "output_target": _number(report.output_target),
        "output_achieved": _number(report.output_achieved),
        "output_unit": report.output_unit,
        "beneficiaries": report.beneficiaries,
        "beneficiaries_unit": report.beneficiaries_unit if report.beneficiaries is not None else "",
        "narrative": report.narrative,
        "accepted_at": timezone.localtime(report.reviewed_at).isoformat()
        if report.reviewed_at
        else None,
        "agency_url": agency_url,
        "article_url": absolute(request, article_url(report, request)),
    }


def documents_by_report(report_ids, request) -> dict[int, list[dict]]:
    """Each report's documents, in their order, in one query (modelcluster's prefetch of a
    child relation costs more than the rows themselves)."""
    documents = defaultdict(list)
    links = ReportDocument.objects.filter(report_id__in=report_ids).select_related("document")
    for link in links.order_by("report_id", "sort_order", "pk"):
        documents[link.report_id].append(
            {"title": link.document.title, "url": request.build_absolute_uri(link.document.url)}
        )
    return documents


def records(filters: OpenDataFilters, request, *, with_documents: bool) -> list[dict]:
    """The filtered public reports for a download: one bounded query (and the documents')."""
    reports = list(
        with_relations(filters.apply(published_reports()))[: settings.OPEN_DATA_MAX_ROWS]
    )
    documents = documents_by_report([r.pk for r in reports], request) if with_documents else {}
    agency_urls = {}  # reverse() is the costliest step of a row; an agency has many rows
    rows = []
    for report in reports:
        slug = report.agency.slug
        if slug not in agency_urls:
            agency_urls[slug] = request.build_absolute_uri(reverse("news:agency", args=[slug]))
        row = record(report, request, agency_urls[slug])
        if with_documents:
            row["documents"] = documents.get(report.pk, [])
        rows.append(row)
    return rows


def latest_figures(agency) -> list:
    """The agency's latest public report of each programme, newest period first."""
    latest = {}
    reports = published_reports().filter(agency=agency).select_related("region", "article")
    for report in reports[:200]:
        latest.setdefault(report.programme_name.casefold(), report)
        if len(latest) == AGENCY_PAGE_FIGURES:
            break
    return list(latest.values())


def agency_documents(agency) -> list:
    """Documents attached to the agency's public reports, newest report first."""
    return list(
        ReportDocument.objects.filter(report__in=published_reports().filter(agency=agency))
        .select_related("document", "report")
        .order_by("-report__period_end", "-report_id", "sort_order")[:AGENCY_PAGE_DOCUMENTS]
    )
