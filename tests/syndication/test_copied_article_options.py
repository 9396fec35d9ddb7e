"""A copy of an article starts with no social options: its posts are a fresh choice."""

import pytest

from news.factories import ArticlePageFactory
from syndication.options import ExtraHashtags, SocialOption

pytestmark = pytest.mark.django_db


def test_a_copy_has_neither_the_originals_texts_skips_nor_hashtags():
    original = ArticlePageFactory()
    original.social_options.add(SocialOption(platform="x", text="Teks khusus X {url}"))
    original.social_options.add(SocialOption(platform="facebook", skip=True))
    original.extra_hashtags.add(ExtraHashtags(hashtags="#Kapuas"))
    original.save_revision().publish()

    copy = original.copy(
        update_attrs={"slug": "salinan", "title": "Salinan"}, keep_live=False
    ).specific

    assert list(copy.social_options.all()) == []
    assert list(copy.extra_hashtags.all()) == []
    latest = copy.get_latest_revision_as_object()
    assert (list(latest.social_options.all()), list(latest.extra_hashtags.all())) == ([], [])
    assert SocialOption.objects.filter(page=original).count() == 2
