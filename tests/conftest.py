import os
from datetime import datetime

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from core.redis import get_redis
from core.roles import needs_two_factor
from syndication.sandbox.server import start_sandbox
from tests.support.people import PASSWORD, PEOPLE
from tests.support.two_factor import enrolled_device, mark_verified


def pinned_moment() -> datetime | None:
    moment = os.environ.get("MMC_TEST_CLOCK")
    return datetime.fromisoformat(moment) if moment else None


def pytest_configure(config):
    moment = pinned_moment()
    if moment and moment.tzinfo is None:
        raise pytest.UsageError("MMC_TEST_CLOCK needs its offset, e.g. 2026-11-30T00:10+07:00")


def pytest_report_header(config):
    if moment := pinned_moment():
        return f"clock: every test starts at {moment.isoformat()} (MMC_TEST_CLOCK)"
    return None


@pytest.fixture(autouse=True)
def _pinned_clock(request):
    """With MMC_TEST_CLOCK (an ISO moment with its offset) every test starts at that moment.

    The clock keeps ticking from there, as workers, the sandbox and retries need. `make
    test-clock` runs the `clock` tests at the moments where a WIB day and a month turn over.
    A test that pins its own moment (`@pytest.mark.time_machine`) keeps it. Browser tests keep
    the real clock, as Chromium does: it would drop a session cookie whose expiry the server
    computed at a pinned moment more than two weeks back.
    """
    moment = pinned_moment()
    own_clock = any(request.node.get_closest_marker(name) for name in ("time_machine", "e2e"))
    if not moment or own_clock:
        yield
        return
    with time_machine.travel(moment, tick=True):
        yield


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Each test starts with an empty cache and no pending view counters.

    Both live in Redis, outside the test's database transaction.
    """
    client = get_redis()
    # Only this run's keys: cache.clear() would FLUSHDB a Redis that others may share.
    prefixes = [settings.CACHES[alias]["KEY_PREFIX"] for alias in settings.CACHES]
    keys = [
        *(f"{prefix}:*" for prefix in prefixes),
        *("mmc:views:*", "mmc:bucket:*", "mmc:metrics:*", "mmc:throttle:*"),
    ]
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
def people(django_user_model):
    """One user per role, each only in its group (no superusers): people["Redaktur"]."""
    users = {}
    for role, (username, first_name, last_name) in PEOPLE.items():
        user = django_user_model.objects.create_user(
            username=username,
            password=PASSWORD,
            email=f"{username}@mmc.kalteng.go.id",
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(Group.objects.get(name=role))
        users[role] = user
    return users


@pytest.fixture
def login(people):
    """A logged-in admin client for a user, or for the person holding a role: login("Analis").

    A Redaktur or Administrator also has an authenticator app and has given its code, as
    the admin requires of them (tests/accounts test the second step itself).
    """

    def client_for(user_or_role) -> Client:
        user = people[user_or_role] if isinstance(user_or_role, str) else user_or_role
        client = Client()
        client.force_login(user)
        if needs_two_factor(user):
            mark_verified(client, enrolled_device(user))
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


@pytest.fixture(autouse=True)
def _no_attempt_left_in_flight(request):
    """No test may end with a syndication row `in_flight`: whatever the platform answered or
    raised, an attempt ends with a status the sweeper or an editor can act on. Tests that
    stage a worker dying mid-post say so with `@pytest.mark.stages_in_flight`.

    Pending and unknown rows are left alone here: each has a way out by design (the sweeper
    takes a pending row nobody claimed and reconciles an unknown one), and `make chaos`
    drives every row of a run to its end and counts the ones that did not get there.
    """
    marked_db = request.node.get_closest_marker("django_db")
    if not (marked_db or {"db", "transactional_db"} & set(request.fixturenames)):
        yield
        return
    if marked_db:
        request.getfixturevalue("_django_db_helper")  # set up first, so torn down after
    yield
    if request.node.get_closest_marker("stages_in_flight"):
        return
    from syndication.models import Syndication

    stuck = Syndication.objects.filter(status=Syndication.Status.IN_FLIGHT)
    assert not stuck.exists(), f"rows left in_flight: {list(stuck.values_list('pk', flat=True))}"
