"""Keep Operators OPD out of Wagtail's reports.

The site-history report lists log entries by content type, not by object, so an operator
(who may change programme reports) would read other agencies' report titles there. The
other reports are about pages, which operators have no rights on.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from desk.access import is_operator


class OperatorReportsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.reports_prefix = None

    def __call__(self, request):
        if self.reports_prefix is None:
            self.reports_prefix = reverse("wagtailadmin_reports:site_history").rsplit("/", 2)[0]
        if request.path.startswith(self.reports_prefix + "/") and is_operator(request.user):
            raise PermissionDenied
        return self.get_response(request)
