"""Wagtail's `image`, `srcset_image` and `picture` tags, drawing nothing for a broken file.

Wagtail's own tags handle a missing file; a damaged one (truncated on disk, say) raises
while the rendition is made. A public page then shows no image rather than an error.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags

from news.images import DECODE_ERRORS, log_broken

register = template.Library()


class TolerantImageNode(template.Node):
    def __init__(self, node):
        self.node = node

    def render(self, context):
        try:
            return self.node.render(context)
        except DECODE_ERRORS:
            log_broken(self.node.image_expr.resolve(context))
            return ""


def tolerant_image(parser, token):
    return TolerantImageNode(wagtailimages_tags.image(parser, token))


for name in ("image", "srcset_image", "picture"):
    register.tag(name, tolerant_image)
