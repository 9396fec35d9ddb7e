"""StreamField blocks for an article body, in the house style of Indonesian news."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3", "blockquote"]


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text that refuses to be empty (an editor can leave `<p></p>` behind)."""

    def clean(self, value):
        value = super().clean(value)
        if not strip_tags(value.source).strip():
            raise ValidationError(_("Paragraf tidak boleh kosong; isi atau hapus blok ini."))
        return value


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("gambar"))
    caption = blocks.CharBlock(
        label=_("keterangan"),
        max_length=250,
        required=False,
        help_text=_('Akhiri dengan kredit, misalnya "(Foto: MMC Kalteng)".'),
    )

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "news/blocks/image.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("judul galeri"), required=False, max_length=120)
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, label=_("gambar"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Galeri")
        template = "news/blocks/gallery.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("kutipan"))
    attribution = blocks.CharBlock(label=_("sumber"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "news/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    """A YouTube video that loads nothing from YouTube until the reader presses play."""

    video_id = blocks.RegexBlock(
        regex=r"^[A-Za-z0-9_-]{11}$",
        label=_("ID video YouTube"),
        help_text=_("11 karakter setelah watch?v= pada tautan YouTube, misalnya dQw4w9WgXcQ."),
        error_messages={"invalid": _("ID video YouTube terdiri dari 11 karakter.")},
    )
    title = blocks.CharBlock(label=_("judul video"), max_length=120)
    caption = blocks.CharBlock(label=_("keterangan"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokumen"))
    title = blocks.CharBlock(label=_("judul tautan"), required=False, max_length=160)

    class Meta:
        icon = "doc-full"
        label = _("Unduhan dokumen")
        template = "news/blocks/document.html"


class ReadAlsoBlock(blocks.StructBlock):
    """An inline "Baca juga: <title>" link to another article."""

    article = blocks.PageChooserBlock(label=_("artikel"), page_type="news.ArticlePage")

    class Meta:
        icon = "link"
        label = _("Baca juga")
        template = "news/blocks/read_also.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES, label=_("Paragraf"))
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    table = TableBlock(label=_("Tabel"), template="news/blocks/table.html")
    document = DocumentBlock()
    read_also = ReadAlsoBlock()
