"""Kinerja Data OPD in the admin: the ranked table, its chart and its CSV (thin over desk.board)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse

from core.csv_export import as_csv
from core.formatting import angka
from desk.access import agencies_for, can_see_board, is_operator
from desk.board import AgencyRow, agency_rows, parse_sort, sorted_rows
from desk.board_filters import DEFAULT_RANGE, BoardFilterForm, BoardFilters
from news.models import Agency

COLUMNS = [
    ("peringkat", "Peringkat"),
    ("opd", "OPD"),
    ("diterima", "Permintaan diterima"),
    ("dijawab", "Dijawab"),
    ("tepat_waktu", "Tepat waktu (%)"),
    ("median", "Median hari menjawab"),
    ("terlambat", "Terlambat sekarang"),
    ("laporan", "Laporan diajukan"),
    ("artikel", "Laporan jadi artikel"),
    ("sejak_laporan", "Hari sejak laporan terakhir"),
]
NEVER_REPORTED = "Belum pernah"


def days(value: float | None, missing: str) -> str:
    if value is None:
        return missing
    return angka(value, 0 if value == int(value) else 1)


def cells(row: AgencyRow, missing: str = "–") -> list[str]:
    """The row's figures as the page shows them and the CSV writes them (in COLUMNS' order)."""
    percent = row.on_time_percent
    return [
        angka(row.rank),
        row.name,
        angka(row.received),
        angka(row.answered),
        missing if percent is None else angka(percent, 1),
        days(row.median_days, missing),
        angka(row.late_now),
        angka(row.reports_submitted),
        angka(row.reports_with_article),
        days(row.days_since_last_report, NEVER_REPORTED),
    ]


def chart_data(rows: list[AgencyRow]) -> dict:
    """Each agency's requests in the period, stacked by how they stand now."""
    parts = [
        ("Dijawab tepat waktu", "answered_on_time"),
        ("Dijawab terlambat", "answered_late"),
        ("Terlambat, belum dijawab", "late_now"),
        ("Belum jatuh tempo", "not_yet_due"),
    ]
    return {
        "labels": [row.label for row in rows],
        "datasets": [
            {"label": label, "data": [getattr(row, name) for row in rows]} for label, name in parts
        ],
    }


def board_data(request):
    """The form, filters and sorted rows the user may see; refuses anyone else."""
    if not can_see_board(request.user):
        raise PermissionDenied
    data = request.GET.copy()
    data.setdefault("rentang", DEFAULT_RANGE)  # a sorted page keeps showing its period
    form = BoardFilterForm(data, one_agency=is_operator(request.user))
    filters = BoardFilters.from_form(form)
    rows = agency_rows(filters, agencies_for(request.user, Agency.objects.all()))
    column, descending = parse_sort(request.GET.get("urut"))
    return form, filters, sorted_rows(rows, column, descending), (column, descending)


def sort_headers(request, column: str, descending: bool) -> list[dict]:
    """Each column's header link: sorts by it, or turns its order round if it already does."""
    headers = []
    for key, label in COLUMNS:
        query = request.GET.copy()
        query["urut"] = f"-{key}" if key == column and not descending else key
        headers.append(
            {
                "label": label,
                "query": query.urlencode(),
                "sorted": key == column,
                "descending": descending,
            }
        )
    return headers


def board(request):
    form, filters, rows, (column, descending) = board_data(request)
    # The agency's requests, for those who may open the requests list (not Analis).
    requests_list = (
        reverse("wagtailsnippets_desk_datarequest:list")
        if request.user.has_perm("desk.view_datarequest")
        else None
    )
    return render(
        request,
        "desk/admin/board.html",
        {
            "form": form,
            "filters": filters,
            "rows": [
                {
                    "cells": cells(row),
                    "requests_url": requests_list and f"{requests_list}?agencies={row.agency_id}",
                }
                for row in rows
            ],
            "board_rows": rows,
            "headers": sort_headers(request, column, descending),
            "has_requests": any(row.received for row in rows),
            "empty_message": (
                "Akun Anda belum terhubung dengan OPD mana pun. Hubungi Pengelola Data."
                if is_operator(request.user)
                else "Belum ada OPD yang terdaftar."
            ),
            "chart": chart_data(rows),
            "chart_height": max(160, 28 * len(rows) + 80),
            "query": request.GET.urlencode(),
        },
    )


def export_csv(request):
    form, filters, rows, _ = board_data(request)
    if not form.is_valid():
        problems = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponseBadRequest(" ".join(problems), content_type="text/plain; charset=utf-8")
    table = [[label for _, label in COLUMNS]] + [cells(row, missing="") for row in rows]
    response = HttpResponse(as_csv(table), content_type="text/csv; charset=utf-8")
    name = f"kinerja-data-opd-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
