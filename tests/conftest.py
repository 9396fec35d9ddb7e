import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from core.redis import get_redis
from syndication.sandbox.server import start_sandbox


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Each test starts with an empty cache and no pending view counters.

    Both live in Redis, outside the test's database transaction.
    """
    client = get_redis()
    # Only this run's keys: cache.clear() would FLUSHDB a Redis that others may share.
    prefixes = [settings.CACHES[alias]["KEY_PREFIX"] for alias in settings.CACHES]
    keys = [*(f"{prefix}:*" for prefix in prefixes), "mmc:views:*", "mmc:bucket:*", "mmc:metrics:*"]
    for pattern in keys:
        for key in client.scan_iter(pattern):
            client.delete(key)
    yield


@pytest.fixture
def reader(client):
    """A browser a person would use (bots and scripts are not counted)."""
    client.defaults["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0 Mobile Safari/537.36"
    )
    return client


@pytest.fixture
def as_role(django_user_model):
    """A logged-in admin client for a fresh user holding only the given role (group)."""

    def client_for(role):
        user = django_user_model.objects.create_user(username=f"u-{role}", password="x")
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.force_login(user)
        return client

    return client_for


@pytest.fixture
def sandbox():
    """The platform sandbox on a free port, with an in-memory store and the demo accounts."""
    running = start_sandbox(port=0)
    try:
        yield running
    finally:
        running.shutdown()


@pytest.fixture
def migrate_to():
    """Migrate the test database to some migrations; the models as they were there.

    Afterwards the database goes back to every app's latest migration, so a migration
    test leaves the schema as the next test expects it, whatever it migrated back.
    """
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    def migrate(targets):
        MigrationExecutor(connection).migrate(targets)
        return MigrationExecutor(connection).loader.project_state(targets).apps

    yield migrate
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
