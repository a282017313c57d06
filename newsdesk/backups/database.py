"""A consistent copy of the database while the site runs, and putting one back.

SQLite: the online backup API copies pages under the database's own locks, so writers go on and
the copy is one moment of the database. PostgreSQL: pg_dump, inside a snapshot we export, so
the row counts we record describe exactly what was dumped.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.db import connection, transaction

SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"


class BackupError(Exception):
    """A backup or restore that cannot be done, with the reason in words."""


def row_counts(using_cursor) -> dict[str, int]:
    counts = {}
    for model in apps.get_models():
        table = connection.ops.quote_name(model._meta.db_table)
        using_cursor.execute(f"SELECT COUNT(*) FROM {table}")
        counts[model._meta.label] = using_cursor.fetchone()[0]
    return counts


def dump(folder: Path) -> dict[str, int]:
    """The database copied into `folder`; returns the copy's row count per model."""
    if connection.vendor == "sqlite":
        return _dump_sqlite(folder / SQLITE_FILE)
    if connection.vendor == "postgresql":
        return _dump_postgres(folder / POSTGRES_FILE)
    raise BackupError(f"backups of a {connection.vendor} database are not supported")


def _dump_sqlite(target: Path) -> dict[str, int]:
    source = sqlite3.connect(connection.settings_dict["NAME"], timeout=20)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        return row_counts(copy.cursor())
    finally:
        copy.close()
        source.close()


def _dump_postgres(target: Path) -> dict[str, int]:
    pg_dump = _tool("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = row_counts(cursor)
        # The dump reads the snapshot this transaction holds open: the same rows we counted.
        _run([pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
              "--file", str(target)])
    return counts


def load(folder: Path, vendor: str) -> None:
    """The copy in `folder` put into this site's (empty) database."""
    if vendor != connection.vendor:
        raise BackupError(f"this backup holds a {vendor} database; this site uses {connection.vendor}")
    if vendor == "sqlite":
        name = Path(connection.settings_dict["NAME"])
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{name}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(folder / SQLITE_FILE, name)
    else:
        _run([_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", "--dbname", _conninfo(), str(folder / POSTGRES_FILE)])


def is_empty() -> bool:
    return not connection.introspection.table_names()


def clear() -> None:
    """Every table gone (for restore --force)."""
    if connection.vendor == "sqlite":
        connection.close()
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return path


def _conninfo() -> str:
    s = connection.settings_dict
    parts = {"host": s.get("HOST"), "port": s.get("PORT"), "user": s.get("USER"), "dbname": s["NAME"]}
    return " ".join(f"{k}={v}" for k, v in parts.items() if v)


def _run(command: list[str]) -> None:
    if command[0].endswith("pg_dump"):
        command = [*command, "--dbname", _conninfo()]
    env = {**os.environ, "PGPASSWORD": connection.settings_dict.get("PASSWORD") or ""}
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
