"""Existing social options survive their move from ArticlePage's columns into syndication."""

import pytest

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from syndication.options import ExtraHashtags, SocialOption

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COLUMNS_STILL_THERE = [
    ("news", "0008_daily_views_covering_index"),
    ("syndication", "0006_drop_caption_template_columns"),
]
COLUMNS_MOVED = [
    ("news", "0009_remove_article_social_options"),
    ("syndication", "0007_article_social_options"),
]


def options_of(page_id):
    return {
        option.platform: (option.text, option.skip)
        for option in SocialOption.objects.filter(page_id=page_id)
    }


def test_the_columns_move_into_options_and_back_with_every_revision(migrate_to):
    article = ArticlePageFactory()
    SocialOption.objects.create(page=article, platform="facebook", text="Teks Facebook")
    ExtraHashtags.objects.create(page=article, hashtags="#Kapuas")
    untouched = ArticlePageFactory()
    article.social_options.add(SocialOption(platform="x", skip=True))
    draft = article.save_revision()

    old = migrate_to(COLUMNS_STILL_THERE).get_model("news", "ArticlePage")
    assert old.objects.filter(pk=article.pk).values(
        "facebook_text", "skip_facebook", "skip_x", "social_hashtags"
    ).get() == {
        "facebook_text": "Teks Facebook",
        "skip_facebook": False,
        "skip_x": False,
        "social_hashtags": "#Kapuas",
    }
    draft.refresh_from_db()
    assert draft.content["skip_x"] is True and "social_options" not in draft.content

    old.objects.filter(pk=article.pk).update(
        instagram_text="Teks Instagram", skip_youtube=True, x_text="Teks X"
    )
    migrate_to(COLUMNS_MOVED)

    assert options_of(article.pk) == {
        "facebook": ("Teks Facebook", False),
        "instagram": ("Teks Instagram", False),
        "x": ("Teks X", False),
        "youtube": ("", True),
    }
    assert ExtraHashtags.objects.get(page_id=article.pk).hashtags == "#Kapuas"
    assert options_of(untouched.pk) == {}
    assert not ExtraHashtags.objects.filter(page_id=untouched.pk).exists()
    draft.refresh_from_db()
    in_draft = draft.as_object()
    assert {(o.platform, o.text, o.skip) for o in in_draft.social_options.all()} == {
        ("facebook", "Teks Facebook", False),
        ("x", "", True),
    }
    assert [row.hashtags for row in in_draft.extra_hashtags.all()] == ["#Kapuas"]
    assert ArticlePage.objects.get(pk=article.pk).social_options.count() == 4
