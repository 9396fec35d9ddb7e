"""The login lockout, as the first authentication backend."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Without a request (a management command, the shell, the test client's `login`) there is
    no address to key a lockout on and no stranger at a login form, so the check steps
    aside instead of raising, as axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
