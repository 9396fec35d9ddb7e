"""Cells that are safe to open in a spreadsheet program."""

# A cell starting with one of these is run as a formula by spreadsheet programs (OWASP's
# "CSV injection"); a leading apostrophe makes them show it as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
