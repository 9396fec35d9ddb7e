"""Settings for pytest. REDIS_URL is set by tests/redis_server.py when it is absent."""

import tempfile
import uuid
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not the in-memory default: Celery workers started by tests run in
    # threads, and only a file database gives them WAL and the busy timeout.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="mmc-test-db-")) / "test.sqlite3")
    }

STATIC_ROOT = tempfile.mkdtemp(prefix="mmc-test-static-")
MEDIA_ROOT = env("MEDIA_ROOT", default=tempfile.mkdtemp(prefix="mmc-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
_run = uuid.uuid4().hex[:8]
CACHES["default"]["KEY_PREFIX"] = f"mmc-test-{_run}"  # noqa: F405
CACHES["renditions"]["KEY_PREFIX"] = f"mmc-test-renditions-{_run}"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
TOKEN_KEYS_FROM_SECRET_KEY = True
SYNDICATION_BASE_BACKOFF_SECONDS = 0.1
SYNDICATION_PLATFORM_OPTIONS = {"instagram": {"poll_interval": 0.05}}
# Token buckets fast enough that integration tests drain in seconds.
SYNDICATION_RATE_BUCKETS = {
    "facebook": (20.0, 20),
    "instagram": (5.0, 10),
    "x": (10.0, 10),
    "youtube": (5.0, 10),
}
# Off by default, so a test reads each response's context; tests of the cache turn it on.
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_KEY_PREFIX = f"mmc-test-{_run}:pagecache"
# Memory outlives a test; tests/core/test_page_cache.py turns it on where it is the subject.
PAGE_CACHE_LOCAL_SECONDS = 0
