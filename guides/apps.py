from django.apps import AppConfig


class GuidesConfig(AppConfig):
    """Panduan: the admin's Help menu leads to a short guide per role, in Indonesian."""

    name = "guides"
    verbose_name = "Panduan"
