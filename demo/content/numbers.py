"""Money the way a newsroom writes it: Rp7,3 triliun, Rp850 juta."""

from core.formatting import angka


def format_rupiah(amount: int) -> str:
    """Round to the largest unit a newsroom would write: Rp7,3 triliun, Rp850 juta."""
    for size, unit in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")):
        if amount >= size:
            scaled = angka(amount / size, 1).removesuffix(",0")
            return f"Rp{scaled} {unit}"
    return f"Rp{angka(amount)}"
