"""The import rules of docs/ARCHITECTURE.md, read from the source with `ast`.

Content (`news`) knows nothing of the apps built on it; every app may use `core`; an app
uses another app only through that app's public modules, never its infrastructure; the
apps form no cycle; platform clients and the sandbox stand alone.
"""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every Django app in the repository: a top-level package with an apps.py.
APPS = tuple(sorted(path.parent.name for path in ROOT.glob("*/apps.py")))
# Who may import whom (besides core, which every app may use, and itself). A new app must
# say here what it is built on (see test_every_app_declares_what_it_is_built_on).
ALLOWED = {
    "core": set(),
    "accounts": set(),
    "news": set(),
    "home": {"news"},
    "syndication": {"news"},
    "analytics": {"news", "syndication"},
    "desk": {"news"},
    "guides": set(),
    "demo": {"news", "home", "syndication", "analytics", "desk"},
}
# What another app may import from an app: its domain, not its plumbing.
PUBLIC = {
    "core": ("core",),
    "accounts": ("accounts.two_factor",),
    "news": ("news.models", "news.listings", "news.extensions", "news.factories"),
    "home": ("home.models",),
    "syndication": (
        "syndication.models",
        "syndication.platforms",
        "syndication.rows",
        "syndication.sandbox_accounts",
        "syndication.factories",
    ),
    "analytics": ("analytics.models", "analytics.cadence", "analytics.collection"),
    "desk": ("desk.models", "desk.factories"),
}


def imports_in(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module or name `source` imports, at the top or in a function, as absolute names."""
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = ".".join(part for part in (parent, base) if part)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def imports_of(path: Path) -> set[str]:
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return imports_in(path.read_text(), module, is_package=path.name == "__init__.py")


def source_files(app: str):
    return sorted((ROOT / app).rglob("*.py"))


def app_of(module: str) -> str | None:
    top = module.split(".", 1)[0]
    return top if top in APPS else None


def is_public(module: str, app: str) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in PUBLIC[app])


def cross_app_imports():
    """(importing file, its app, imported module, that module's app) for each cross-app import."""
    for app in APPS:
        for path in source_files(app):
            for module in imports_of(path):
                target = app_of(module)
                if target and target != app:
                    yield path.relative_to(ROOT), app, module, target


def test_every_app_declares_what_it_is_built_on():
    assert set(APPS) == set(ALLOWED)


def test_apps_import_only_the_apps_they_are_built_on():
    wrong = sorted(
        f"{path}: {module}"
        for path, app, module, target in cross_app_imports()
        if target != "core" and target not in ALLOWED[app]
    )
    assert wrong == []


def test_an_app_uses_another_only_through_its_public_modules():
    wrong = sorted(
        f"{path}: {module}"
        for path, app, module, target in cross_app_imports()
        if app != "demo"
        and not is_public(module, target)
        # `from news import models` names a submodule: check the full name instead.
        and not any(module.startswith(prefix + ".") for prefix in PUBLIC[target])
    )
    assert wrong == []


def test_the_apps_form_no_cycle():
    graph = defaultdict(set)
    for _path, app, _module, target in cross_app_imports():
        graph[app].add(target)

    def reaches(start, goal, seen=()):
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, (*seen, nxt)))
            for nxt in graph[start]
        )

    assert [app for app in APPS if reaches(app, app)] == []


@pytest.mark.parametrize("package", ["syndication/platforms", "syndication/sandbox"])
def test_platform_clients_and_the_sandbox_import_no_app_and_no_wagtail(package):
    wrong = sorted(
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / package).rglob("*.py")
        for module in imports_of(path)
        if (app_of(module) and not module.startswith(package.replace("/", ".")))
        or module.split(".")[0] in {"wagtail", "django"}
    )
    assert wrong == []


def test_the_checker_resolves_relative_and_function_level_imports():
    source = (
        "from . import models\n"
        "from ..syndication import rows\n"
        "def f():\n"
        "    import analytics.models\n"
    )
    found = imports_in(source, "news.admin_views")
    assert found == {"news.models", "syndication.rows", "analytics.models"}
