"""A Facebook account on an HTTP-level fake of the Graph API, and rows to post through it."""

import re

import pytest
import responses

from syndication.factories import FAKE_GRAPH, SocialAccountFactory
from syndication.models import Syndication
from syndication.platforms.graph import GRAPH_API_VERSION
from syndication.rows import create_syndications

FEED = re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/\d+/feed")
POST = re.compile(rf"{FAKE_GRAPH}/{GRAPH_API_VERSION}/\d+_\d+")


@pytest.fixture
def facebook():
    return SocialAccountFactory(platform="facebook", external_id="1001")


@pytest.fixture
def feed():
    """The Page feed's URL pattern, where a post is sent."""
    return FEED


@pytest.fixture
def graph():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(POST, json={"permalink_url": "https://facebook.test/1001/posts/77"})
        yield mock


@pytest.fixture
def row_for():
    """The row that publishing `article` creates for `account`."""

    def row(article, account):
        (row_id,) = [
            pk
            for pk in create_syndications(article.pk)
            if Syndication.objects.get(pk=pk).account_id == account.pk
        ]
        return Syndication.objects.get(pk=row_id)

    return row


@pytest.fixture
def posts_sent(graph):
    """The bodies of the posts the fake Graph API received."""
    return lambda: [call.request.body for call in graph.calls if call.request.method == "POST"]
