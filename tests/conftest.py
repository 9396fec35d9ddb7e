import pytest


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Each test starts with an empty cache; the prefix keeps other runs' keys apart."""
    from django.core.cache import cache

    cache.clear()
    yield
