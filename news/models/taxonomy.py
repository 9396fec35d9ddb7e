"""Taxonomy snippets: where (Region), who supplied it (Agency), which section (Rubrik), by whom."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Region(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        PROVINCE = "provinsi", _("Provinsi")
        CITY = "kota", _("Kota")
        REGENCY = "kabupaten", _("Kabupaten")

    name = models.CharField(_("nama"), max_length=80, unique=True)
    short_name = models.CharField(
        _("nama singkat"), max_length=40, help_text=_('Misalnya "Kapuas" atau "Palangka Raya".')
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("jenis"), max_length=10, choices=Kind.choices)
    capital = models.CharField(
        _("ibu kota"), max_length=60, help_text=_("Dipakai sebagai dateline, misalnya SAMPIT.")
    )
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("capital"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:region", args=[self.slug])


class Agency(index.Indexed, models.Model):
    """An OPD (organisasi perangkat daerah) of the provincial government."""

    name = models.CharField(_("nama"), max_length=160, unique=True)
    short_name = models.CharField(_("singkatan"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    website = models.URLField(_("situs web"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("OPD")
        verbose_name_plural = _("OPD")

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def get_absolute_url(self):
        return reverse("news:agency", args=[self.slug])


class Rubrik(models.Model):
    name = models.CharField(_("nama"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    description = models.CharField(_("deskripsi"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("rubrik")
        verbose_name_plural = _("rubrik")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:rubrik", args=[self.slug])


class Reporter(index.Indexed, models.Model):
    """A pewarta as the public sees them on bylines and /pewarta/<slug>/."""

    name = models.CharField(_("nama"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    user = models.OneToOneField(
        "auth.User",
        verbose_name=_("akun admin"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reporter_profile",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.CharField(_("bio singkat"), max_length=300, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("user"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("x_url")],
            heading=_("Media sosial"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("pewarta")
        verbose_name_plural = _("pewarta")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:reporter", args=[self.slug])

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
        ]
        return [(label, url) for label, url in links if url]
