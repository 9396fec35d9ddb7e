"""Production settings with one extra route, the baseline view in bench/urls.py."""

from mmc.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
