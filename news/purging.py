"""Which pages a change to an article, a taxonomy entry or an image shows on.

Every change a reader would notice purges, after its commit, the article and every page
that lists it: home, the news index, its region, OPD, rubrik, topic and reporter pages, the
feeds, the sitemaps and search (core.frontend_cache takes it from there); and the other
articles' pages that show it as a "Berita terkait" card or a previous/next link. Publishing,
a correction (a re-publication), beat's scheduled go-live and expiry all arrive here as
Wagtail's page_published or page_unpublished.

One change purges every listing it touches, but at most PURGE_MAX_ARTICLE_PAGES article
pages, the newest first: renaming a region with thousands of articles must not render
thousands of pages at once (through nginx's refresh port, each purge is a render). The
older pages follow within the cache's TTL.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from core.frontend_cache import page_urls, purge_after_commit, site_urls
from news.models import Agency, ArticlePage, Region, Reporter, Rubrik
from news.related import articles_showing, neighbours

# The pages that list every article, whatever its taxonomy.
SITE_WIDE_PATHS = ("/", "/feed/", "/sitemap.xml", "/sitemap-news.xml", "/cari/")


def with_feed(url: str) -> set[str]:
    return {url, f"{url}feed/"}


def topic_paths(slug: str) -> set[str]:
    # A tag made only of symbols has an empty slug and no topic page to purge.
    return {reverse("news:topic", args=[slug])} if slug else set()


# Each kind of taxonomy: the paths of its own pages, from its slug, and how an article
# points to it (a lookup from ArticlePage).
TAXONOMY = {
    Region: (lambda slug: with_feed(reverse("news:region", args=[slug])), "region"),
    Rubrik: (lambda slug: with_feed(reverse("news:rubrik", args=[slug])), "rubrik"),
    Agency: (lambda slug: {reverse("news:agency", args=[slug])}, "agencies"),
    Reporter: (lambda slug: {reverse("news:reporter", args=[slug])}, "reporter_links__reporter"),
    Tag: (topic_paths, "tags"),
}


def taxonomy_paths(entry) -> set[str]:
    paths_of, _lookup = TAXONOMY[type(entry)]
    return paths_of(entry.slug)


def listing_paths(article: ArticlePage) -> set[str]:
    """The site-relative paths of the pages that list `article` (also an old revision)."""
    entries = [article.region, article.rubrik, *article.agencies.all(), *article.tags.all()]
    entries += [link.reporter for link in article.reporter_links.all()]
    paths = set(SITE_WIDE_PATHS)
    for entry in entries:
        if entry is not None:
            paths |= taxonomy_paths(entry)
    return paths


def listings_of_many(articles) -> set[str]:
    """The paths of every page listing any of `articles` (a queryset): a query per kind."""
    paths = set(SITE_WIDE_PATHS)
    for paths_of, lookup in TAXONOMY.values():
        slugs = articles.order_by().values_list(f"{lookup}__slug", flat=True).distinct()
        for slug in slugs:
            if slug is not None:
                paths |= paths_of(slug)
    return paths


def article_page_urls(article_ids) -> set[str]:
    """The pages of these articles (and their news index), at most the newest
    PURGE_MAX_ARTICLE_PAGES of them."""
    newest = (
        ArticlePage.objects.live()
        .filter(pk__in=list(article_ids))
        .order_by("-first_published_at", "-pk")
        .only("pk")[: settings.PURGE_MAX_ARTICLE_PAGES]
    )
    urls, parent_paths = set(), set()
    for article in newest:
        urls |= page_urls(article)
        parent_paths.add(article.path[: -Page.steplen])
    for parent in Page.objects.filter(path__in=parent_paths):
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


def article_urls(article: ArticlePage) -> set[str]:
    """The article itself and its news index."""
    urls = page_urls(article)
    parent = article.get_parent()
    if parent is not None:
        urls |= page_urls(parent)
    return urls


def purge_article(article: ArticlePage, *, also=()) -> None:
    """The article, its listings, the pages showing it, and `also` paths."""
    urls = article_urls(article) | article_page_urls(articles_showing([article.pk]))
    purge_after_commit(urls | site_urls({*listing_paths(article), *also}))


@receiver(page_published, sender=ArticlePage)
def purge_published_article(sender, instance, revision=None, **kwargs):
    if not instance.live:
        return  # only scheduled: nothing a reader sees has changed yet
    before = previously_published(instance, revision)
    # The articles on either side now link to it as their next or previous.
    beside = {neighbour.pk for neighbour in neighbours(instance) if neighbour is not None}
    purge_after_commit(article_page_urls(beside))
    purge_article(instance, also=listing_paths(before) if before is not None else ())


@receiver(page_unpublished, sender=ArticlePage)
def purge_unpublished_article(sender, instance, **kwargs):
    purge_article(instance)


def purge_articles(articles, *, also=()) -> None:
    """Many articles (a queryset): every listing they are on, `also` paths, and the pages
    of the newest of them and of the articles showing them."""
    live = articles.live()
    article_ids = set(live.values_list("pk", flat=True))
    paths = {*listings_of_many(live), *also} if article_ids else set(also)
    urls = site_urls(paths) | article_page_urls(article_ids | articles_showing(article_ids))
    purge_after_commit(urls)


@receiver(pre_save, sender=Region)
@receiver(pre_save, sender=Rubrik)
@receiver(pre_save, sender=Agency)
@receiver(pre_save, sender=Reporter)
@receiver(pre_save, sender=Tag)
def remember_paths_before_save(sender, instance, **kwargs):
    """A new slug moves the entry's pages: the old addresses must be purged too."""
    if instance.pk is None:
        return  # a new entry has no old addresses
    old_slug = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    paths_of, _lookup = TAXONOMY[sender]
    instance._paths_before_save = paths_of(old_slug) if old_slug is not None else set()


@receiver(post_save, sender=Region)
@receiver(post_save, sender=Rubrik)
@receiver(post_save, sender=Agency)
@receiver(post_save, sender=Reporter)
@receiver(post_save, sender=Tag)
def purge_taxonomy_entry(sender, instance, created, **kwargs):
    """A new name, slug (or a reporter's bio or photo): its pages, old and new, and every
    article that shows it, with their listings."""
    if created:
        return  # nothing shows a new entry yet
    _paths_of, lookup = TAXONOMY[sender]
    purge_articles(
        ArticlePage.objects.filter(**{lookup: instance}),
        also={*taxonomy_paths(instance), *getattr(instance, "_paths_before_save", ())},
    )


@receiver(post_save, sender=get_image_model())
def purge_pages_showing_image(sender, instance, created, **kwargs):
    """A new title, alt text, focal point or file: every live page that shows the image
    (hero or body, through Wagtail's reference index), the listings with its card, and the
    pages of the reporters whose photo it is."""
    if created:
        return
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(instance).filter(base_content_type=page_type)
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    urls = set()
    for page in Page.objects.live().filter(pk__in=page_ids).not_type(ArticlePage):
        urls |= page_urls(page)
    purge_after_commit(urls)
    reporter_paths = set()
    for reporter in Reporter.objects.filter(photo=instance):
        reporter_paths |= taxonomy_paths(reporter)
    purge_articles(ArticlePage.objects.filter(pk__in=page_ids), also=reporter_paths)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def purge_restricted_articles(sender, instance, **kwargs):
    """A restriction hides articles from every listing (and lifting it shows them again)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_articles(ArticlePage.objects.descendant_of(page, inclusive=True))
