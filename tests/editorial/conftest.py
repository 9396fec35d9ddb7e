import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.factories import ArticlePageFactory, ReporterFactory
from news.models import NewsIndexPage

ROLES = ["Pewarta", "Redaktur", "Analis", "Administrator"]


@pytest.fixture
def people(django_user_model):
    """One user per role, each only in its group (no superusers)."""
    users = {}
    for role in ROLES:
        user = django_user_model.objects.create_user(
            username=role.lower(),
            password="rahasia",
            email=f"{role.lower()}@mmc.kalteng.go.id",
            first_name=role,
            last_name="Demo",
        )
        user.groups.add(Group.objects.get(name=role))
        users[role] = user
    return users


@pytest.fixture
def login():
    def client_for(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return client_for


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


def article_form(article, *, reporter=None, corrections=(), **overrides):
    """The POST body of the ArticlePage edit form, as the admin would send it."""
    reporter = reporter or ReporterFactory()
    data = {
        "title": article.title,
        "slug": article.slug,
        "ringkasan": article.ringkasan,
        "dateline": article.dateline,
        "hero_image": article.hero_image_id or "",
        "hero_caption": article.hero_caption,
        "hero_credit": article.hero_credit,
        "body": streamfield([("paragraph", rich_text("<p>Isi berita yang sudah diperbaiki.</p>"))]),
        "reporter_links": inline_formset([{"reporter": reporter.pk}], min=1),
        "related_links": inline_formset([]),
        "corrections": inline_formset(list(corrections)),
        "rubrik": article.rubrik_id,
        "region": article.region_id,
        "tags": "",
        "youtube_video_id": "",
        "comments": inline_formset([]),
        "social_options": inline_formset([]),
        "extra_hashtags": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)
