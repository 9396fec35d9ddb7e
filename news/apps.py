from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Berita"

    def ready(self):
        from news import purging, signals  # noqa: F401
