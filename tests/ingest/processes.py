"""Running newsdesk in other processes against the test database (workers, consumers)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db import connection


def database_env(tmp_path: Path) -> dict:
    """Environment for a child process that sees the test database.

    PostgreSQL: the test database itself. SQLite: pytest-django's database lives in this
    process's memory, so it is copied to a file the child opens (read it back with sqlite_file).
    """
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env["NEWSDESK_DATA_DIR"] = str(tmp_path / "data")
    s = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
        env["DATABASE_URL"] = f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    else:
        target = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        env["DATABASE_URL"] = f"sqlite:///{target}"
    return env


def sqlite_file(env: dict) -> str | None:
    url = env["DATABASE_URL"]
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None


def newsdesk(*args: str, env: dict, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsdesk", *args], env=env, **popen)


def count(env: dict, sql: str, *params) -> int:
    """A count from the child's database (the file copy on SQLite, the test database on PostgreSQL)."""
    path = sqlite_file(env)
    if path:
        with sqlite3.connect(path) as db:
            return db.execute(sql, params).fetchone()[0]
    with connection.cursor() as cursor:
        cursor.execute(sql.replace("?", "%s"), params)
        return cursor.fetchone()[0]
