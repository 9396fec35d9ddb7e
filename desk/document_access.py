"""Who may download a document of the desk: /dokumen/<id>/<name> serves any document to
anyone by default, and ids are sequential, so a draft's documents would be one guess away.

A document in the desk's "Data OPD" collections, or attached to a report, is served to the
public only while a report holding it is accepted and public; otherwise only to someone who
may see such a report in the admin (desk.access) or may edit the document there.
"""

from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from desk.access import reports_for
from desk.models import ProgrammeReport, ReportDocument
from desk.models.operators import DESK_COLLECTION
from desk.open_data import published_reports


def is_desk_document(document) -> bool:
    desk_root = Collection.objects.filter(name=DESK_COLLECTION, depth=2).first()
    in_desk_collection = desk_root is not None and (
        document.collection.path.startswith(desk_root.path)
    )
    return in_desk_collection or ReportDocument.objects.filter(document=document).exists()


def may_download(user, document) -> bool:
    holders = ProgrammeReport.objects.filter(documents__document=document)
    if published_reports().filter(pk__in=holders.values("pk")).exists():
        return True
    if not user.is_authenticated:
        return False
    documents_policy = policy_registry.get_by_type(get_document_model())
    if documents_policy.user_has_permission_for_instance(user, "change", document):
        return True
    return reports_for(user, holders).exists()


def guard_desk_documents(document, request):
    """`before_serve_document`: a 404 (the document's existence is not confirmed either)."""
    if is_desk_document(document) and not may_download(request.user, document):
        raise Http404
