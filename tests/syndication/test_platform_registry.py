"""The registry: every platform's spec is readable without loading any platform's libraries."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from syndication.platforms import registry
from tests.support.platforms import credentials

PLATFORMS_DIR = Path(registry.__file__).parent
HEAVY_LIBRARIES = ("tweepy", "googleapiclient", "google_auth_httplib2", "twitter_text")

# Loads the whole project, reads every spec, builds a Facebook client and posts a caption
# through the caption builder, then lists which heavy libraries came along.
FACEBOOK_WORKER = f"""
import sys, django
django.setup()
import analytics.collection, syndication.publishing, syndication.tasks
from syndication.captions import caption_length
from syndication.platforms import platform_for, specs
from syndication.platforms.base import AccountCredentials
specs()
platform_for(AccountCredentials(platform="facebook", external_id="1", access_token="t"))
caption_length("Banjir surut di Kapuas", "facebook")
print(sorted(name for name in {HEAVY_LIBRARIES!r} if name in sys.modules))
"""


def test_a_facebook_worker_never_loads_the_x_or_google_libraries():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "mmc.settings.test"}
    loaded = subprocess.run(
        [sys.executable, "-c", FACEBOOK_WORKER],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.strip()

    assert loaded.splitlines()[-1] == "[]"


@pytest.mark.parametrize("name", list(registry.specs()))
def test_each_spec_names_the_client_that_posts_for_it(name):
    spec = registry.spec_for(name)

    assert spec.name == name
    assert registry.platform_for(credentials(name)).name == name


def test_every_platform_module_is_registered():
    # Whether a platform module imports anything of the CMS: tests/foundation/test_import_graph.py
    modules = {path.stem for path in PLATFORMS_DIR.glob("*.py")} - {
        "__init__",
        "base",
        "graph",
        "registry",
        "spec",
    }
    assert {f"syndication.platforms.{m}" for m in modules} == set(registry.PLATFORM_MODULES)
