"""Which pages a change to an article, a taxonomy entry or an image shows on.

Every change a reader would notice purges, after its commit, the article and every page
that lists it: home, the news index, its region, OPD, rubrik, topic and reporter pages, the
feeds, the sitemaps and search (core.frontend_cache takes it from there). Publishing,
a correction (a re-publication), beat's scheduled go-live and expiry all arrive here as
Wagtail's page_published or page_unpublished.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from core.frontend_cache import page_urls, purge_after_commit, site_urls
from news.models import Agency, ArticlePage, Region, Reporter, Rubrik

# The pages that list every article, whatever its taxonomy.
SITE_WIDE_PATHS = ("/", "/feed/", "/sitemap.xml", "/sitemap-news.xml", "/cari/")


def listing_paths(article: ArticlePage) -> set[str]:
    """The site-relative paths of the pages that list `article` by its taxonomy."""
    paths = set(SITE_WIDE_PATHS)
    if article.region_id:
        region_url = reverse("news:region", args=[article.region.slug])
        paths |= {region_url, f"{region_url}feed/"}
    if article.rubrik_id:
        rubrik_url = reverse("news:rubrik", args=[article.rubrik.slug])
        paths |= {rubrik_url, f"{rubrik_url}feed/"}
    paths |= {reverse("news:agency", args=[agency.slug]) for agency in article.agencies.all()}
    # A tag made only of symbols has an empty slug and no topic page to purge.
    paths |= {reverse("news:topic", args=[tag.slug]) for tag in article.tags.all() if tag.slug}
    paths |= {
        reverse("news:reporter", args=[link.reporter.slug]) for link in article.reporter_links.all()
    }
    return paths


def article_urls(article: ArticlePage) -> set[str]:
    """The article itself, its news index and every listing it appears on."""
    urls = page_urls(article) | site_urls(listing_paths(article))
    parent = article.get_parent()
    if parent is not None:
        urls |= page_urls(parent)
    return urls


def previously_published(article: ArticlePage, revision) -> ArticlePage | None:
    """The version readers saw before this publication, so a correction that moves an
    article to another region or OPD also clears the listing it leaves."""
    entry = (
        PageLogEntry.objects.filter(page=article, action__startswith="wagtail.publish")
        .exclude(revision=None)
        .exclude(revision=revision)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision.as_object() if entry else None


@receiver(page_published, sender=ArticlePage)
def purge_published_article(sender, instance, revision=None, **kwargs):
    if not instance.live:
        return  # only scheduled: nothing a reader sees has changed yet
    urls = article_urls(instance)
    before = previously_published(instance, revision)
    if before is not None:
        urls |= site_urls(listing_paths(before))
    purge_after_commit(urls)


@receiver(page_unpublished, sender=ArticlePage)
def purge_unpublished_article(sender, instance, **kwargs):
    purge_after_commit(article_urls(instance))


def purge_articles(articles, *, also=()) -> None:
    """Many articles at once (their indexes looked up once), and any `also` paths."""
    urls, parent_paths = site_urls(also), set()
    for article in articles:
        urls |= page_urls(article) | site_urls(listing_paths(article))
        parent_paths.add(article.path[: -Page.steplen])
    for parent in Page.objects.filter(path__in=parent_paths):
        urls |= page_urls(parent)
    purge_after_commit(urls)


@receiver(post_save, sender=Region)
def purge_region(sender, instance, created, **kwargs):
    if not created:
        region_url = instance.get_absolute_url()
        purge_articles(
            _live(ArticlePage.objects.filter(region=instance)),
            also=["/", region_url, f"{region_url}feed/"],
        )


@receiver(post_save, sender=Rubrik)
def purge_rubrik(sender, instance, created, **kwargs):
    if not created:
        rubrik_url = instance.get_absolute_url()
        purge_articles(
            _live(ArticlePage.objects.filter(rubrik=instance)),
            also=["/", rubrik_url, f"{rubrik_url}feed/"],
        )


@receiver(post_save, sender=Agency)
def purge_agency(sender, instance, created, **kwargs):
    if not created:
        purge_articles(
            _live(ArticlePage.objects.filter(agencies=instance)),
            also=[instance.get_absolute_url()],
        )


@receiver(post_save, sender=Reporter)
def purge_reporter(sender, instance, created, **kwargs):
    """A new name, bio or photo: the reporter's page and every byline."""
    if not created:
        purge_articles(
            _live(ArticlePage.objects.filter(reporter_links__reporter=instance)),
            also=[instance.get_absolute_url()],
        )


@receiver(post_save, sender=get_image_model())
def purge_pages_showing_image(sender, instance, created, **kwargs):
    """A new title, alt text, focal point or file: every live article that shows the image
    (hero or body, through Wagtail's reference index) and the listings with its card."""
    if created:
        return
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(instance).filter(base_content_type=page_type)
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    if page_ids:
        purge_articles(_live(ArticlePage.objects.filter(pk__in=page_ids)))


@receiver([post_save, post_delete], sender=PageViewRestriction)
def purge_restricted_articles(sender, instance, **kwargs):
    """A restriction hides articles from every listing (and lifting it shows them again)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_articles(_live(ArticlePage.objects.descendant_of(page, inclusive=True)))


def _live(articles):
    return (
        articles.live()
        .distinct()
        .select_related("region", "rubrik")
        .prefetch_related("agencies", "tags", "reporter_links__reporter")
    )
