"""Reading public pages through the page cache, for the tests of what a change purges."""

from django.test import Client

from news.factories import AgencyFactory, ArticlePageFactory, ReporterFactory


def fill_cache(urls) -> None:
    """Read each URL twice, so the second read is served from the page cache."""
    reader = Client()
    for url in urls:
        reader.get(url)
    served = [reader.get(url)["X-Page-Cache"] for url in urls]
    assert set(served) <= {"hit", "bypass"}, served  # bypass: a 404 is never stored


def read_all(urls) -> dict[str, str]:
    """The first read of each URL, which must not come from the cache ("" for a non-200)."""
    reader = Client()
    pages = {}
    for url in urls:
        response = reader.get(url)
        assert response["X-Page-Cache"] != "hit", f"{url} was not purged"
        pages[url] = response.content.decode() if response.status_code == 200 else ""
    return pages


def assert_fresh(urls, *, shows: str = "", hides: str = "") -> None:
    """The first read of each URL after the commit is rendered anew and up to date."""
    pages = read_all(urls)
    if shows:
        assert [url for url, page in pages.items() if shows not in page] == []
    if hides:
        assert [url for url, page in pages.items() if hides in page] == []


def served_from_cache(url) -> bool:
    return Client().get(url)["X-Page-Cache"] == "hit"


def new_article(**kwargs):
    """A draft that nothing lists yet, with every kind of taxonomy."""
    kwargs = {
        "agencies": [AgencyFactory()],
        "reporters": [ReporterFactory()],
        "tags": ["banjir"],
        **kwargs,
    }
    return ArticlePageFactory(live=False, first_published_at=None, **kwargs)


def published_article(**kwargs):
    article = new_article(**kwargs)
    article.save_revision().publish()
    article.refresh_from_db()
    return article
