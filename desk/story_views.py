"""The admin page of “Jadikan artikel”: claim an accepted report, then make its draft."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.ui.tables import Column

from core.roles import works_on_articles
from desk import drafting
from desk.access import is_operator, reports_for
from desk.models import ProgrammeReport


class ArticleColumn(Column):
    """The report's article, or the way to make one."""

    cell_template_name = "desk/admin/article_cell.html"


@require_http_methods(["GET", "POST"])
def report_story(request, report_id):
    user = request.user
    if not works_on_articles(user) or is_operator(user):
        raise PermissionDenied
    report = get_object_or_404(
        reports_for(user, ProgrammeReport.objects.select_related("agency", "region")),
        pk=report_id,
    )
    if request.method == "POST":
        try:
            if request.POST.get("step") == "claim":
                drafting.claim(report, user)
                messages.success(request, _("Laporan ini Anda klaim."))
            else:
                article = drafting.make_article(report, user)
                messages.success(request, _("Draf artikel dibuat dari data laporan."))
                return redirect(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        except drafting.DraftingRefused as refusal:
            messages.error(request, str(refusal))
        return redirect(reverse("desk_report_story", args=[report.pk]))
    return TemplateResponse(request, "desk/admin/story.html", {"report": report})
