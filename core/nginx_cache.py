"""A `wagtail.contrib.frontend_cache` backend for the microcache in deploy/nginx/.

nginx as the official image ships it cannot delete one cache entry (that needs the
third-party cache-purge module), so purging a URL asks nginx's internal refresh port for it:
nginx fetches the page from Django and replaces its cached copy. Configure it as

    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "core.nginx_cache.NginxMicrocacheBackend",
            "LOCATION": "http://nginx:8081",  # NGINX_REFRESH_URL in production
        },
    }

after any cache Django itself keeps (nginx must read the fresh page, not a cached one).
"""

import logging
from urllib.parse import urlsplit, urlunsplit

import requests
from django.db import transaction
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger("wagtail.frontendcache")

REFRESH_TIMEOUT_SECONDS = 10


class NginxMicrocacheBackend(BaseBackend):
    """Refreshes nginx's copy of each URL once the transaction that changed the page commits."""

    def __init__(self, params):
        params = dict(params)
        location = urlsplit(params.pop("LOCATION"))
        super().__init__(params)
        self.scheme, self.netloc = location.scheme, location.netloc
        self.timeout = params.get("TIMEOUT", REFRESH_TIMEOUT_SECONDS)

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        urls = list(urls)
        # Wagtail purges from inside the publish transaction; fetched before the commit,
        # nginx would store the old page again.
        transaction.on_commit(lambda: self.refresh(urls))

    def refresh(self, urls: list[str]) -> None:
        with requests.Session() as session:
            session.trust_env = False  # the refresh port is internal: never through a proxy
            for url in urls:
                self._refresh_one(session, url)

    def _refresh_one(self, session: requests.Session, url: str) -> None:
        parts = urlsplit(url)
        target = urlunsplit((self.scheme, self.netloc, parts.path or "/", parts.query, ""))
        try:
            response = session.get(
                target,
                # nginx keys its cache on the public host name (without the port).
                headers={"Host": parts.netloc, "User-Agent": "mmc-frontend-cache"},
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            logger.error("Couldn't refresh %s in nginx's cache: %s", url, error)
            return
        if response.status_code >= 500:
            logger.error("Couldn't refresh %s in nginx's cache: HTTP %s", url, response.status_code)
