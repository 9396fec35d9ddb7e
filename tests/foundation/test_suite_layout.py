"""How the test suite itself is put together."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
SUPPORT = TESTS / "support"


def imported_modules(path: Path):
    """Every module a file imports, relative imports spelled with their leading dots."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield "." * node.level + (node.module or "")


def test_no_test_module_imports_another_test_module():
    """Shared builders are fixtures in a conftest.py, or plain code in tests/support/."""
    offences = [
        f"{path.relative_to(TESTS.parent)} imports {module}"
        for path in sorted(TESTS.rglob("*.py"))
        if SUPPORT not in path.parents
        for module in imported_modules(path)
        if module.startswith(".")
        or (module.split(".")[0] == "tests" and module.split(".")[:2] != ["tests", "support"])
    ]
    assert offences == []
