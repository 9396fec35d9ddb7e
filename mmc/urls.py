from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import ThrottledPasswordResetView
from mmc import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    # Ahead of Wagtail's own URL for the same form, which it replaces (accounts/throttle.py).
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("", include("news.urls")),
    path("", include("desk.urls")),
]

if settings.SERVE_MEDIA:
    # Django serves uploads only when no web server in front does (demo, tests,
    # a single-machine deployment); see SERVE_MEDIA in the README.
    urlpatterns += [
        re_path(
            # Not documents/: those go through /dokumen/, which applies who may see them.
            rf"^{settings.MEDIA_URL.strip('/')}/(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
