"""The Nu HTML Checker (npm's vnu-jar) run with the system's Java, installed once into a cache.

The jar goes to ~/.cache/mmc-newsroom (or XDG_CACHE_HOME), outside the repository, on first
use; `.ci/run` provides Java and npm.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

VNU_VERSION = "26.9.27"


def cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "mmc-newsroom" / f"vnu-{VNU_VERSION}"


def checker_jar() -> Path | None:
    """vnu.jar, installed with npm if needed; None when Java or npm is missing."""
    if not shutil.which("java"):
        return None
    jar = cache_dir() / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    if jar.exists():
        return jar
    if not shutil.which("npm"):
        return None
    subprocess.run(
        ["npm", "install", "--prefix", str(cache_dir()), "--no-save", "--no-audit", "--no-fund",
         "--ignore-scripts", f"vnu-jar@{VNU_VERSION}"],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    return jar if jar.exists() else None


def html_errors(jar: Path, documents: dict[str, str]) -> dict[str, list[str]]:
    """Each document's errors ("line N: message"), checked in one run of the checker."""
    with tempfile.TemporaryDirectory(prefix="mmc-vnu-") as folder:
        files = {}
        for position, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"page-{position}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(
            ["java", "-jar", str(jar), "--errors-only", "--format", "json", "--exit-zero-always",
             *(str(Path(folder) / file_name) for file_name in files)],
            capture_output=True,
            text=True,
            timeout=300,
        )  # fmt: skip
    errors = {name: [] for name in documents}
    for message in json.loads(result.stderr)["messages"]:
        name = files[Path(urlsplit(message["url"]).path).name]
        errors[name].append(f"line {message.get('lastLine')}: {message['message']}")
    return errors
