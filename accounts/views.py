"""Two-step verification screens (under /admin/) and the throttled password-reset form."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import PasswordResetView

from accounts import two_factor
from accounts.forms import CodeForm
from accounts.throttle import allow_password_reset
from core.client_ip import client_ip
from core.roles import needs_two_factor

WRONG_CODE = (
    "Kode salah atau sudah kedaluwarsa. Masukkan kode yang sedang tampil di aplikasi "
    "autentikator; bila selalu ditolak, periksa apakah jam ponsel Anda tepat."
)
RESET_THROTTLED = (
    "Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam satu jam, "
    "atau hubungi Administrator."
)


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _elsewhere(url_name: str, request):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': _next_url(request)})}")


def _check_code(request, device, code: str, check) -> str | None:
    """None when `check` accepted the code, else why not (wrong, or throttled after wrong)."""
    wait = two_factor.seconds_until_retry(device)
    if wait:
        return f"Terlalu banyak kode salah. Tunggu {wait} detik, lalu coba lagi."
    return None if check(request, device, code) else WRONG_CODE


def _render(request, template, form, **context):
    status = 400 if form.errors else 200
    context = {"form": form, "next": _next_url(request), **context}
    return TemplateResponse(request, template, context, status=status)


@never_cache
def verify(request):
    """Ask a person with a device for the current code, once per session."""
    device = two_factor.confirmed_device(request.user)
    if device is None:
        return _elsewhere("accounts_two_factor_enrol", request)
    if request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        refusal = _check_code(request, device, form.cleaned_data["code"], two_factor.verify)
        if refusal is None:
            return redirect(_next_url(request))
        form.add_error("code", refusal)
    return _render(request, "accounts/two_factor_verify.html", form)


@never_cache
def enrol(request):
    """Set up an authenticator app: QR code, the key to type in, and a first code."""
    if two_factor.confirmed_device(request.user) and not request.user.is_verified():
        # Replacing a device takes the current one; a lost phone is reset by an Administrator.
        return _elsewhere("accounts_two_factor_verify", request)
    device = two_factor.pending_device(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        code = form.cleaned_data["code"]
        refusal = _check_code(request, device, code, two_factor.confirm_enrolment)
        if refusal is None:
            messages.success(request, "Verifikasi dua langkah aktif untuk akun Anda.")
            return redirect(_next_url(request))
        form.add_error("code", refusal)
    return _render(
        request,
        "accounts/two_factor_enrol.html",
        form,
        qr_code=two_factor.qr_code_svg(device),
        secret=two_factor.manual_secret(device),
        required=needs_two_factor(request.user),
    )


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's reset form, refusing an address or e-mail that asked too often."""

    def form_valid(self, form):
        if not allow_password_reset(client_ip(self.request), form.cleaned_data["email"]):
            form.add_error(None, RESET_THROTTLED)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
