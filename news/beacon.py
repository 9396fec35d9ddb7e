"""The view beacon: the article page reports a reader's view here, never from a cache."""

import base64
import logging

import redis
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from news.counters import first_view_in_window, is_countable, record_view
from news.listings import published_articles

logger = logging.getLogger(__name__)

# The smallest transparent GIF, for the <noscript> image.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


# sendBeacon cannot carry a CSRF token, and a count is all it can change.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def view_beacon(request, page_id):
    """POST from view-beacon.js (204) or GET from the <noscript> image (a pixel)."""
    if is_countable(request):
        try:
            # Redis first: a reader's repeats cost no database query at all.
            if first_view_in_window(request, page_id) and _is_public(page_id):
                record_view(page_id)
        except redis.RedisError:
            # A lost count is better than an error for the reader.
            logger.warning("view of page %s not counted: Redis unavailable", page_id)
    if request.method == "GET":
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response


def _is_public(page_id: int) -> bool:
    return published_articles().filter(pk=page_id).exists()
