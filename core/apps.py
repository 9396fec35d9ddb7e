from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting infrastructure every app may use; no models, no domain."""

    name = "core"
    verbose_name = "Inti"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from core.frontend_cache import purge_page_after_commit

        # Any page type: its own URLs. Apps add the pages that list it (news/purging.py).
        page_published.connect(purge_page_after_commit, dispatch_uid="core-purge-published")
        page_unpublished.connect(purge_page_after_commit, dispatch_uid="core-purge-unpublished")
