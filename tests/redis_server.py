"""pytest plugin: give the session a Redis when REDIS_URL is not set.

It must run before pytest-django loads the settings, which read REDIS_URL,
hence a wrapper around pytest_load_initial_conftests.
"""

import os

import pytest

from devtools.redis_server import EphemeralRedis

_server: EphemeralRedis | None = None


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    global _server
    if not os.environ.get("REDIS_URL"):
        _server = EphemeralRedis()
        os.environ["REDIS_URL"] = _server.url
    return (yield)


def pytest_unconfigure(config):
    if _server is not None:
        _server.stop()
