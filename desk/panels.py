"""The article editor's "Data OPD" tab: the report an article was made from."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel

from desk.models import ProgrammeReport


class SourceReportPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "desk/admin/source_report_panel.html"

        def is_shown(self):
            return self.source_report is not None

        @property
        def source_report(self):
            if not hasattr(self, "_source_report"):
                article_id = getattr(self.instance, "pk", None)
                self._source_report = (
                    ProgrammeReport.objects.select_related("agency")
                    .filter(article_id=article_id)
                    .first()
                    if article_id
                    else None
                )
            return self._source_report

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report"] = self.source_report
            return context


def source_report_tab():
    return ObjectList([SourceReportPanel()], heading=_("Data OPD"))
