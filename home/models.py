from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    """The front page of the portal; there is exactly one per site."""

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
