"""Editors' view of syndication: per-article statuses and actions, the list, the warnings."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component

from core.roles import is_editor
from syndication import states
from syndication.models import SocialAccount, Syndication
from syndication.platforms import registry

PAGE_SIZE = 50
WARNING_ROWS = 20
# Rows in a state the dashboard names, however old: an editor has to act, or should know
# why a post is late.
ATTENTION = (
    Q(status__in=Syndication.RETRYABLE, last_error__startswith=states.X_DAILY_CAP)
    | Q(status=Syndication.Status.FAILED, last_error__startswith=states.RESTRICTED)
    | Q(status=Syndication.Status.FAILED, last_error__startswith=states.CHECK_BY_HAND)
)


def _editor_only(request):
    if not is_editor(request.user):
        raise PermissionDenied


def _back(request, syndication):
    """Back to `next` when it is a page of this site, else to the article's editor."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"/admin/pages/{syndication.page_id}/edit/"
    return redirect(target)


# Why an editor's Coba lagi or Kirim sekarang changed nothing, by the row's status now.
NOT_RESET = {
    Syndication.Status.POSTED: "Kiriman ini sudah dikirim; tidak dikirim ulang.",
    Syndication.Status.IN_FLIGHT: "Kiriman ini sedang dikirim; tunggu hasilnya.",
}
ALREADY_DUE = "Kiriman ini sudah dijadwalkan dan segera dikirim."


@require_POST
def retry(request, syndication_id):
    """Send a failed, skipped or waiting row now; the queue gets it only if the row changed."""
    _editor_only(request)
    from syndication.tasks import syndicate

    syndication = get_object_or_404(Syndication, pk=syndication_id)
    if not syndication.reset_for_retry():
        messages.warning(request, NOT_RESET.get(syndication.status, ALREADY_DUE))
        return _back(request, syndication)
    transaction.on_commit(lambda: syndicate.delay(syndication.pk))
    messages.success(request, f"{syndication.account} dijadwalkan untuk dikirim sekarang.")
    return _back(request, syndication)


@require_POST
def resend_unreconciled(request, syndication_id):
    """Send a row no API could reconcile as new, once an editor confirms it is not posted."""
    _editor_only(request)
    from syndication.tasks import syndicate

    syndication = get_object_or_404(Syndication, pk=syndication_id)
    if not request.POST.get(f"checked_by_hand_{syndication.pk}"):
        messages.error(
            request,
            "Centang dulu bahwa Anda sudah memeriksa akun di platform dan kiriman ini belum "
            "terbit; tanpa itu kiriman bisa terbit dua kali.",
        )
        return _back(request, syndication)
    if not syndication.resend_without_reconciling():
        messages.warning(request, "Kiriman ini tidak lagi menunggu pemeriksaan manual.")
        return _back(request, syndication)
    transaction.on_commit(lambda: syndicate.delay(syndication.pk))
    messages.success(request, f"{syndication.account} dikirim ulang tanpa pencocokan.")
    return _back(request, syndication)


@require_POST
def mark_posted(request, syndication_id):
    """Record a post an editor made by hand, so it is never sent automatically."""
    _editor_only(request)
    syndication = get_object_or_404(Syndication, pk=syndication_id)
    remote_url = request.POST.get(f"remote_url_{syndication.pk}", "").strip()
    try:
        URLValidator()(remote_url)
    except Exception:
        messages.error(request, "Isi tautan kiriman yang valid, misalnya https://facebook.com/…")
        return _back(request, syndication)
    with transaction.atomic():
        locked = Syndication.objects.select_for_update().get(pk=syndication.pk)
        if locked.status == Syndication.Status.IN_FLIGHT:
            messages.warning(request, "Kiriman ini sedang diproses; coba lagi sebentar.")
            return _back(request, syndication)
        locked.mark_posted(locked.remote_id or "manual", remote_url, by=request.user)
    messages.success(request, f"{syndication.account} ditandai sudah terkirim.")
    return _back(request, syndication)


def syndication_list(request):
    """/admin/sindikasi/: every syndication, filterable by status, platform and account."""
    _editor_only(request)
    rows = Syndication.objects.select_related("account", "page").order_by("-updated_at")
    filters = {
        "status": request.GET.get("status", ""),
        "platform": request.GET.get("platform", ""),
        "account": request.GET.get("account", ""),
    }
    if filters["status"]:
        rows = rows.filter(status=filters["status"])
    if filters["platform"]:
        rows = rows.filter(account__platform=filters["platform"])
    if filters["account"].isdigit():
        rows = rows.filter(account_id=int(filters["account"]))
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("p"))
    return render(
        request,
        "syndication/admin/list.html",
        {
            "page_obj": page,
            "filters": filters,
            "statuses": Syndication.Status.choices,
            "platforms": registry.choices(),
            "accounts": SocialAccount.objects.all(),
            "query": request.GET.copy(),
        },
    )


class SyndicationWarningsPanel(Component):
    """Dashboard warning: accounts to reconnect, rows waiting on an editor or on X's daily cap,
    and posts failing in the last day."""

    name = "sindikasi_peringatan"
    template_name = "syndication/admin/panel_warnings.html"
    order = 10

    def get_context_data(self, parent_context):
        since = timezone.now() - timedelta(days=1)
        reauth = SocialAccount.objects.filter(status=SocialAccount.Status.NEEDS_REAUTH)
        return {
            "reauth": [(account, states.account_advice(account)) for account in reauth],
            "attention": [
                (row, row.state)
                for row in Syndication.objects.filter(ATTENTION)
                .select_related("account", "page")
                .order_by("next_attempt_at", "-updated_at")[:WARNING_ROWS]
            ],
            "failing": Syndication.objects.filter(
                status__in=[Syndication.Status.FAILED, Syndication.Status.NEEDS_REAUTH],
                updated_at__gte=since,
            ).count(),
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not (context["reauth"] or context["attention"] or context["failing"]):
            return ""
        return super().render_html(parent_context)
