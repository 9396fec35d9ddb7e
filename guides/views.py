from django.http import Http404
from django.template.response import TemplateResponse

from guides.catalogue import BY_SLUG, GUIDES, guides_for


def index(request):
    """Every guide, the reader's own first: anyone may read how the others work."""
    own = guides_for(request.user)
    others = [guide for guide in GUIDES if guide not in own]
    return TemplateResponse(request, "guides/index.html", {"own": own, "others": others})


def guide(request, slug):
    if slug not in BY_SLUG:
        raise Http404
    chosen = BY_SLUG[slug]
    return TemplateResponse(request, chosen.template_name, {"guide": chosen, "guides": GUIDES})
