"""Settings shared by every environment; values come from the environment (django-environ)."""

from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "core",
    "home",
    "news",
    "syndication",
    "analytics",
    "desk",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_celery_beat",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "desk.middleware.OperatorReportsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "mmc.urls"
WSGI_APPLICATION = "mmc.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The demo's web, worker and beat all write to one SQLite file: WAL lets
    # readers run beside a writer, IMMEDIATE takes the write lock up front so
    # two writers queue on the busy timeout instead of failing to upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: broker, results, cache ----------------------------------------
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "mmc",
        "TIMEOUT": 300,
    },
    # Wagtail looks renditions up here before the database, so a warm page
    # view costs no rendition queries.
    "renditions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "mmc-renditions",
        "TIMEOUT": 60 * 60 * 24 * 7,
    },
}

# --- Celery -----------------------------------------------------------------
# The longest countdown or ETA any task uses. Redis redelivers an unacked
# message after the visibility timeout, so it must exceed this by a margin,
# or a delayed task would run twice.
CELERY_MAX_COUNTDOWN_SECONDS = 60 * 60
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_RESULT_EXPIRES = 60 * 60 * 24
# Priorities 0 (served first), 3, 6 and 9 each get a Redis list; see syndication/tasks.py.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 2 * CELERY_MAX_COUNTDOWN_SECONDS,
    "priority_steps": [0, 3, 6, 9],
}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": 2 * CELERY_MAX_COUNTDOWN_SECONDS}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Asia/Jakarta"
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 4 * 60
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # At the top of every minute, so an article due at 10:00 is live by 10:01.
    "publish-scheduled-pages": {
        "task": "mmc.publish_scheduled",
        "schedule": crontab(minute="*"),
        "options": {"expires": 55},
    },
    "sweep-syndications": {
        "task": "syndication.sweep",
        "schedule": crontab(minute="*"),
        "options": {"expires": 55},
    },
    # Hourly; analytics/cadence.py decides which posts are due by their age.
    "collect-metrics": {
        "task": "analytics.collect_metrics",
        "schedule": crontab(minute=5),
        "options": {"expires": 50 * 60},
    },
    "rollup-metric-snapshots": {
        "task": "analytics.rollup_snapshots",
        "schedule": crontab(hour=3, minute=30),
        "options": {"expires": 6 * 60 * 60},
    },
    "flush-view-counters": {
        "task": "news.flush_views",
        "schedule": crontab(minute="*"),
        "options": {"expires": 55},
    },
    # Early each day (WIB): a monthly request for a new month goes out on its first day.
    "send-repeating-data-requests": {
        "task": "desk.send_due_repeats",
        "schedule": crontab(hour=6, minute=0),
        "options": {"expires": 6 * 60 * 60},
    },
}
DJANGO_CELERY_BEAT_TZ_AWARE = True

# --- Auth -------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# --- Language and time --------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", default=str(VAR_DIR / "media"))
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail --------------------------------------------------------------------
WAGTAIL_SITE_NAME = "MMC Kalteng"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # On PostgreSQL the database backend uses full-text search with stemming.
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True},
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "csv", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatar requests to an outside service from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Email and logging --------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="redaksi@mmc.kalteng.go.id")
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

DEMO_PASSWORD = env("DEMO_PASSWORD", default="mmcdemo")

# Syndication: retry pacing and per-platform client options (tests shorten them).
SYNDICATION_BASE_BACKOFF_SECONDS = env.float("SYNDICATION_BASE_BACKOFF_SECONDS", default=5.0)
# A new row no worker has claimed this long after its creation lost its task message (a
# flushed queue, a broker that restarted without it, a process with the wrong broker URL):
# the sweeper queues it again. A live article with no row at all gets one from the sweeper
# within SYNDICATION_CATCH_UP_HOURS of going live, never for an account connected later.
SYNDICATION_UNCLAIMED_MINUTES = env.int("SYNDICATION_UNCLAIMED_MINUTES", default=5)
SYNDICATION_CATCH_UP_HOURS = env.int("SYNDICATION_CATCH_UP_HOURS", default=48)

# A posting attempt makes a few platform calls, each bounded by its timeouts (35 s at most).
# At the soft limit the attempt records the row as unknown, to be reconciled soon; the 30 s
# before the hard limit leave time to write that down.
SYNDICATION_TASK_SOFT_TIME_LIMIT = 150
SYNDICATION_TASK_TIME_LIMIT = 180
# Instagram containers for a single JPEG are usually ready within a second or two; an
# unfinished one is checked again from a later task run, never by a worker sleeping.
SYNDICATION_PLATFORM_OPTIONS = {"instagram": {"poll_interval": 1.0}}
SANDBOX_URL = env("SANDBOX_URL", default="http://127.0.0.1:8010")

# Fernet keys for platform tokens, newest first (see syndication/crypto.py).
TOKEN_ENCRYPTION_KEYS = env.list("TOKEN_ENCRYPTION_KEYS", default=[])
