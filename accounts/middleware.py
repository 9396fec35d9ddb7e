"""Keep a signed-in person who owes a second step out of the admin until they give it."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from accounts.two_factor import confirmed_device, must_verify

# What a person needs before the second step: signing in and out, resetting a password,
# the second step itself, and the icons and translations those admin pages load (a redirect
# there would paste a whole page into the icon sprite).
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "accounts_two_factor_verify",
    "accounts_two_factor_enrol",
)


class TwoFactorMiddleware:
    """After the password, Redaktur and Administrator (and anyone with a device) are sent to
    enrol or verify; every other admin URL redirects there until the session is verified.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        detour = self.detour(request)
        return detour or self.get_response(request)

    def detour(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        path = request.path_info
        if not path.startswith(reverse("wagtailadmin_home")):
            return None
        if any(path.startswith(reverse(name)) for name in OPEN_URL_NAMES):
            return None
        if not must_verify(user):
            return None
        target = "accounts_two_factor_enrol"
        if confirmed_device(user):
            target = "accounts_two_factor_verify"
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return redirect(f"{reverse(target)}?{query}" if query else reverse(target))
