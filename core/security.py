"""Content-Security-Policy: the strict public policy, and the Wagtail admin's own."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_path(path: str) -> bool:
    return path.startswith(settings.ADMIN_CSP_URL_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, answering admin pages with ADMIN_CONTENT_SECURITY_POLICY.

    A view's own @csp decorator still wins; @csp_update and @csp_replace apply on top of
    whichever policy the path chose.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
