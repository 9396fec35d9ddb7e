"""The review in the admin: the status panel on a report, the action that submits it, the
reviewer's page, and the edit lock on a report waiting for (or past) review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import Panel
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.views.snippets import EditView

from desk import review
from desk.access import is_operator, reports_for
from desk.models import ProgrammeReport, ReviewStatus

SUBMIT_ACTION = "action-ajukan"
REVIEW_PERMISSION = "desk.review_programmereport"


def may_review(user) -> bool:
    return user.has_perm(REVIEW_PERMISSION) and not is_operator(user)


def edit_url(report) -> str:
    return reverse("wagtailsnippets_desk_programmereport:edit", args=[report.pk])


class SubmitMenuItem(ActionMenuItem):
    """ "Simpan dan ajukan": the form is saved first, then the report goes to review."""

    name = SUBMIT_ACTION
    label = gettext_lazy("Simpan dan ajukan untuk review")
    icon_name = "resubmit"

    def is_shown(self, context):
        report = context.get("instance")
        return super().is_shown(context) and (report is None or report.is_editable_by_agency)


def submit_after_save(request, report):
    """The after_create/edit_snippet hook: submit when the person chose "Simpan dan ajukan"."""
    if not isinstance(report, ProgrammeReport) or SUBMIT_ACTION not in request.POST:
        return None
    try:
        review.submit(report, request.user)
    except review.ReviewRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Laporan diajukan ke redaksi untuk ditinjau."))
    return redirect(edit_url(report))


class ReportEditView(EditView):
    """An operator changes a report only while it is a draft or returned to them."""

    def dispatch(self, request, *args, **kwargs):
        if is_operator(request.user) and not self.object.is_editable_by_agency:
            messages.info(
                request,
                _("Laporan ini sedang atau sudah ditinjau redaksi, sehingga tidak dapat diubah."),
            )
            return redirect(
                reverse("wagtailsnippets_desk_programmereport:inspect", args=[self.object.pk])
            )
        return super().dispatch(request, *args, **kwargs)


class ReviewStatusPanel(Panel):
    """Where the report stands, and the reviewer's comment that the operator must see."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "desk/admin/review_status_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report = self.instance
            context["report"] = report
            context["review_url"] = (
                reverse("desk_report_review", args=[report.pk])
                if report.review_status == ReviewStatus.SUBMITTED and may_review(self.request.user)
                else None
            )
            return context


@require_http_methods(["GET", "POST"])
def review_report(request, report_id):
    """The reviewer's page: the report's figures, and Terima / Kembalikan with a comment."""
    if not may_review(request.user):
        raise PermissionDenied
    report = get_object_or_404(
        reports_for(request.user, ProgrammeReport.objects.select_related("agency", "region")),
        pk=report_id,
    )
    comment = request.POST.get("comment", "")
    if request.method == "POST":
        decision = request.POST.get("decision")
        try:
            if decision == "accept":
                review.accept(report, request.user, comment)
                messages.success(request, _("Laporan diterima."))
            elif decision == "return":
                review.return_for_changes(report, request.user, comment)
                messages.success(request, _("Laporan dikembalikan ke OPD dengan catatan."))
            else:
                raise review.ReviewRefused(_("Pilih Terima atau Kembalikan."))
        except review.ReviewRefused as refusal:
            messages.error(request, str(refusal))
        else:
            return redirect(reverse("wagtailsnippets_desk_programmereport:list"))
    return TemplateResponse(
        request,
        "desk/admin/review.html",
        {"report": report, "comment": comment, "edit_url": edit_url(report)},
    )
