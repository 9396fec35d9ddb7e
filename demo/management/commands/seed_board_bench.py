"""Bulk-seed a throwaway database for the Kinerja Data OPD (board) benchmark.

`manage.py seed_board_bench --agencies 40 --years 5` writes the agencies, one request a
month (`--per-month` more) to every agency for the last five years up to this month, each
agency's answers by a habit (always on time, sometimes late, often late, rarely answering),
and a report for about half of the answers, a fifth of them turned into one of the site's
articles. Bulk inserts only: 2,400 recipients and ~1,000 reports take a few seconds.
Only for throwaway databases: refuses unless DEBUG or --i-know-this-is-a-throwaway-db.
"""

import random
import time
from datetime import datetime, timedelta
from datetime import time as clock

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from desk.models import (
    DataRequest,
    DataRequestRecipient,
    ProgrammeReport,
    Repeat,
    ReviewStatus,
    add_months,
)
from news.models import Agency, ArticlePage, Region

BATCH = 2000
# The chance an agency answers at all, and the days before (−) or after (+) the due date.
HABITS = [(1.0, (-10, -1)), (0.95, (-6, 8)), (0.8, (2, 30)), (0.35, (5, 45))]


class Command(BaseCommand):
    help = "Bulk-seed agencies, five years of monthly data requests and reports for the board."

    def add_arguments(self, parser):
        parser.add_argument("--agencies", type=int, default=40)
        parser.add_argument("--years", type=int, default=5)
        parser.add_argument("--per-month", dest="per_month", type=int, default=1)
        parser.add_argument("--seed", type=int, default=14)
        parser.add_argument(
            "--i-know-this-is-a-throwaway-db", dest="throwaway", action="store_true"
        )

    def handle(self, *args, **options):
        if not (settings.DEBUG or options["throwaway"]):
            raise CommandError(
                "Refusing to bulk-insert benchmark data: set DEBUG or pass "
                "--i-know-this-is-a-throwaway-db."
            )
        rng = random.Random(options["seed"])
        started = time.monotonic()
        with transaction.atomic():
            agencies = self.seed_agencies(options["agencies"])
            requests = self.seed_requests(options["years"] * 12, options["per_month"])
            recipients = self.seed_recipients(requests, agencies, rng)
            reports = self.seed_reports(recipients, rng)
        self.stdout.write(
            f"seed_board_bench: {len(agencies)} agencies, {len(requests)} requests,"
            f" {len(recipients)} recipients, {reports} reports"
            f" in {time.monotonic() - started:.1f} s"
        )

    def seed_agencies(self, count: int) -> list[Agency]:
        from demo.seeding import seed_agencies

        seed_agencies()
        missing = count - Agency.objects.count()
        Agency.objects.bulk_create(
            Agency(name=f"OPD Bench {n:02d}", short_name=f"Bench{n:02d}", slug=f"opd-bench-{n:02d}")
            for n in range(1, missing + 1)
        )
        return list(Agency.objects.order_by("slug")[:count])

    def seed_requests(self, months: int, per_month: int) -> list[DataRequest]:
        """Requests for each month up to this one, sent as it closes and due on the 15th after."""
        now = timezone.now()
        this_month = timezone.localdate().replace(day=1)
        requests = []
        for step in range(months, 0, -1):
            month = add_months(this_month, 1 - step)
            after = add_months(month, 1)
            sent = timezone.make_aware(datetime.combine(after, clock(8)))
            for number in range(per_month):
                requests.append(
                    DataRequest(
                        programme=f"Realisasi program {number + 1} {month:%m/%Y}",
                        period_start=month,
                        period_end=after - timedelta(days=1),
                        due_date=after.replace(day=15),
                        repeat=Repeat.MONTHLY,
                        created_at=min(sent, now),
                    )
                )
        return DataRequest.objects.bulk_create(requests, batch_size=BATCH)

    def seed_recipients(self, requests, agencies, rng) -> list[DataRequestRecipient]:
        today = timezone.localdate()
        recipients = []
        for request in requests:
            for position, agency in enumerate(agencies):
                chance, (earliest, latest) = HABITS[position % len(HABITS)]
                answered_on = None
                if rng.random() < chance:
                    answered_on = request.due_date + timedelta(days=rng.randint(earliest, latest))
                    answered_on = answered_on if answered_on <= today else None
                recipients.append(
                    DataRequestRecipient(request=request, agency=agency, answered_on=answered_on)
                )
        return DataRequestRecipient.objects.bulk_create(recipients, batch_size=BATCH)

    def seed_reports(self, recipients, rng) -> int:
        """A report for about half of the answers; a fifth of those made into an article."""
        regions = list(Region.objects.values_list("pk", flat=True))
        articles = list(ArticlePage.objects.values_list("pk", flat=True)[:50])
        reports = []
        for recipient in recipients:
            if not recipient.answered_on or rng.random() < 0.5:
                continue
            request = recipient.request
            reports.append(
                ProgrammeReport(
                    agency_id=recipient.agency_id,
                    request=request,
                    programme_name=request.programme,
                    period_start=request.period_start,
                    period_end=request.period_end,
                    region_id=rng.choice(regions),
                    budget_ceiling=1_500_000_000,
                    budget_realisation=rng.randint(0, 1_500_000_000),
                    review_status=ReviewStatus.ACCEPTED,
                    submitted_at=timezone.make_aware(
                        datetime.combine(recipient.answered_on, clock(10))
                    ),
                    article_id=rng.choice(articles) if articles and rng.random() < 0.2 else None,
                )
            )
        ProgrammeReport.objects.bulk_create(reports, batch_size=BATCH)
        return len(reports)
