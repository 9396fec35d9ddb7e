"""The public side of the desk: /data/ (every agency's published figures) and its downloads."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from core.formatting import angka
from desk import downloads, open_data
from news.models import Agency

DATA_PAGE_SIZE = 25


@require_GET
def data_index(request):
    filters = open_data.OpenDataFilters.from_query(request.GET)
    reports = open_data.with_relations(filters.apply(open_data.published_reports()))
    page = Paginator(reports, DATA_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(report, open_data.article_url(report, request)) for report in page.object_list]
    return render(
        request,
        "desk/open_data.html",
        {
            "filters": filters,
            "choices": open_data.filter_choices(),
            "page_obj": page,
            "rows": rows,
            "query": downloads_query(request),
        },
    )


def downloads_query(request) -> str:
    """The filters as a query string, for the download links (no page number)."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@require_GET
def data_schema(request):
    """The downloads' fields explained to readers (docs/open-data.md says the same)."""
    limit = angka(settings.OPEN_DATA_MAX_ROWS)
    return render(request, "desk/open_data_schema.html", {"limit": limit})


@require_GET
def data_download(request, fmt):
    filters = open_data.OpenDataFilters.from_query(request.GET)
    return downloads.download(request, filters, fmt, "laporan-program-opd")


@require_GET
def agency_download(request, slug, fmt):
    agency = get_object_or_404(Agency, slug=slug)
    filters = open_data.OpenDataFilters(agency=agency.slug)
    return downloads.download(request, filters, fmt, f"laporan-program-{agency.slug}")


def agency_figures_section(request, agency) -> str:
    """The agency page's "Data program" section (news' register_agency_page_sections)."""
    return render_to_string(
        "desk/includes/agency_figures.html",
        {
            "agency": agency,
            "figures": [
                (report, open_data.article_url(report, request))
                for report in open_data.latest_figures(agency)
            ],
            "documents": open_data.agency_documents(agency),
        },
        request=request,
    )
