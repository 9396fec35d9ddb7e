import pytest
import requests

from syndication.sandbox.server import start_sandbox


@pytest.fixture
def sandbox():
    running = start_sandbox(port=0)  # in-memory db, demo accounts seeded
    yield running
    running.shutdown()


@pytest.fixture
def http():
    with requests.Session() as session:
        yield session
