"""Repeating requests: beat sends the next request of a monthly or quarterly one on time."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from desk.models import DataRequest, DataRequestRecipient, Repeat


@transaction.atomic
def send_due_repeats(today: date | None = None) -> list[DataRequest]:
    """For each repeating request that has no successor yet, send the next one once its
    period has begun (and any missed since, if beat was down), to the same agencies."""
    today = today or timezone.localdate()
    sent = []
    latest = (
        DataRequest.objects.exclude(repeat=Repeat.NONE)
        .filter(repeats__isnull=True)
        .select_for_update(of=("self",))
    )
    for request in latest:
        following = request.next_repeat()
        while following is not None and following.period_start <= today:
            following.save()
            DataRequestRecipient.objects.bulk_create(
                DataRequestRecipient(request=following, agency_id=agency_id)
                for agency_id in request.recipients.values_list("agency_id", flat=True)
            )
            sent.append(following)
            request, following = following, following.next_repeat()
    return sent
