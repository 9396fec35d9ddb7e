"""Indonesian number formatting: 4.000.000, 6,5 persen, Rp1,2 miliar."""


def format_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def format_decimal(value: float, places: int = 1) -> str:
    whole, _, fraction = f"{value:.{places}f}".partition(".")
    whole = format_number(int(whole))
    return f"{whole},{fraction}" if fraction else whole


def format_rupiah(amount: int) -> str:
    """Round to the largest unit a newsroom would write: Rp7,3 triliun, Rp850 juta."""
    for size, unit in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")):
        if amount >= size:
            scaled = format_decimal(amount / size, 1).removesuffix(",0")
            return f"Rp{scaled} {unit}"
    return f"Rp{format_number(amount)}"
