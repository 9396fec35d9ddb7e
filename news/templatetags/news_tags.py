"""Small helpers for the public article templates (dates and numbers: `{% load indonesian %}`)."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def json_ld(data):
    """Embed a dict as JSON-LD; '</' is escaped so text cannot close the script tag."""
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
