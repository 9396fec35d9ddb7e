"""Production: everything secret or host-specific must come from the environment."""

from .base import *  # noqa: F403
from .base import LOGGING, WAGTAILFRONTENDCACHE, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Trusted because only nginx (deploy/nginx/) can reach gunicorn, and nginx writes this
# header itself from the connection's scheme, overwriting whatever a client sent. Never
# publish gunicorn's port while this is set.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind nginx (or a load balancer) set this to the number of proxies in front of gunicorn,
# so lockouts key on the reader's address and not the proxy's (core/client_ip.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# /healthz is probed over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# W019 asks for X_FRAME_OPTIONS = "DENY"; base.py keeps SAMEORIGIN for Wagtail's live preview.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_URL = env.email_url("EMAIL_URL", default="smtp://localhost:25")
EMAIL_HOST = EMAIL_URL["EMAIL_HOST"]
EMAIL_PORT = EMAIL_URL["EMAIL_PORT"]
EMAIL_HOST_USER = EMAIL_URL["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = EMAIL_URL["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = EMAIL_URL.get("EMAIL_USE_TLS", False)

# The HTTP and platform client libraries log request URLs, tokens included, at DEBUG or
# INFO: they stay at WARNING whatever LOG_LEVEL says.
CLIENT_LIBRARY_LOGGERS = (
    "urllib3",
    "requests",
    "requests_oauthlib",
    "oauthlib",
    "tweepy",
    "googleapiclient",
)
LOGGING = {
    **LOGGING,
    "loggers": {
        **LOGGING["loggers"],
        **{name: {"level": "WARNING"} for name in CLIENT_LIBRARY_LOGGERS},
    },
}

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
