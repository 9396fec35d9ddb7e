from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "desk"
    verbose_name = "Meja Data OPD"

    def ready(self):
        from desk import purging  # noqa: F401
