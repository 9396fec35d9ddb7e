from wagtail import hooks
from wagtail.snippets.models import register_snippet

from desk.access import is_operator
from desk.viewsets import DeskViewSetGroup

register_snippet(DeskViewSetGroup)


@hooks.register("construct_reports_menu")
def hide_reports_from_operators(request, menu_items):
    """Operators are kept out of the reports (desk.middleware); don't offer them."""
    if is_operator(request.user):
        menu_items[:] = []
