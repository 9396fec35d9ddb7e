from django.urls import path, reverse
from wagtail import hooks

from accounts import views
from accounts.two_factor import confirmed_device
from core.roles import needs_two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("dua-langkah/", views.verify, name="accounts_two_factor_verify"),
        path("dua-langkah/daftar/", views.enrol, name="accounts_two_factor_enrol"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    """Account settings → More actions: enrol an authenticator app, or replace it."""
    device = confirmed_device(request.user)
    if device:
        help_text = "Aktif. Daftarkan ponsel baru di sini bila Anda berganti ponsel."
    elif needs_two_factor(request.user):
        help_text = "Wajib untuk Redaktur dan Administrator."
    else:
        help_text = "Belum aktif. Disarankan: akun tetap aman meski kata sandi Anda bocor."
    return {
        "url": reverse("accounts_two_factor_enrol"),
        "label": "Verifikasi dua langkah",
        "help_text": help_text,
    }
