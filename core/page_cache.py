"""The full-page cache: anonymous GET/HEAD responses kept in Redis, purged by path.

Anonymous pages are identical for every reader, so the first render of a URL is kept and
served to the next readers without touching the view, the database or the templates.

Layout in Redis (`<prefix>` is PAGE_CACHE_KEY_PREFIX): each path has a generation number
(`<prefix>:gen:<path>`, absent = 0); a response is stored at
`<prefix>:page:<path>|<scheme>://<host>?<query>` with its own TTL, together with the
generation it was rendered under, and is served only while that is still the path's
generation. Purging a path (core/frontend_cache.py) increments its generation, which
drops every variant at once (`?page=2`, another host) without scanning keys. A render that
began before a purge is stored under the old generation and never served, so a purge
racing a slow render never leaves a stale page behind. A lookup is one MGET of both keys.

Each process also keeps the pages it served for PAGE_CACHE_LOCAL_SECONDS (2) in memory:
on a loaded machine the Redis round trip, not the bytes, is what a stored page costs, and a
story read by hundreds a second then costs no round trip at all. A purge clears the purging
process's copies at once; other processes' copies age out within those seconds, well inside
the 5 seconds a change may take to reach readers.
"""

import logging
import pickle
import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode, urlsplit

import redis
from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from core.redis import get_redis

logger = logging.getLogger(__name__)

# Generations must outlive every entry stored under them (see the module docstring).
GENERATION_TTL_SECONDS = 60 * 60 * 24
MAX_PATH_LENGTH = 1000
MAX_BODY_BYTES = 2 * 1024 * 1024
# Query parameters our views never read: a shared link's tracking tags would otherwise
# make every social post a separate cache entry.
IGNORED_QUERY_PREFIXES = ("utm_", "fbclid", "gclid", "mc_")
LOCAL_MAX_ENTRIES = 200


class LocalPages:
    """This process's recently served pages: (path, variant) -> (expires, response parts)."""

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()
        # Bumped by every purge in this process: a render that began before it is not kept.
        self.epoch = 0

    def get(self, key):
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, key, parts, *, seconds: float, epoch: int) -> None:
        with self._lock:
            if epoch != self.epoch:
                return
            self._entries[key] = (time.monotonic() + seconds, parts)
            self._entries.move_to_end(key)
            while len(self._entries) > LOCAL_MAX_ENTRIES:
                self._entries.popitem(last=False)

    def forget(self, paths) -> None:
        with self._lock:
            self.epoch += 1
            for key in [key for key in self._entries if key[0] in paths]:
                del self._entries[key]

    def clear(self) -> None:
        with self._lock:
            self.epoch += 1
            self._entries.clear()


local_pages = LocalPages()


def generation_key(path: str) -> str:
    return f"{settings.PAGE_CACHE_KEY_PREFIX}:gen:{path}"


def entry_key(path: str, key_variant: str) -> str:
    return f"{settings.PAGE_CACHE_KEY_PREFIX}:page:{path}|{key_variant}"


def page_seconds(path: str) -> int:
    """How long a page at `path` is kept: PAGE_CACHE_SECONDS, or a shorter per-prefix value."""
    for prefix, seconds in getattr(settings, "PAGE_CACHE_SHORT_PREFIXES", {}).items():
        if path.startswith(prefix):
            return seconds
    return settings.PAGE_CACHE_SECONDS


def is_cacheable_request(request) -> bool:
    """An anonymous reader's GET or HEAD of a public path, with no session or CSRF cookie."""
    if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
        return False
    path = request.path
    if len(path) > MAX_PATH_LENGTH or path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def is_storable_response(request, response) -> bool:
    """A complete 200 for everyone: no cookie set, nothing private, nothing per-user."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or len(response.content) > MAX_BODY_BYTES:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def variant(request) -> str:
    """What besides the path tells two responses apart: scheme, host and the read query."""
    query = [
        (name, value)
        for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        if not name.startswith(IGNORED_QUERY_PREFIXES)
    ]
    return f"{request.scheme}://{request.get_host()}?{urlencode(sorted(query))}"


def shared_cache_control(response, seconds: int) -> None:
    """Readers' browsers revalidate; a proxy in front may keep the page and serve it stale
    while it refetches. Purges reach the proxy through its frontend-cache backend."""
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=seconds,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
    )


class PageCacheMiddleware:
    """Serve a stored page before any other middleware runs; store what comes back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_SECONDS <= 0:
            # Turned off (the test settings): responses go out as the views made them, so a
            # proxy in front (nginx's microcache) still follows Django's own headers.
            return self.get_response(request)
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and "Cache-Control" not in response:
                # A signed-in editor's page (with the userbar) is for them alone.
                patch_cache_control(response, private=True)
            response["X-Page-Cache"] = "bypass"
            return response

        path, key_variant = request.path, variant(request)
        local_seconds = settings.PAGE_CACHE_LOCAL_SECONDS
        stored = local_pages.get((path, key_variant)) if local_seconds > 0 else None
        if stored is not None:
            return self._replay(request, stored)
        epoch = local_pages.epoch
        generation, stored = self._fetch(path, key_variant)
        if stored is not None:
            if local_seconds > 0:
                local_pages.put((path, key_variant), stored, seconds=local_seconds, epoch=epoch)
            return self._replay(request, stored)

        response = self.get_response(request)
        if generation is not None and is_storable_response(request, response):
            seconds = page_seconds(path)
            if "Cache-Control" not in response:
                shared_cache_control(response, seconds)
            response["X-Page-Cache"] = "miss"
            self._store(path, generation, key_variant, response, seconds)
        else:
            response["X-Page-Cache"] = "bypass"
        return response

    def _fetch(self, path, key_variant):
        """(generation, stored response or None); (None, None) when Redis is unreachable."""
        try:
            generation, stored = get_redis().mget(
                generation_key(path), entry_key(path, key_variant)
            )
        except redis.RedisError:
            # Without Redis the site still renders every page, only slower.
            logger.warning("page cache unavailable for %s", path)
            return None, None
        generation = int(generation or 0)
        if stored is None:
            return generation, None
        stored_generation, *response = pickle.loads(stored)
        return generation, (response if stored_generation == generation else None)

    def _store(self, path, generation, key_variant, response, seconds) -> None:
        entry = (generation, response.status_code, list(response.items()), response.content)
        try:
            get_redis().set(
                entry_key(path, key_variant),
                pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL),
                ex=seconds,
            )
        except redis.RedisError:
            logger.warning("page %s not stored: Redis unavailable", path)

    @staticmethod
    def _replay(request, stored) -> HttpResponse:
        status, headers, content = stored
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        response["Content-Length"] = str(len(content))
        response["X-Page-Cache"] = "hit"
        return response


def purge_path(path: str, *, client: redis.Redis | None = None) -> None:
    """Drop every stored variant of `path` (all hosts, all query strings)."""
    purge_paths([path], client=client)


def purge_paths(paths, *, client: redis.Redis | None = None) -> None:
    paths = set(paths)
    local_pages.forget(paths)
    client = client or get_redis()
    ttl = max(GENERATION_TTL_SECONDS, 2 * settings.PAGE_CACHE_SECONDS)
    pipeline = client.pipeline(transaction=False)
    for path in paths:
        pipeline.incr(generation_key(path))
        pipeline.expire(generation_key(path), ttl)
    pipeline.execute()


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"
