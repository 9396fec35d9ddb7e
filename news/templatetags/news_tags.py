"""Small helpers for the public article templates (dates and numbers: `{% load indonesian %}`)."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# As Django's json_script: with no <, > or & left in the payload, no text (not "</script>",
# not "<!--<script>", which by the HTML parsing rules swallows the tags after it) can leave
# or bend the script element. JSON parsers read the escapes back as the same characters.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Embed a dict as JSON-LD, escaped so that no text in it is read as HTML."""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
