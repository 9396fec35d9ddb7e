"""How a platform's error table is written and read: documented codes as data, not branches.

Each platform keeps its table in its own module here (graph, instagram, x, youtube);
the client's classifier looks an error up here and falls back to the HTTP status only for
what the platform's documentation does not list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..base import PlatformError

# (code, subcode): a subcode of None matches any subcode of that code, a code of None any
# code carrying that subcode (Meta has moved subcodes between codes).
Key = tuple[int | None, int | None]


@dataclass(frozen=True)
class Rule:
    """What one documented error means for us.

    `kind` is the class raised; `message` is shown to editors (Indonesian, says what to do;
    empty: the class's default); `retry_after` is the wait in seconds for a RateLimited rule
    (None: read it from the platform's usage headers).
    """

    kind: type[PlatformError]
    message: str = ""
    retry_after: float | None = None


def lookup(tables: Iterable[Mapping[Key, Rule]], code: object, subcode: object) -> Rule | None:
    """The most specific rule for (code, subcode) over `tables`, earlier tables first."""
    tables = list(tables)
    code = code if isinstance(code, int) else None
    subcode = subcode if isinstance(subcode, int) else None
    keys = [(code, subcode), (None, subcode), (code, None)]
    for key in keys:
        if None in key and key[0] == key[1]:
            continue
        for table in tables:
            if key in table:
                return table[key]
    return None
