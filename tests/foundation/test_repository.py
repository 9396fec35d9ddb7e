"""The repository describes itself: no file points outside it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_OURS = {".git", ".venv", "var", "node_modules", ".pytest_cache", "__pycache__"}
TEXT = {".py", ".md", ".html", ".txt", ".toml", ".yml", ".yaml", ".cfg", ".css", ".js", ""}


def repository_files():
    for path in ROOT.rglob("*"):
        parts = set(path.relative_to(ROOT).parts)
        generated = any(part.endswith(".egg-info") for part in parts)
        if path.is_file() and not parts & NOT_OURS and not generated and path.suffix in TEXT:
            yield path


def test_no_file_refers_to_files_outside_the_repository():
    outside = "../" + "shared"  # spelt in two parts so this file does not match itself
    found = [
        str(path.relative_to(ROOT))
        for path in repository_files()
        if outside in path.read_text(errors="ignore")
    ]
    assert found == []


def test_the_readme_points_to_the_architecture_the_repository_keeps():
    assert (ROOT / "docs" / "ARCHITECTURE.md").is_file()
    assert "(docs/ARCHITECTURE.md)" in (ROOT / "README.md").read_text()
