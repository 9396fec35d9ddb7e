from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from desk import review_views, story_views
from desk.access import is_operator
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
    ]


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
