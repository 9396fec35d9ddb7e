"""The sandbox's memory: accounts, posts, Instagram containers, YouTube videos, counters.

One sqlite3 connection behind a lock (`:memory:` needs a single connection anyway).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    token TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    expired INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, external_id)
);
CREATE INDEX IF NOT EXISTS accounts_token ON accounts (token);
CREATE TABLE IF NOT EXISTS posts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    account_id TEXT NOT NULL,
    remote_id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS containers (
    id TEXT PRIMARY KEY,
    ig_user_id TEXT NOT NULL,
    image_url TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    polls INTEGER NOT NULL DEFAULT 0,
    media_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS videos (
    id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category_id TEXT NOT NULL DEFAULT '25',
    tags TEXT NOT NULL DEFAULT '[]',
    default_language TEXT NOT NULL DEFAULT '',
    published_at REAL NOT NULL,
    updated_at REAL,
    updates INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS counters (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
"""

GRAPH_PLATFORMS = ("facebook", "instagram")


class Store:
    def __init__(self, path: str = ":memory:") -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(videos)")}
        if "updates" not in columns:  # a sandbox database from before the count was kept
            self._db.execute("ALTER TABLE videos ADD COLUMN updates INTEGER NOT NULL DEFAULT 0")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _all(self, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self._db.execute(sql, args).fetchall()]

    def _one(self, sql: str, args: tuple = ()) -> dict[str, Any] | None:
        rows = self._all(sql, args)
        return rows[0] if rows else None

    def _run(self, sql: str, args: tuple = ()) -> None:
        with self._lock:
            self._db.execute(sql, args)

    # --- accounts ---

    def add_account(
        self,
        platform: str,
        external_id: str,
        token: str,
        name: str = "",
        username: str = "",
        expired: bool = False,
    ) -> dict[str, Any]:
        self._run(
            "INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?, ?, ?)",
            (platform, external_id, token, name, username, int(expired)),
        )
        return self.account(platform, external_id) or {}

    def account(self, platform: str, external_id: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM accounts WHERE platform = ? AND external_id = ?",
            (platform, external_id),
        )

    def graph_account(self, external_id: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM accounts WHERE platform IN ('facebook', 'instagram') "
            "AND external_id = ?",
            (external_id,),
        )

    def accounts_with_token(self, platforms: tuple[str, ...], token: str) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(platforms))
        return self._all(
            f"SELECT * FROM accounts WHERE platform IN ({marks}) AND token = ?",
            (*platforms, token),
        )

    def accounts(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM accounts ORDER BY platform, external_id")

    # --- ids and counters ---

    def incr(self, key: str, amount: int = 1) -> int:
        with self._lock:
            self._db.execute(
                "INSERT INTO counters VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value",
                (key, amount),
            )
            return self._db.execute("SELECT value FROM counters WHERE key = ?", (key,)).fetchone()[
                0
            ]

    def counter(self, key: str) -> int:
        row = self._one("SELECT value FROM counters WHERE key = ?", (key,))
        return row["value"] if row else 0

    def next_id(self, kind: str, base: int) -> str:
        """Numeric ids shaped like the platform's own, unique across restarts."""
        return str(base + self.incr(f"id:{kind}"))

    # --- posts ---

    def add_post(
        self,
        platform: str,
        account_id: str,
        remote_id: str,
        created_at: float,
        *,
        text: str = "",
        link: str = "",
        image_url: str = "",
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        self._run(
            "INSERT INTO posts (platform, account_id, remote_id, text, link, image_url, extra,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                platform,
                account_id,
                remote_id,
                text,
                link,
                image_url,
                json.dumps(extra or {}),
                created_at,
            ),
        )
        return self.post(remote_id) or {}

    def post(self, remote_id: str, platform: str | None = None) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM posts WHERE remote_id = ?", (remote_id,))
        if row is None or (platform and row["platform"] != platform):
            return None
        row["extra"] = json.loads(row["extra"])
        return row

    def posts(
        self,
        platform: str | None = None,
        account_id: str | None = None,
        limit: int = 1000,
        *,
        older_than: int | None = None,
    ) -> list[dict[str, Any]]:
        """Newest first; `older_than` (a post's seq) continues a listing after that post."""
        sql, args = "SELECT * FROM posts WHERE 1 = 1", []
        if older_than is not None:
            sql += " AND seq < ?"
            args.append(older_than)
        if platform:
            sql += " AND platform = ?"
            args.append(platform)
        if account_id:
            sql += " AND account_id = ?"
            args.append(account_id)
        rows = self._all(sql + " ORDER BY seq DESC LIMIT ?", (*args, limit))
        for row in rows:
            row["extra"] = json.loads(row["extra"])
        return rows

    def count_posts_since(self, platform: str, account_id: str, since: float) -> int:
        row = self._one(
            "SELECT COUNT(*) AS n FROM posts WHERE platform = ? AND account_id = ?"
            " AND created_at >= ?",
            (platform, account_id, since),
        )
        return row["n"] if row else 0

    # --- Instagram containers ---

    def add_container(
        self, container_id: str, ig_user_id: str, image_url: str, caption: str, now: float
    ) -> None:
        self._run(
            "INSERT INTO containers (id, ig_user_id, image_url, caption, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (container_id, ig_user_id, image_url, caption, now),
        )

    def container(self, container_id: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM containers WHERE id = ?", (container_id,))

    def poll_container(self, container_id: str) -> int:
        """Count one status poll; returns how many polls came before this one."""
        with self._lock:
            row = self.container(container_id)
            self._run("UPDATE containers SET polls = polls + 1 WHERE id = ?", (container_id,))
            return row["polls"] if row else 0

    def publish_container(self, container_id: str, media_id: str) -> None:
        self._run("UPDATE containers SET media_id = ? WHERE id = ?", (media_id, container_id))

    # --- YouTube videos ---

    def add_video(
        self,
        video_id: str,
        channel_id: str,
        title: str,
        published_at: float,
        *,
        description: str = "",
        category_id: str = "25",
        tags: list[str] | None = None,
    ) -> dict[str, Any]:
        self._run(
            "INSERT OR REPLACE INTO videos (id, channel_id, title, description, category_id,"
            " tags, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                video_id,
                channel_id,
                title,
                description,
                category_id,
                json.dumps(tags or []),
                published_at,
            ),
        )
        return self.video(video_id) or {}

    def video(self, video_id: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM videos WHERE id = ?", (video_id,))
        if row:
            row["tags"] = json.loads(row["tags"])
        return row

    def videos(self) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM videos ORDER BY COALESCE(updated_at, 0) DESC, id")
        for row in rows:
            row["tags"] = json.loads(row["tags"])
        return rows

    def update_video(self, video_id: str, snippet: dict[str, Any], now: float) -> None:
        self._run(
            "UPDATE videos SET title = ?, description = ?, category_id = ?, tags = ?,"
            " default_language = ?, updated_at = ?, updates = updates + 1 WHERE id = ?",
            (
                snippet["title"],
                snippet.get("description", ""),
                str(snippet["categoryId"]),
                json.dumps(snippet.get("tags") or []),
                snippet.get("defaultLanguage", ""),
                now,
                video_id,
            ),
        )

    # --- reset ---

    def reset(self, everything: bool = False) -> None:
        with self._lock:
            self._db.execute("DELETE FROM posts")
            self._db.execute("DELETE FROM containers")
            self._db.execute("DELETE FROM counters WHERE key NOT LIKE 'id:%'")
            self._db.execute("UPDATE videos SET updated_at = NULL, updates = 0")
            if everything:
                self._db.execute("DELETE FROM accounts")
                self._db.execute("DELETE FROM videos")
