"""The shared interface: the factory, the error classes and the marker search."""

import pytest

from syndication.platforms import (
    NeedsReauth,
    Permanent,
    Platform,
    RateLimited,
    Transient,
    UnknownOutcome,
    platform_for,
)
from syndication.platforms.base import error_for_status, mentions_marker
from tests.support.platforms import credentials


@pytest.mark.parametrize("name", ["facebook", "instagram", "x", "youtube"])
def test_the_factory_builds_a_client_for_each_platform(name):
    client = platform_for(credentials(name))

    assert isinstance(client, Platform)
    assert client.name == name


def test_the_factory_refuses_an_unknown_platform():
    with pytest.raises(ValueError, match="Platform tidak dikenal"):
        platform_for(credentials("tiktok"))


@pytest.mark.parametrize(
    ("status", "write", "expected"),
    [
        (401, False, NeedsReauth),
        (429, False, RateLimited),
        (500, False, Transient),
        (500, True, UnknownOutcome),
        (400, True, Permanent),
    ],
)
def test_bare_statuses_map_to_one_retry_policy(status, write, expected):
    assert type(error_for_status(status, write=write)) is expected


def test_only_permanent_and_reauth_errors_are_not_retried():
    assert not Permanent().retryable
    assert not NeedsReauth().retryable
    assert all(cls().retryable for cls in (Transient, RateLimited, UnknownOutcome))


def test_every_error_explains_itself_to_editors_in_indonesian():
    assert NeedsReauth().message == "Token akses kedaluwarsa; hubungkan ulang akun."
    assert RateLimited(retry_after=0).retry_after >= 1


def test_the_marker_does_not_match_a_longer_syndication_id():
    assert mentions_marker({"a": ["x?utm_content=42&y=1"]}, "utm_content=42")
    assert not mentions_marker({"a": ["x?utm_content=421"]}, "utm_content=42")
