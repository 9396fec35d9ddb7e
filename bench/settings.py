"""Production settings with one extra route, the baseline view in bench/urls.py."""

from mmc.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# The baseline is Django's floor for a response of a page's size: never served from the cache.
PAGE_CACHE_EXCLUDED_PREFIXES = [*PAGE_CACHE_EXCLUDED_PREFIXES, "/__bench/"]  # noqa: F405
