from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and seed commands (dev and benchmarks only); no models, no domain."""

    name = "demo"
    verbose_name = "Demo"
