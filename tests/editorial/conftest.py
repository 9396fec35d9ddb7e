import pytest

from news.factories import ArticlePageFactory
from news.models import NewsIndexPage


@pytest.fixture
def news_index():
    return NewsIndexPage.objects.get()


@pytest.fixture
def draft_by():
    def create(owner, **fields):
        fields.setdefault("live", False)
        fields.setdefault("first_published_at", None)
        article = ArticlePageFactory(owner=owner, **fields)
        article.save_revision(user=owner)
        return article

    return create
