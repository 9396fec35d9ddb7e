"""The news index and the article page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from news.blocks import ArticleBodyBlock
from news.extensions import article_copy_resets, article_editor_tabs
from news.forms import TITLE_MAX_LENGTH, ArticlePageForm

LISTING_PAGE_SIZE = 12
LEAD_MAX_LENGTH = 300
# A copy is a new article: its own views, byline editor, uploader (whoever copies it, see
# save()), corrections and dates. Wagtail applies this to the copied revisions too, which
# would otherwise carry the original's first_published_at into the copy's publication.
COPY_RESETS = [
    "view_count",
    "editor",
    "uploader",
    "corrections",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
]


class NewsIndexPage(Page):
    """/berita/: every article, newest first."""

    intro = models.CharField(_("pengantar"), max_length=250, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("indeks berita")

    def get_context(self, request, *args, **kwargs):
        from news.listings import article_listing

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = Paginator(article_listing(), LISTING_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        return context

    def route(self, request, path_components):
        """Fetch the article and everything its page shows in one query."""
        if not path_components:
            return super().route(request, path_components)
        try:
            article = (
                ArticlePage.objects.child_of(self)
                .select_related("region", "rubrik", "hero_image", "editor", "uploader")
                .get(slug=path_components[0])
            )
        except ArticlePage.DoesNotExist:
            raise Http404 from None
        return article.route(request, path_components[1:])


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


youtube_id_validator = RegexValidator(
    r"^[A-Za-z0-9_-]{11}$", _("ID video YouTube terdiri dari 11 karakter, misalnya dQw4w9WgXcQ.")
)


class ArticlePage(Page):
    ringkasan = models.TextField(
        _("ringkasan"),
        max_length=LEAD_MAX_LENGTH,
        help_text=_(
            "Satu atau dua kalimat, paling banyak 300 karakter. Dipakai di daftar berita, "
            "deskripsi mesin pencari, dan takarir media sosial."
        ),
    )
    dateline = models.CharField(
        _("dateline"),
        max_length=60,
        help_text=_('Tempat peristiwa dalam huruf kapital, misalnya "PALANGKA RAYA".'),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(
        _("keterangan foto"),
        max_length=250,
        blank=True,
        help_text=_("Jelaskan isi foto untuk pembaca dan pembaca layar."),
    )
    hero_credit = models.CharField(
        _("kredit foto"), max_length=80, blank=True, default="MMC Kalteng"
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("isi berita"), blank=True)
    rubrik = models.ForeignKey(
        "news.Rubrik", verbose_name=_("rubrik"), on_delete=models.PROTECT, related_name="articles"
    )
    region = models.ForeignKey(
        "news.Region", verbose_name=_("wilayah"), on_delete=models.PROTECT, related_name="articles"
    )
    agencies = ParentalManyToManyField(
        "news.Agency", verbose_name=_("OPD"), blank=True, related_name="articles"
    )
    tags = ClusterTaggableManager(
        through=ArticleTag,
        blank=True,
        verbose_name=_("topik"),
        help_text=_("Pisahkan topik dengan koma."),
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Diisi otomatis dengan redaktur yang menyetujui atau menerbitkan."),
    )
    uploader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploader"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    youtube_video_id = models.CharField(
        _("ID video YouTube"),
        max_length=11,
        blank=True,
        validators=[youtube_id_validator],
        help_text=_("Opsional. Deskripsi video ini akan diisi dengan ringkasan dan tautan berita."),
    )
    view_count = models.PositiveIntegerField(_("jumlah dibaca"), default=0, editable=False)

    search_fields = [
        *Page.search_fields,
        index.SearchField("ringkasan"),
        index.SearchField("body"),
        index.FilterField("region"),
        index.FilterField("rubrik"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("ringkasan"),
        FieldPanel("dateline"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Foto utama"),
        ),
        FieldPanel("youtube_video_id"),
        FieldPanel("body"),
        InlinePanel("reporter_links", label=_("Pewarta"), min_num=1),
    ]
    taxonomy_panels = [
        FieldPanel("rubrik"),
        FieldPanel("region"),
        FieldPanel("agencies"),
        FieldPanel("tags"),
    ]
    promote_panels = [
        *Page.promote_panels,
        InlinePanel("related_links", label=_("Berita terkait pilihan"), max_num=4),
    ]
    correction_panels = [
        InlinePanel(
            "corrections",
            label=_("Ralat"),
            help_text=_(
                "Catatan koreksi bertanggal; tampil di artikel, "
                "memperbarui tanggal ubah, dan tidak diposting ulang ke media sosial."
            ),
        )
    ]

    @cached_classmethod
    def get_edit_handler(cls):
        """The editor's tabs. Apps that build on articles add theirs after Taksonomi through
        news.extensions; read on first use, when every app's hooks are registered."""
        return TabbedInterface(
            [
                ObjectList(cls.content_panels, heading=_("Konten")),
                ObjectList(cls.taxonomy_panels, heading=_("Taksonomi")),
                *article_editor_tabs(),
                ObjectList(cls.promote_panels, heading=_("Promosi")),
                ObjectList(
                    cls.correction_panels,
                    heading=_("Ralat"),
                    permission="news.add_articlecorrection",
                ),
                ObjectList(Page.settings_panels, heading=_("Pengaturan")),
            ]
        ).bind_to_model(cls)

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = ArticlePageForm

    @property
    def exclude_fields_in_copy(self):
        """COPY_RESETS and what apps built on articles reset (news.extensions)."""
        return [*COPY_RESETS, *article_copy_resets()]

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")

    def clean(self):
        super().clean()
        if len(self.title or "") > TITLE_MAX_LENGTH:
            raise ValidationError(
                {
                    "title": _("Judul paling banyak %(limit)s karakter.")
                    % {"limit": TITLE_MAX_LENGTH}
                }
            )

    def save(self, *args, **kwargs):
        if self.uploader_id is None and self.owner_id is not None:
            self.uploader_id = self.owner_id
        super().save(*args, **kwargs)

    @cached_property
    def reporters(self):
        return [link.reporter for link in self.reporter_links.select_related("reporter")]

    @cached_property
    def correction_list(self):
        return sorted(self.corrections.all(), key=lambda correction: correction.corrected_at)

    @property
    def date_modified(self):
        """The later of the last publication and the last correction (for dateModified)."""
        dates = [self.last_published_at or self.first_published_at]
        dates += [correction.corrected_at for correction in self.correction_list]
        dates = [date for date in dates if date]
        return max(dates) if dates else None

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    @cached_property
    def agency_list(self):
        return list(self.agencies.all())

    def get_context(self, request, *args, **kwargs):
        from news.counters import displayed_views
        from news.related import neighbours, related_articles, remember_where_shown
        from news.seo import article_metadata

        context = super().get_context(request, *args, **kwargs)
        context["meta"] = article_metadata(self, request)
        context["related_articles"] = related_articles(self)
        context["previous_article"], context["next_article"] = neighbours(self)
        remember_where_shown(
            self,
            [*context["related_articles"], context["previous_article"], context["next_article"]],
        )
        # As of this render: a cached page shows it until the page is next rendered.
        context["views"] = displayed_views(self)
        return context


class ArticleReporter(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="reporter_links")
    reporter = models.ForeignKey(
        "news.Reporter", verbose_name=_("pewarta"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("reporter")]


class ArticleCorrection(Orderable):
    """A dated correction (ralat) that an editor attaches to a published article."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    corrected_at = models.DateTimeField(_("waktu ralat"), default=timezone.now)
    note = models.TextField(_("isi ralat"), max_length=500)

    panels = [FieldPanel("corrected_at"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("ralat")
        verbose_name_plural = _("ralat")


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]
