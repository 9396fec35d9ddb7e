"""Production: everything secret or host-specific must come from the environment."""

from .base import *  # noqa: F403
from .base import WAGTAILFRONTENDCACHE, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Trusted because only nginx (deploy/nginx/) can reach gunicorn, and nginx writes this
# header itself from the connection's scheme, overwriting whatever a client sent. Never
# publish gunicorn's port while this is set.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# /healthz is probed over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's live preview renders the page in a same-origin iframe; DENY would blank it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_URL = env.email_url("EMAIL_URL", default="smtp://localhost:25")
EMAIL_HOST = EMAIL_URL["EMAIL_HOST"]
EMAIL_PORT = EMAIL_URL["EMAIL_PORT"]
EMAIL_HOST_USER = EMAIL_URL["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = EMAIL_URL["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = EMAIL_URL.get("EMAIL_USE_TLS", False)

# nginx's microcache (deploy/nginx/) is refreshed through its internal port after every
# publish; listed after any cache base.py names, so nginx reads a page Django has purged.
if NGINX_REFRESH_URL := env("NGINX_REFRESH_URL", default=""):
    WAGTAILFRONTENDCACHE = {
        **WAGTAILFRONTENDCACHE,
        "nginx": {
            "BACKEND": "core.nginx_cache.NginxMicrocacheBackend",
            "LOCATION": NGINX_REFRESH_URL,
        },
    }
