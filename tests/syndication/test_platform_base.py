"""The shared interface: the factory, the error classes and the marker search."""

import pytest
import requests

from syndication.platforms import (
    NeedsReauth,
    Permanent,
    Platform,
    RateLimited,
    Transient,
    UnknownOutcome,
    platform_for,
)
from syndication.platforms.base import (
    error_for_status,
    error_for_transport,
    mentions_marker,
    with_read_retries,
)
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


def answers(*outcomes):
    """A call that raises or returns each outcome in turn, counting how often it was made."""
    made = []

    def call():
        outcome = outcomes[len(made)]
        made.append(outcome)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return call, made


def test_a_read_answered_with_a_server_error_is_asked_again(monkeypatch):
    monkeypatch.setattr("syndication.platforms.base.time.sleep", lambda seconds: None)
    call, made = answers(Transient(code=503), "ok")

    assert with_read_retries(call, write=False) == "ok"
    assert len(made) == 2


@pytest.mark.parametrize(
    ("failure", "write"),
    [
        (
            error_for_transport(requests.ReadTimeout("slow"), write=False, connect_failed=False),
            False,
        ),
        (Transient(code=503), True),
    ],
    ids=["a read that got no answer", "a write"],
)
def test_a_write_or_an_unanswered_read_is_never_repeated_at_once(failure, write):
    call, made = answers(failure, "ok")

    with pytest.raises(Transient):
        with_read_retries(call, write=write)
    assert len(made) == 1
