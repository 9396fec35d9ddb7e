"""Purging: every cache in front of a page hears about a change through one door.

Apps say which URLs a change touched (`purge_after_commit`); Wagtail's
`wagtail.contrib.frontend_cache` hands them to every backend in WAGTAILFRONTENDCACHE: ours
for the Redis page cache below, and any other (nginx, a CDN) added by configuration.
The purge waits for the commit: a reader who came in between would otherwise have the old
content rendered and stored again under the fresh generation.
"""

from django.db import transaction
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

from core.page_cache import path_of, purge_paths


class RedisPageCacheBackend(BaseBackend):
    """Drops a URL's path from core.page_cache, every host and query string at once."""

    def purge(self, url) -> None:
        purge_paths([path_of(url)])

    def purge_batch(self, urls) -> None:
        purge_paths(path_of(url) for url in urls)


def site_urls(paths) -> set[str]:
    """Absolute URLs of site-relative paths, on every site's root URL."""
    roots = {root.root_url for root in Site.get_site_root_paths()}
    return {f"{root}{path}" for root in roots for path in paths}


def page_urls(page) -> set[str]:
    """Every URL Wagtail would purge for a page: its URLs and its `get_cached_paths()`."""
    page = page.specific_deferred
    full_url = page.get_full_url()
    if full_url is None:
        return set()
    return {full_url + path.lstrip("/") for path in page.get_cached_paths()}


def purge_after_commit(urls) -> None:
    urls = set(urls)
    if urls:
        # robust: a cache that cannot be reached is logged, never an editor's error page.
        transaction.on_commit(lambda: purge_urls_from_cache(sorted(urls)), robust=True)


def purge_page_after_commit(sender, instance, **kwargs) -> None:
    """Any page published or unpublished: its own URLs (apps add what it is listed on)."""
    purge_after_commit(page_urls(instance))
