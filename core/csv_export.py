"""CSV downloads from the admin, safe to open in a spreadsheet program."""

import csv
import io

# A cell starting with one of these is run as a formula by spreadsheet programs (OWASP's
# "CSV injection"); a leading apostrophe makes them show it as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def as_csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[neutralise(str(cell)) for cell in row] for row in rows])
    return buffer.getvalue()
