from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "syndication"
    verbose_name = "Sindikasi"

    def ready(self):
        from syndication import checks, signals  # noqa: F401
