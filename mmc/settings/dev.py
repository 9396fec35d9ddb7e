"""Local development and the one-command demo (`make run`)."""

from datetime import timedelta

from celery.schedules import crontab

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SERVE_MEDIA = True
# WhiteNoise reads the source folders directly, so no collectstatic is needed while editing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# The demo reads fresh posts' metrics every 10 minutes instead of hourly, so Jangkauan fills
# in while a newcomer is still looking (readings within one hour replace each other).
ANALYTICS_COLLECTION_CADENCE = (
    (timedelta(hours=48), timedelta(minutes=10)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=90), timedelta(days=1)),
)
CELERY_BEAT_SCHEDULE = {
    **CELERY_BEAT_SCHEDULE,  # noqa: F405
    "collect-metrics": {
        **CELERY_BEAT_SCHEDULE["collect-metrics"],  # noqa: F405
        "schedule": crontab(minute="*/10"),
        "options": {"expires": 9 * 60},
    },
}
