import pytest
import requests


@pytest.fixture
def http():
    with requests.Session() as session:
        yield session
