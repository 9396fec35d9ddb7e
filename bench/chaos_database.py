"""A fresh, migrated PostgreSQL database for each `make chaos` run, in seconds.

Migrating an empty database takes a minute or two on a busy machine, so the migrations
run on `<name>_chaos_template` (only new ones after the first time), and each run gets
`<name>_chaos` as a copy of it (CREATE DATABASE … TEMPLATE), with no rows of any earlier
run for the sweeper to find.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def database_url(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def fresh_database(url: str, *, redis_url: str, log=print) -> str:
    """The URL of a new, empty, migrated database on the server `url` points at."""
    parts = urlsplit(url)
    if parts.scheme not in POSTGRES_SCHEMES:
        raise SystemExit(
            "make chaos runs on PostgreSQL, as production does: set DATABASE_URL, for example "
            "postgres://postgres@127.0.0.1:5432/mmc (its server gets <name>_chaos databases)"
        )
    import psycopg
    from psycopg import sql

    name = parts.path.lstrip("/") or "mmc"
    template, run = f"{name}_chaos_template", f"{name}_chaos"
    admin = database_url(url, "postgres")
    with psycopg.connect(admin, autocommit=True) as db:
        exists = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone()
        if not exists:
            db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(template)))
    log(f"  migrating {template} …")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "DATABASE_URL": database_url(url, template),
            "DJANGO_SETTINGS_MODULE": "mmc.settings.dev",
            "REDIS_URL": redis_url,  # the run's own Redis, never a shared one
        },
        check=True,
    )
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(run)))
        db.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(run), sql.Identifier(template)
            )
        )
    log(f"  {run}: a fresh copy of {template}")
    return database_url(url, run)
