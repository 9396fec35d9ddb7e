from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting infrastructure every app may use; no models, no domain."""

    name = "core"
    verbose_name = "Inti"
