"""news is the content the other apps build on: it imports none of them."""

import ast
from pathlib import Path

import news

APPS_BUILT_ON_NEWS = {"syndication", "analytics"}


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_news_imports_nothing_from_the_apps_built_on_it():
    root = Path(news.__file__).parent
    offending = [
        f"{path.relative_to(root)}: {module}"
        for path in sorted(root.rglob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] in APPS_BUILT_ON_NEWS
    ]
    assert offending == []
