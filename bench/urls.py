"""The project's URLs plus /__bench/plain/<size>, the baseline view."""

from django.urls import path

from bench.baseline import plain
from mmc.urls import urlpatterns as site_urlpatterns

# Before the site's URLs: Wagtail's catch-all page route comes last there.
urlpatterns = [path("__bench/plain/<int:size>", plain), *site_urlpatterns]
