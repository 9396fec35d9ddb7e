"""The article editor's Media Sosial tab: what was posted, and what editors choose to post."""

import functools

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import compare
from wagtail.admin.panels import FieldPanel, ObjectList, Panel

from syndication.option_forms import (
    ExtraHashtagsForm,
    ExtraHashtagsFormSet,
    SocialOptionForm,
    SocialOptionFormSet,
)


def social_media_tab() -> ObjectList:
    return ObjectList(
        [
            SyndicationStatusPanel(heading=_("Status kiriman media sosial")),
            ExtraHashtagsPanel(heading=_("Tagar tambahan")),
            SocialOptionsPanel(heading=_("Kiriman per platform")),
        ],
        heading=_("Media Sosial"),
    )


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


class ChildFormsPanel(Panel):
    """The fixed set of forms over one child relation of the article: no adding or removing."""

    relation_name = ""
    form_class = None
    formset_class = None
    formset_options: dict = {}
    # Compared field by field between two revisions.
    compared_fields: tuple[str, ...] = ()

    def get_form_options(self):
        options = {"form": self.form_class, "formset": self.formset_class, **self.formset_options}
        return {"formsets": {self.relation_name: options}}

    def on_model_bound(self):
        self.relation = getattr(self.model, self.relation_name).rel

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.formset = self.form.formsets[self.panel.relation_name] if self.form else None

        def get_comparison(self):
            model = self.panel.relation.related_model
            fields = [FieldPanel(name).bind_to_model(model) for name in self.panel.compared_fields]
            field_comparisons = [
                comparison
                for field in fields
                for comparison in field.get_bound_panel(request=self.request).get_comparison()
            ]
            return [
                functools.partial(
                    compare.ChildRelationComparison,
                    self.panel.relation,
                    field_comparisons,
                    label=self.heading,
                )
            ]


class ExtraHashtagsPanel(ChildFormsPanel):
    relation_name = "extra_hashtags"
    form_class = ExtraHashtagsForm
    formset_class = ExtraHashtagsFormSet
    formset_options = {"max_num": 1, "validate_max": True}
    compared_fields = ("hashtags",)

    class BoundPanel(ChildFormsPanel.BoundPanel):
        template_name = "syndication/admin/extra_hashtags_panel.html"

        def id_for_label(self):
            forms = self.formset.forms if self.formset else []
            return forms[0]["hashtags"].id_for_label if forms else ""


class SocialOptionsPanel(ChildFormsPanel):
    """For each platform, the editor's own text and the choice not to post there."""

    relation_name = "social_options"
    form_class = SocialOptionForm
    formset_class = SocialOptionFormSet
    compared_fields = ("platform", "text", "skip")

    class BoundPanel(ChildFormsPanel.BoundPanel):
        template_name = "syndication/admin/social_options_panel.html"

        @property
        def preview_url(self) -> str:
            # The preview reads the article's draft, so a new article has one once saved.
            page_id = self.instance.pk if self.instance else None
            return reverse("syndication_preview", args=[page_id]) if page_id else ""
