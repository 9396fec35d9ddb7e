from wagtail.snippets.models import register_snippet

from desk.viewsets import DeskViewSetGroup

register_snippet(DeskViewSetGroup)
