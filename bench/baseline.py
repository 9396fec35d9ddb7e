"""The baseline: a trivial view that returns N bytes through the project's full middleware."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET

BASELINE_MAX_BYTES = 4 * 1024 * 1024


@require_GET
def plain(request, size):
    """Exactly `size` bytes of HTML-typed filler: Django's floor cost for a response that big."""
    body = b"x" * min(size, BASELINE_MAX_BYTES)
    return HttpResponse(body, content_type="text/html; charset=utf-8")


def baseline_path(size: int) -> str:
    return f"/__bench/plain/{size}"
