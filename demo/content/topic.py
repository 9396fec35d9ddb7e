"""The shape of a story template that the corpus generator fills in.

Templates are `str.format` strings. The generator supplies, per article:
place/short/head/deputy/pemda/kec/desa/river/town/di_short (the region), agency/agency_short/
agency_head (the lead agency), numbers already in Indonesian format (pct, pct_low, pct_mid,
pct_hi, growth, small, small2, mid, big, rp, rp_small, rp_apbd, km, ha, tons, span),
year/next_year and dayd ("Senin (24/11/2026)").
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    rubrik: str
    agencies: tuple[str, ...]
    """The first agency always leads the story; one of the rest may join it."""
    tags: tuple[str, ...]
    """The first tag is always used; the others are sampled."""
    theme: str
    """Keyword that picks the illustration's palette and motif."""
    headlines: tuple[str, ...]
    openings: tuple[str, ...]
    """One per headline, telling the same story in one or two sentences. The dateline is
    prepended to make the first paragraph, and the opening doubles as the lead."""
    details: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    """(quote text, speaker's title)."""
    captions: tuple[str, ...]
    local_only: bool = False
    """Needs a regency or the city as its setting, never the province as a whole."""
