"""Requests carrying NUL characters, which PostgreSQL text cannot hold."""

from django.http import Http404


class NulCharactersMiddleware:
    """A path with a NUL names nothing (404); NULs in a query string are dropped.

    Left in, a NUL reaches a database lookup (a topic slug, a page path, an admin search)
    and PostgreSQL refuses the query, which Django answers with a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise Http404("Alamat tidak valid.")
        if "%00" in request.META.get("QUERY_STRING", "").lower() or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            cleaned = request.GET.copy()
            cleaned.clear()
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            request.GET = cleaned
        return self.get_response(request)
