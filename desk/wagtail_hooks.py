from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from desk import board_views, review_views, story_views
from desk.access import can_see_board, is_operator
from desk.dashboard import desk_panels
from desk.document_access import guard_desk_documents
from desk.models import ProgrammeReport
from desk.panels import source_report_tab
from desk.public_views import agency_figures_section
from desk.viewsets import DeskViewSetGroup
from news.extensions import AGENCY_PAGE_SECTIONS, ARTICLE_EDITOR_TABS

register_snippet(DeskViewSetGroup)


@hooks.register("register_admin_urls")
def desk_urls():
    return [
        path(
            "desk/laporan/<int:report_id>/tinjau/",
            review_views.review_report,
            name="desk_report_review",
        ),
        path(
            "desk/laporan/<int:report_id>/artikel/",
            story_views.report_story,
            name="desk_report_story",
        ),
        path("desk/kinerja/", board_views.board, name="desk_board"),
        path("desk/kinerja/unduh/", board_views.export_csv, name="desk_board_export"),
    ]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_board(request.user)


@hooks.register("register_admin_menu_item")
def board_menu_item():
    return BoardMenuItem("Kinerja Data OPD", reverse("desk_board"), icon_name="table", order=255)


@hooks.register("register_snippet_action_menu_item")
def submit_menu_item(model):
    return review_views.SubmitMenuItem(order=5) if model is ProgrammeReport else None


# The article editor's "Data OPD" tab: the report an article was made from.
hooks.register(ARTICLE_EDITOR_TABS, source_report_tab)
# /opd/<slug>/: the agency's latest public figures and documents, above its news.
hooks.register(AGENCY_PAGE_SECTIONS, agency_figures_section)
# /dokumen/: a report's documents are public only while the report is.
hooks.register("before_serve_document", guard_desk_documents)
hooks.register("after_create_snippet", review_views.submit_after_save)
hooks.register("after_edit_snippet", review_views.submit_after_save)
hooks.register("construct_homepage_panels", desk_panels)


@hooks.register("register_log_actions")
def review_log_actions(actions):
    actions.register_action("desk.submit", _("Diajukan untuk review"), _("Diajukan untuk review"))
    actions.register_action("desk.accept", _("Diterima"), _("Laporan diterima"))
    actions.register_action("desk.return", _("Dikembalikan"), _("Dikembalikan ke OPD"))


@hooks.register("construct_reports_menu")
def hide_reports_from_operators(request, menu_items):
    """Operators are kept out of the reports (desk.middleware); don't offer them."""
    if is_operator(request.user):
        menu_items[:] = []
