"""Settings shared by every environment; values come from the environment (django-environ)."""

from datetime import timedelta
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
    "csp",
    "accounts",
    "home",
    "news",
    "syndication",
    "analytics",
    "desk",
    "guides",
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # WhiteNoise serves static files in every setting, `runserver` included (no second way).
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its Indonesian catalogue: Wagtail's workflow status uses its naturaltime.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.NulCharactersMiddleware",
    # Before sessions, CSRF and auth: a stored page costs one Redis round trip and no more.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "desk.middleware.OperatorReportsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout flagged by the backend into our page.
    "axes.middleware.AxesMiddleware",
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

# --- The full-page cache and its purging (core/page_cache.py, core/frontend_cache.py) ---
# Anonymous GET/HEAD responses are kept this long unless a purge drops them first; 0 turns
# the cache off. A proxy in front may keep them as long (s-maxage) and serve them this much
# longer while it refetches (stale-while-revalidate).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_STALE_SECONDS = env.int("PAGE_CACHE_STALE_SECONDS", default=60)
PAGE_CACHE_KEY_PREFIX = "mmc:pagecache"
# Each web process also keeps the pages it served this long in memory (0: never); a purge
# made in another process reaches them within it.
PAGE_CACHE_LOCAL_SECONDS = env.float("PAGE_CACHE_LOCAL_SECONDS", default=2.0)
# Search answers any query, so its entries are many and short-lived.
PAGE_CACHE_SHORT_PREFIXES = {"/cari/": 60}
PAGE_CACHE_EXCLUDED_PREFIXES = [
    "/admin",
    "/dokumen/",
    "/healthz",
    "/dibaca/",  # the view beacon
    "/media/",
    "/static/",
]
# One change (renaming a region, say) purges every listing it touches but at most this many
# article pages, the newest first; the others follow within PAGE_CACHE_SECONDS.
PURGE_MAX_ARTICLE_PAGES = env.int("PURGE_MAX_ARTICLE_PAGES", default=100)
# /data/'s downloads (desk/open_data.py): the most rows one CSV or JSON holds, so a download
# is one bounded query; past it, readers narrow by year or agency (docs/open-data.md).
OPEN_DATA_MAX_ROWS = env.int("OPEN_DATA_MAX_ROWS", default=10_000)
# Every cache in front of the pages, each purged on every change a reader would notice.
# Add nginx or a CDN here (another entry), and it is purged alongside.
WAGTAILFRONTENDCACHE = {
    "pages": {"BACKEND": "core.frontend_cache.RedisPageCacheBackend"},
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
# Workers ride out a broker restart: kombu's Redis transport with the fix in mmc/broker.py,
# and reconnecting for as long as it takes (the default gives up after 100 tries and exits).
CELERY_BROKER_TRANSPORT = "mmc.broker:Transport"
CELERY_BROKER_CONNECTION_RETRY = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# A task running when the broker goes away finishes and records its outcome; killing it
# would leave its row in flight until the sweeper's deadline. Its ack is lost with the
# connection, so the message may run again later, which claim() makes harmless.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False
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
    # After the repeats, at the start of the working day (WIB): operators' due-soon and late
    # reminders, and on Mondays the Pengelola Data's digest of who is late (desk/reminders.py).
    "send-data-request-reminders": {
        "task": "desk.send_request_reminders",
        "schedule": crontab(hour=7, minute=0),
        "options": {"expires": 6 * 60 * 60},
    },
    "send-late-digest": {
        "task": "desk.send_late_digest",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
        "options": {"expires": 6 * 60 * 60},
    },
}
DJANGO_CELERY_BEAT_TZ_AWARE = True

# --- Auth -------------------------------------------------------------------
# See "Security" in the README. The lockout backend must come first: it refuses a locked-out
# username and address before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    # Django's list of 20,000 common passwords, offline. A breached-password (HIBP) check
    # needs the internet at every password change, so there is none.
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# Sessions end after a working day without a request (every request renews the expiry);
# a stolen laptop left logged in overnight is logged out by morning.
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_HOURS", default=9) * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True

# Login lockout (django-axes). Keyed on username *and* address together, so a stranger
# guessing a reporter's password locks out only himself, never the reporter at her desk.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Failures are still logged; this only drops the banner every manage.py command would print.
AXES_VERBOSE = False
# How many of our own reverse proxies append to X-Forwarded-For; only production trusts it.
TRUSTED_PROXY_COUNT = 0

# Password-reset requests (Redis counters, accounts/throttle.py): per address and per e-mail
# address, within a rolling window.
PASSWORD_RESET_LIMIT_PER_IP = env.int("PASSWORD_RESET_LIMIT_PER_IP", default=5)
PASSWORD_RESET_LIMIT_PER_EMAIL = env.int("PASSWORD_RESET_LIMIT_PER_EMAIL", default=3)
PASSWORD_RESET_WINDOW = timedelta(hours=1)

# Two-step verification (django-otp, TOTP): required for the roles in core/roles.py.
OTP_TOTP_ISSUER = "MMC Kalteng"

# --- Language and time --------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our catalogue (locale/id) comes before every app's, so it fills Wagtail's gaps and wins.
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["core.formats"]
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
# The admin's date pickers: dd/mm/yyyy and 24-hour WIB time (core/formats accepts them).
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_USER_LOGIN_FORM = "core.login.LoginForm"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # On PostgreSQL the database backend uses full-text search with stemming.
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True},
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
# Uploads: 10 MB and 50 megapixels at most (a 50 MP camera's photo; a decompression bomb
# claims far more), photos and graphics only (no SVG), fully decoded before they are stored.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "news.uploads.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "csv", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatar requests to an outside service from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Security headers (every environment, so dev and the browser tests meet the same policy;
# HSTS, secure cookies and the rest that need HTTPS are in production.py) --------------------
# The public site: nothing inline, nothing third-party but the YouTube player a reader asks
# for. No nonces, on purpose: public pages come from a full-page cache (and nginx's
# microcache), which would serve every reader the same nonce. JSON-LD and json_script blocks
# are data (`type` not JavaScript), which CSP neither runs nor blocks.
YOUTUBE_PLAYER_ORIGIN = "https://www.youtube-nocookie.com"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": [YOUTUBE_PLAYER_ORIGIN],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# The Wagtail admin (logged-in staff only, never cached): Wagtail 8 itself writes inline
# <script> (InlinePanel, MultipleChooserPanel, the date and time widgets) and style="" in its
# templates, with no nonce, so scripts and styles may be inline there; everything else is as
# strict as the public site. Our own admin code is in files under static/js all the same.
ADMIN_CSP_URL_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        # Live preview and the image/document choosers frame the site itself.
        "frame-src": ["'self'", YOUTUBE_PLAYER_ORIGIN],
    },
}
# Nothing on the site uses a device; only the YouTube player may autoplay, go fullscreen and
# play protected media.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", YOUTUBE_PLAYER_ORIGIN],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", YOUTUBE_PLAYER_ORIGIN],
    "fullscreen": ["self", YOUTUBE_PLAYER_ORIGIN],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", YOUTUBE_PLAYER_ORIGIN],
    "usb": [],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's live preview renders the page in a same-origin iframe; DENY would blank it.
X_FRAME_OPTIONS = "SAMEORIGIN"

# --- Email and logging --------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="redaksi@mmc.kalteng.go.id")
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
# A mail server that never answers must not hold a reminder run past its time limit.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)

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
# The only hosts (over HTTPS) an account's "alamat API" may name; SANDBOX_URL too in DEBUG.
# Each platform client's built-in default is listed (syndication/platforms/*.py).
SYNDICATION_API_HOSTS = {
    "facebook": ["graph.facebook.com"],
    "instagram": ["graph.facebook.com"],
    "x": ["api.x.com", "api.twitter.com"],
    "youtube": ["youtube.googleapis.com", "www.googleapis.com"],
}

# The longest date range Jangkauan (dashboard, CSV export, an article's page) answers for.
ANALYTICS_MAX_RANGE_DAYS = env.int("ANALYTICS_MAX_RANGE_DAYS", default=731)
# The longest period Kinerja Data OPD answers for: five years (with their leap days). Its cost
# grows with the agencies, not the days (desk/board.py), so the cap is about what is readable.
DESK_BOARD_MAX_RANGE_DAYS = env.int("DESK_BOARD_MAX_RANGE_DAYS", default=1827)

# Fernet keys for platform tokens, newest first (see syndication/crypto.py).
TOKEN_ENCRYPTION_KEYS = env.list("TOKEN_ENCRYPTION_KEYS", default=[])
