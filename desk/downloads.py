"""/data/'s downloads: the same records as CSV (for spreadsheets) and JSON (for programs).

CSV: UTF-8 with a byte-order mark, so Excel (which otherwise reads a CSV in the Windows
code page) shows "Kab. Pulang Pisau" and the like correctly; comma-separated, RFC 4180
quoting, numbers raw (whole Rupiah, a dot for decimals), text cells that a spreadsheet
would run as a formula prefixed with an apostrophe. See docs/open-data.md.
"""

import csv
import io
import json

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from core.csv_export import neutralise
from desk import open_data

BOM = "\ufeff"


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def as_csv(records: list[dict]) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(open_data.FIELDS)
    for row in records:
        writer.writerow([csv_cell(row[field]) for field in open_data.FIELDS])
    return buffer.getvalue()


def as_json(records: list[dict], filters: open_data.OpenDataFilters, source: str) -> str:
    document = {
        "schema_version": open_data.SCHEMA_VERSION,
        "generated_at": timezone.localtime().replace(microsecond=0).isoformat(),
        "source": source,
        "licence": open_data.LICENCE,
        "filters": filters.as_dict(),
        "count": len(records),
        "limit": settings.OPEN_DATA_MAX_ROWS,
        "reports": records,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def download(request, filters: open_data.OpenDataFilters, fmt: str, name: str) -> HttpResponse:
    """The response for `<name>.csv` or `<name>.json`; kept whole so the page cache holds it."""
    if fmt == "csv":
        body = as_csv(open_data.records(filters, request, with_documents=False))
        content_type = "text/csv; charset=utf-8"
    else:
        records = open_data.records(filters, request, with_documents=True)
        body = as_json(records, filters, source=request.build_absolute_uri("/data/"))
        content_type = "application/json; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    disposition = "attachment" if fmt == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
