"""Jangkauan (reach) admin views: thin wrappers around analytics.dashboard."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from redis import RedisError

from analytics import dashboard, export
from analytics.article import article_reach
from analytics.collection import last_runs
from analytics.filters import ReachFilterForm, ReachFilters, ever_published
from core.csv_export import as_csv
from core.roles import ADMINISTRATOR, ANALIS, REDAKTUR, has_role
from news.models import ArticlePage
from syndication.models import SocialAccount


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


def collection_status() -> list[dict]:
    """Each account's last metrics run, so staff can tell fresh figures from stale ones."""
    try:
        runs = last_runs()
    except RedisError:
        runs = None
    rows = []
    for account in SocialAccount.objects.order_by("platform", "name"):
        run = (runs or {}).get(account.pk)
        problem = run["problem"] if run else ""
        if account.status == SocialAccount.Status.NEEDS_REAUTH:
            problem = f"Perlu otorisasi ulang: {account.status_reason}".rstrip(": ")
        elif not account.enabled:
            problem = "Akun dinonaktifkan; metrik tidak diambil."
        rows.append(
            {
                "account": account,
                "platform": dashboard.PLATFORM_LABELS[account.platform],
                "at": datetime.fromisoformat(run["at"]) if run else None,
                "due": run["due"] if run else 0,
                "stored": run["stored"] if run else 0,
                "skipped": run["skipped"] if run else 0,
                "problem": problem,
                "unknown": runs is None,
            }
        )
    return rows


def reach_dashboard(request):
    form, filters = _filters(request)
    report = dashboard.reach_report(filters)
    status = collection_status()
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
            "collection": status,
            "collection_problems": [row for row in status if row["problem"]],
            "query": request.GET.urlencode(),
        },
    )


def export_csv(request):
    form, filters = _filters(request)
    table = request.GET.get("table", "")
    if table not in export.TABLES:
        raise Http404("Tabel tidak dikenal.")
    if not form.is_valid():
        # A file of other dates than asked for would mislead: say what is wrong instead.
        problems = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponseBadRequest(" ".join(problems), content_type="text/plain; charset=utf-8")
    response = HttpResponse(
        as_csv(export.table_rows(table, filters)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{export.filename(table, filters)}"'
    return response


def article_reach_view(request, page_id):
    form, filters = _filters(request)
    # A never-published draft has no reach, and its title is not for every reader of Jangkauan.
    article = get_object_or_404(ArticlePage.objects.filter(ever_published()), pk=page_id)
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
