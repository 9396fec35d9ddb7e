"""`make messages`: compile locale/*/LC_MESSAGES/*.po into the .mo files Django reads.

polib writes the .mo in Python, so no GNU gettext is needed. The .mo files are committed
(the Docker image and a fresh clone read them as they are);
tests/foundation/test_translations.py fails when one is older than its .po.
"""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[1] / "locale"


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def compile_all() -> list[Path]:
    compiled = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        compiled.append(mo_path)
    return compiled


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE.parent)}")
