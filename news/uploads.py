"""The image upload form: Wagtail's checks (bytes, pixels, type), then a full decode."""

from django.core.exceptions import ValidationError
from PIL import Image as PillowImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

BROKEN_IMAGE = (
    "Berkas gambar ini rusak atau terpotong dan tidak dapat dibaca. Unggah ulang berkas aslinya."
)
# What Pillow raises on a file it cannot decode: truncated data, a corrupt header, a bomb.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombError)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which reads only the header, plus a decode of every pixel.

    A truncated photo passes a header check and breaks later, in every rendition; Wagtail's
    own checks can also raise a decoding error as a 500. Both become a form error here.
    """

    def to_python(self, data):
        try:
            checked = super().to_python(data)
        except DECODE_ERRORS as error:
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
        if checked is not None:
            # Decoding is bounded: super() already refused more than the allowed pixels.
            checked.seek(0)
            try:
                with PillowImage.open(checked) as image:
                    image.load()
            except DECODE_ERRORS as error:
                raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
            finally:
                checked.seek(0)
        return checked


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the single and the multiple upload views use it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = CheckedImageField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )
