from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Signing in: login lockout, throttled password reset and two-step verification."""

    name = "accounts"
    verbose_name = "Akun"
