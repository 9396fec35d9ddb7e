from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The front page: headline, latest, a block per rubrik, a strip per region, most read."""

    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        default="Portal berita resmi Pemerintah Provinsi Kalimantan Tengah",
    )

    content_panels = [*Page.content_panels, FieldPanel("tagline")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("beranda")

    def get_context(self, request, *args, **kwargs):
        from home.front_page import front_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(front_page_sections())
        return context
