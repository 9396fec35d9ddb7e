"""The article's syndication status panel, shown in its "Media Sosial" tab."""

from wagtail.admin.panels import Panel


class SyndicationStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "syndication/admin/article_panel.html"

        def get_context_data(self, parent_context=None):
            from core.roles import is_editor
            from syndication.models import Syndication

            context = super().get_context_data(parent_context)
            page = self.instance
            context["rows"] = (
                list(Syndication.objects.filter(page_id=page.pk).select_related("account"))
                if page.pk
                else []
            )
            context["can_act"] = is_editor(self.request.user)
            context["page"] = page
            return context
