"""Build the demo newsroom from the generated corpus in demo/content (dev only)."""

import re
from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from demo.content import images as demo_images
from demo.content import taxonomy
from demo.content.corpus import generate_articles, slugify
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

DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .]+ [–-] ")
READ_ALSO_EVERY = 3


def seed_newsroom(*, articles: int, now=None, log=print) -> int:
    """Create taxonomy, people and `articles` articles; returns how many were new."""
    now = now or timezone.now()
    with transaction.atomic():
        seed_agencies()
        reporters = seed_reporters()
        editors = seed_editors()
    specs = generate_articles(articles, now=now)
    existing = set(ArticlePage.objects.values_list("slug", flat=True))
    index = NewsIndexPage.objects.get()
    regions = {region.slug: region for region in Region.objects.all()}
    rubriks = {rubrik.slug: rubrik for rubrik in Rubrik.objects.all()}
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    uploader = get_user_model().objects.filter(username="pewarta").first()
    created = 0
    published = list(
        ArticlePage.objects.live()
        .order_by("first_published_at")
        .values_list("pk", "first_published_at")
    )
    seed_demo_drafts(index, next(iter(reporters.values())), demo_video_id="MMCdemo0001")
    for position, spec in enumerate(sorted(specs, key=lambda spec: spec.published_at)):
        if spec.slug in existing:
            continue
        with transaction.atomic():
            page = build_article(
                spec,
                region=regions[spec.region_slug],
                rubrik=rubriks[spec.rubrik_slug],
                editor=editors[position % len(editors)],
                uploader=uploader,
                read_also=published[-1][0]
                if published and position % READ_ALSO_EVERY == 0
                else None,
            )
            index.add_child(instance=page)
            page.agencies.set([agencies[slug] for slug in spec.agency_slugs])
            for order, slug in enumerate(spec.reporter_slugs):
                ArticleReporter.objects.create(
                    page=page, reporter=reporters[slug], sort_order=order
                )
            seed_daily_views(page, spec.views, now)
        published.append((page.pk, page.first_published_at))
        created += 1
        if created % 50 == 0:
            log(f"  {created} artikel dibuat")
    return created


DEMO_DRAFTS = [
    # title, submitted for review?
    ("Gubernur Kalteng Tinjau Jembatan Tumbang Samba yang Rampung Dibangun", True),
    ("Dinas Pendidikan Salurkan Beasiswa Kalteng Harati untuk 2.500 Mahasiswa", False),
]


def seed_demo_drafts(index, reporter, demo_video_id: str) -> None:
    """Work in progress for the demo logins: one draft, one waiting for review."""
    owner = get_user_model().objects.filter(username="pewarta").first()
    if owner is None:
        return
    for title, submit in DEMO_DRAFTS:
        if ArticlePage.objects.filter(title=title).exists():
            continue
        page = ArticlePage(
            title=title,
            slug=slugify(title),
            ringkasan=f"{title}. Draf demo untuk mencoba alur redaksi.",
            dateline="PALANGKA RAYA",
            rubrik=Rubrik.objects.get(slug="pemerintahan"),
            region=Region.objects.get(slug="kalimantan-tengah"),
            owner=owner,
            live=False,
            hero_image=save_image(title, demo_images.make_article_image("pemerintahan", seed=7)),
            hero_caption="Foto ilustrasi draf demo",
            youtube_video_id=demo_video_id,
            body=[("paragraph", RichText("<p>Isi draf yang masih perlu dilengkapi pewarta.</p>"))],
        )
        index.add_child(instance=page)
        ArticleReporter.objects.create(page=page, reporter=reporter, sort_order=0)
        page.save_revision(user=owner)
        if submit:
            page.get_workflow().start(page, owner)


def seed_agencies():
    for agency in taxonomy.AGENCIES:
        Agency.objects.update_or_create(
            slug=agency.slug, defaults={"name": agency.name, "short_name": agency.short_name}
        )


def seed_reporters() -> dict[str, Reporter]:
    User = get_user_model()
    reporter_group = Group.objects.get(name="Pewarta")
    reporters = {}
    for position, person in enumerate(taxonomy.REPORTERS):
        reporter, _ = Reporter.objects.update_or_create(
            slug=person.slug,
            defaults={
                "name": person.name,
                "bio": person.bio,
                "facebook_url": person.socials.get("facebook", ""),
                "instagram_url": person.socials.get("instagram", ""),
                "x_url": person.socials.get("x", ""),
            },
        )
        if reporter.photo_id is None:
            reporter.photo = save_image(
                f"Foto {person.name}", demo_images.make_portrait(person.name, seed=position)
            )
            reporter.save(update_fields=["photo"])
        reporters[person.slug] = reporter
    demo_reporter = User.objects.filter(username="pewarta").first()
    first = reporters[taxonomy.REPORTERS[0].slug]
    if demo_reporter and first.user_id is None and not hasattr(demo_reporter, "reporter_profile"):
        first.user = demo_reporter
        first.save(update_fields=["user"])
    if demo_reporter:
        demo_reporter.groups.add(reporter_group)
    return reporters


def seed_editors() -> list:
    """The demo `redaktur` plus byline-only editors who cannot log in."""
    User = get_user_model()
    group = Group.objects.get(name="Redaktur")
    editors = list(User.objects.filter(username="redaktur"))
    for name in taxonomy.EDITORS:
        first_name, _, last_name = name.partition(" ")
        username = "redaktur-" + name.lower().split()[0]
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first_name, "last_name": last_name}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        editors.append(user)
    return editors


def save_image(title: str, data: bytes):
    """Images go to the "Berita" collection, where reporters and editors may use them."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(
        title=title,
        file=ImageFile(BytesIO(data), name=f"{slugify(title)}.jpg"),
        collection=Collection.objects.get(name="Berita"),
    )
    image.save()
    return image


def build_article(spec, *, region, rubrik, editor, uploader, read_also) -> ArticlePage:
    hero = save_image(
        spec.title[:255],
        demo_images.make_article_image(spec, seed=spec.image_seed),
    )
    caption, credit = split_credit(spec.image_caption)
    page = ArticlePage(
        title=spec.title,
        slug=spec.slug,
        ringkasan=spec.lead,
        dateline=region.capital,
        hero_image=hero,
        hero_caption=caption,
        hero_credit=credit,
        rubrik=rubrik,
        region=region,
        editor=editor,
        owner=uploader,
        # The platform sandbox knows five demo videos; "posting" to YouTube needs a real one.
        youtube_video_id=f"MMCdemo000{spec.image_seed % 5 + 1}" if spec.video_id else "",
        view_count=spec.views,
        first_published_at=spec.published_at,
        last_published_at=spec.published_at,
        latest_revision_created_at=spec.published_at,
        live=True,
        body=article_body(spec, read_also),
    )
    page.tags.add(*spec.tags)
    return page


def split_credit(caption: str) -> tuple[str, str]:
    """'Gubernur meninjau … (Foto: MMC Kalteng)' -> ('Gubernur meninjau …', 'MMC Kalteng')."""
    match = re.search(r"\s*\(Foto: ([^)]+)\)\s*$", caption)
    if not match:
        return caption, "MMC Kalteng"
    return caption[: match.start()], match.group(1)


def article_body(spec, read_also_page_id) -> list:
    paragraphs = list(spec.paragraphs)
    paragraphs[0] = DATELINE_PREFIX.sub("", paragraphs[0], count=1)
    body = [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in paragraphs]
    if spec.quote:
        body.insert(
            min(2, len(body)),
            ("quote", {"text": spec.quote.text, "attribution": spec.quote.attribution}),
        )
    if read_also_page_id:
        earlier = ArticlePage.objects.get(pk=read_also_page_id)
        body.insert(min(3, len(body)), ("read_also", {"article": earlier}))
    if spec.has_video and spec.video_id:
        body.append(
            ("video", {"video_id": spec.video_id, "title": spec.title[:120], "caption": ""})
        )
    return body


def seed_daily_views(page, total_views: int, now) -> None:
    """Spread an article's views over its days since publication, more on the first days."""
    published = timezone.localtime(page.first_published_at).date()
    today = timezone.localtime(now).date()
    days = min(max((today - published).days + 1, 1), 30)
    weights = [0.6**day for day in range(days)]
    scale = total_views / sum(weights)
    rows, remaining = [], total_views
    for day, weight in enumerate(weights):
        views = remaining if day == days - 1 else min(remaining, round(weight * scale))
        remaining -= views
        if views:
            rows.append(
                DailyArticleViews(page=page, date=published + timedelta(days=day), views=views)
            )
    DailyArticleViews.objects.bulk_create(rows, ignore_conflicts=True)
