"""What a locked-out login sees: the admin's login page with an Indonesian explanation."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import render
from wagtail.admin.forms.auth import LoginForm

LOCKED_OUT_STATUS = 429


def lockout_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return (
        f"Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini dari alamat Anda. "
        f"Coba lagi dalam {minutes} menit, atau minta Administrator membuka kunci akun Anda."
    )


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login form again, with the lockout as its error."""
    # Unbound, with the message beside it: a bound login form would authenticate again
    # (one more failure) when asked for its errors.
    form = LoginForm(request=request, initial={"username": request.POST.get("username", "")})
    messages.error(request, lockout_message())
    context = {"form": form, "next": request.POST.get("next", ""), "show_password_reset": True}
    # Rendered here: axes hands this back from its middleware, after the template stage.
    response = render(request, "wagtailadmin/login.html", context, status=LOCKED_OUT_STATUS)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
