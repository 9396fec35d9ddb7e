"""Jangkauan (reach) admin views: thin wrappers around analytics.dashboard."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from analytics import dashboard, export
from analytics.article import article_reach
from analytics.filters import ReachFilterForm, ReachFilters
from news.models import ArticlePage
from news.roles import ADMINISTRATOR, ANALIS, REDAKTUR, has_role


def can_read_reach(user) -> bool:
    return has_role(user, ANALIS, REDAKTUR, ADMINISTRATOR)


def _filters(request) -> tuple[ReachFilterForm, ReachFilters]:
    if not can_read_reach(request.user):
        raise PermissionDenied
    form = ReachFilterForm(request.GET or {"rentang": "30"})
    return form, ReachFilters.from_form(form)


def chart_data(series: dict, labels=None) -> dict:
    labels = labels or dashboard.PLATFORM_LABELS
    return {
        "labels": [f"{day.day}/{day.month}" for day in series["days"]],
        "datasets": [
            {"label": labels.get(name, name), "data": values}
            for name, values in series["series"].items()
        ],
    }


def reach_dashboard(request):
    form, filters = _filters(request)
    report = dashboard.reach_report(filters)
    return render(
        request,
        "analytics/dashboard.html",
        {
            "form": form,
            "filters": filters,
            "report": report,
            "top": [(dashboard.PLATFORM_LABELS[key], rows) for key, rows in report["top"].items()],
            "breakdowns": [
                (dashboard.BREAKDOWNS[key][0], key, rows)
                for key, rows in report["breakdowns"].items()
            ],
            "chart": chart_data(report["series"]),
            "tables": export.TABLES,
            "query": request.GET.urlencode(),
        },
    )


def export_csv(request):
    _form, filters = _filters(request)
    table = request.GET.get("table", "")
    if table not in export.TABLES:
        raise Http404("Tabel tidak dikenal.")
    response = HttpResponse(
        export.as_csv(export.table_rows(table, filters)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{export.filename(table, filters)}"'
    return response


def article_reach_view(request, page_id):
    form, filters = _filters(request)
    article = get_object_or_404(ArticlePage, pk=page_id)
    reach = article_reach(article, filters)
    return render(
        request,
        "analytics/article.html",
        {
            "form": form,
            "filters": filters,
            "article": article,
            "reach": reach,
            "chart": chart_data(reach["series"], labels={}),
        },
    )
