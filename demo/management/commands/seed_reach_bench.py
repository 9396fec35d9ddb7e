"""Bulk-seed a throwaway database for the Jangkauan (reach) dashboard benchmark.

`manage.py seed_reach_bench --articles 50000 --snapshots 200000` writes articles,
daily site views, four social accounts, posted Syndication rows and hourly
MetricSnapshots spread over the last `--days` days, in bulk (no per-page
`add_child`), so 50k articles take a minute or two on SQLite.

Pages are inserted straight into wagtailcore_page / news_articlepage with treebeard
paths computed under the NewsIndexPage; no revisions, no search index entries.
Only for throwaway databases: refuses unless DEBUG or --i-know-this-is-a-throwaway-db.
"""

import random
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from treebeard.numconv import NumConv
from wagtail.models import Locale, Page

from analytics import cadence
from analytics.collection import hour_bucket
from analytics.models import MetricSnapshot, first_growth
from news.models import (
    Agency,
    ArticlePage,
    ArticleReporter,
    DailyArticleViews,
    NewsIndexPage,
    Region,
    Reporter,
    Rubrik,
)
from syndication.models import SocialAccount, Syndication
from syndication.platforms import registry

BATCH = 2000
PREFIX = "reach-bench-"
# Hours after posting at which analytics' own cadence reads a post.
CADENCE_HOURS = [age // timedelta(hours=1) for age in cadence.reading_ages()]


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Command(BaseCommand):
    help = "Bulk-seed articles, site views, posts and metric snapshots for the reach benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=50_000)
        parser.add_argument("--snapshots", type=int, default=200_000)
        parser.add_argument("--days", type=int, default=90, help="spread over the last N days")
        parser.add_argument(
            "--snapshots-per-post",
            dest="snapshots_per_post",
            type=int,
            default=10,
            help="snapshots per post (posts = snapshots / this, capped at articles × 4)",
        )
        parser.add_argument("--views-days", type=int, default=3, help="site-view days per article")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--i-know-this-is-a-throwaway-db", dest="throwaway", action="store_true"
        )

    def handle(self, *args, **options):
        if not (settings.DEBUG or options["throwaway"]):
            raise CommandError(
                "Refusing to bulk-insert benchmark data: set DEBUG or pass "
                "--i-know-this-is-a-throwaway-db."
            )
        self.random = random.Random(options["seed"])
        self.now = timezone.now()
        self.days = options["days"]
        started = time.monotonic()
        with transaction.atomic():
            page_ids = self.seed_articles(options["articles"])
            self.note(started, f"{len(page_ids)} articles")
            self.seed_site_views(page_ids, options["views_days"])
            self.note(started, "daily site views")
            posts = self.seed_posts(page_ids, options["snapshots"], options["snapshots_per_post"])
            self.note(started, f"{len(posts)} posted syndications")
            count = self.seed_snapshots(posts, options["snapshots"])
            self.note(started, f"{count} metric snapshots")
        self.stdout.write(f"seed_reach_bench done in {time.monotonic() - started:.1f} s")

    def note(self, started, what):
        self.stdout.write(f"  {time.monotonic() - started:6.1f} s  {what}")

    # Articles -----------------------------------------------------------------------------

    def taxonomy(self):
        from demo.seeding import seed_agencies

        seed_agencies()
        reporters = list(Reporter.objects.all()[:20])
        if not reporters:
            reporters = [
                Reporter.objects.create(name=f"Pewarta Bench {n}", slug=f"{PREFIX}pewarta-{n}")
                for n in range(8)
            ]
        return (
            list(Region.objects.values_list("pk", flat=True)),
            list(Rubrik.objects.values_list("pk", flat=True)),
            list(Agency.objects.values_list("pk", flat=True)),
            [reporter.pk for reporter in reporters],
        )

    def seed_articles(self, count: int) -> list[tuple[int, object]]:
        """Insert `count` live ArticlePages under the news index; returns (pk, published_at)."""
        regions, rubriks, agencies, reporters = self.taxonomy()
        index = NewsIndexPage.objects.get()
        last = index.get_last_child()
        steps = NumConv(Page.alphabet)
        first_step = (steps.str2int(last.path[-Page.steplen :]) + 1) if last else 1
        content_type = ContentType.objects.get_for_model(ArticlePage)
        locale_id = index.locale_id or Locale.get_default().pk
        run = uuid.uuid4().hex[:6]
        span = self.days * 24 * 3600
        pages = []
        for n in range(count):
            published = self.now - timedelta(seconds=span * (count - n) / count)
            slug = f"{PREFIX}{run}-{n}"
            title = f"Berita uji jangkauan {run} nomor {n}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=index.path
                    + steps.int2str(first_step + n).rjust(Page.steplen, Page.alphabet[0]),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    content_type_id=content_type.pk,
                    locale_id=locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    live_revision=None,
                    show_in_menus=False,
                )
            )
        for batch in chunks(pages):
            Page.objects.bulk_create(batch)
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
        fields = [field for field in ArticlePage._meta.local_concrete_fields if field.name != "id"]
        articles = []
        for page in pages:
            article = ArticlePage(
                page_ptr_id=page.pk,
                ringkasan="Ringkasan berita uji untuk benchmark jangkauan.",
                dateline="PALANGKA RAYA",
                body=[],
                rubrik_id=self.random.choice(rubriks),
                region_id=self.random.choice(regions),
                hero_credit="MMC Kalteng",
            )
            # Copy the parent's values so the ArticlePage instance is complete.
            article.__dict__.update({k: v for k, v in page.__dict__.items() if k != "_state"})
            articles.append(article)
        local_fields = [f for f in fields if f.model is ArticlePage or f.name == "page_ptr"]
        for batch in chunks(articles, 500):
            ArticlePage._base_manager._insert(batch, fields=local_fields, using="default")
        through = ArticlePage.agencies.through
        links, bylines = [], []
        for page in pages:
            for agency_id in self.random.sample(agencies, self.random.choice((0, 1, 1, 2))):
                links.append(through(articlepage_id=page.pk, agency_id=agency_id))
            bylines.append(
                ArticleReporter(page_id=page.pk, reporter_id=self.random.choice(reporters))
            )
        for batch in chunks(links):
            through.objects.bulk_create(batch)
        for batch in chunks(bylines):
            ArticleReporter.objects.bulk_create(batch)
        return [(page.pk, page.first_published_at) for page in pages]

    def seed_site_views(self, page_ids, days_per_article: int) -> None:
        today = timezone.localdate(self.now)
        rows = []
        for pk, published in page_ids:
            first = timezone.localtime(published).date()
            total = int(self.random.paretovariate(1.2) * 50)
            for day in range(days_per_article):
                date = first + timedelta(days=day)
                if date > today:
                    break
                rows.append(DailyArticleViews(page_id=pk, date=date, views=max(1, total >> day)))
        for batch in chunks(rows, 5000):
            DailyArticleViews.objects.bulk_create(batch, ignore_conflicts=True)

    # Posts and snapshots -------------------------------------------------------------------

    def accounts(self) -> list[SocialAccount]:
        accounts = []
        for platform, label in registry.choices():
            account = SocialAccount.objects.filter(platform=platform).first()
            if account is None:
                account = SocialAccount.objects.create(
                    platform=platform,
                    name=f"MMC Kalteng ({label})",
                    external_id=f"bench-{platform}",
                )
            accounts.append(account)
        return accounts

    def seed_posts(self, page_ids, snapshots: int, per_post: int) -> list[Syndication]:
        """Posted rows for the newest articles old enough to have `per_post` readings."""
        accounts = self.accounts()
        wanted = -(-snapshots // per_post) if snapshots else 0
        needed_age = timedelta(hours=CADENCE_HOURS[min(per_post, len(CADENCE_HOURS)) - 1] + 1)
        eligible = [item for item in page_ids if self.now - item[1] >= needed_age]
        articles_needed = -(-wanted // len(accounts))
        chosen = sorted(self.random.sample(eligible, min(articles_needed, len(eligible))))
        rows = []
        for pk, published in chosen:
            for account in accounts:
                if len(rows) == wanted:
                    break
                posted = published + timedelta(minutes=self.random.randint(1, 30))
                remote = f"{account.platform}-{pk}"
                rows.append(
                    Syndication(
                        page_id=pk,
                        account=account,
                        status=Syndication.Status.POSTED,
                        attempts=1,
                        remote_id=remote,
                        remote_url=f"https://example.test/{remote}",
                        posted_at=posted,
                        claimed_at=posted,
                    )
                )
        for batch in chunks(rows):
            Syndication.objects.bulk_create(batch)
        return rows

    def seed_snapshots(self, posts, total: int) -> int:
        """Cumulative readings at cadence offsets; never in the future, one per post per hour."""
        if not posts:
            return 0
        per_post, extra = divmod(total, len(posts))
        pending, written = [], 0
        for position, post in enumerate(posts):
            age_hours = int((self.now - post.posted_at).total_seconds() // 3600)
            offsets = [h for h in CADENCE_HOURS if h <= age_hours]
            want = per_post + (1 if position < extra else 0)
            if len(offsets) > want:
                # Keep the first hours and an even spread of the rest, like a rolled-up post.
                head = offsets[: want // 2]
                tail = offsets[want // 2 :]
                step = len(tail) / (want - len(head))
                offsets = head + [tail[int(i * step)] for i in range(want - len(head))]
            views = reach = likes = 0
            base = self.random.randint(50, 5000)
            previous = None
            for hours in offsets:
                collected = post.posted_at + timedelta(hours=hours, minutes=3)
                growth = self.random.randint(0, base // 10 + 1)
                views += growth
                if previous is None:
                    growth = first_growth(post.account.platform, views)
                reach += self.random.randint(0, base // 8 + 1)
                likes += self.random.randint(0, base // 100 + 1)
                day = timezone.localdate(collected)
                if previous is not None:
                    previous.superseded_on = day
                previous = MetricSnapshot(
                    syndication_id=post.pk,
                    collected_at=collected,
                    bucket=hour_bucket(collected),
                    day=day,
                    views_delta=growth,
                    superseded_on=None,
                    views=views,
                    reach=reach,
                    likes=likes,
                    comments=likes // 10,
                    shares=likes // 20,
                    clicks=views // 30,
                    raw={},
                )
                pending.append(previous)
            if len(pending) >= 5000:
                MetricSnapshot.objects.bulk_create(pending)
                written += len(pending)
                pending = []
        MetricSnapshot.objects.bulk_create(pending)
        written += len(pending)
        return written
