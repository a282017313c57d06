"""SQLite's write-ahead log copied into the database file beside the import, not inside its commits.

SQLite checkpoints in the commit that takes the log past its limit (1,000 pages), and a checkpoint
waits for the disk twice (fsync): an import's batch writes more than that, so nearly every commit
waited (about 1 s per 15,000 posts on a plain virtual disk). During the import the log is
checkpointed by a thread of its own, on its own connection, right after each batch commits;
sqlite3 lets go of the GIL while it waits, so the importer reads and prepares the next batch
meanwhile. The next batch begins once that checkpoint is done, so the log holds one batch at most
and is restarted from its beginning each time. PostgreSQL and other SQLite journal modes are
left as they are.
"""

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor

from django.db import connection


class Checkpoints:
    """`with Checkpoints() as checkpoints:` then `ready()` before each batch's transaction and
    `committed()` after it."""

    def __init__(self, database=connection) -> None:
        self.connection = database  # a Django connection: the import's
        self.pool: ThreadPoolExecutor | None = None
        self.running: Future | None = None
        self.database = ""
        self.limit = 0  # the connection's own wal_autocheckpoint, given back at the end
        self.log: sqlite3.Connection | None = None

    def __enter__(self) -> "Checkpoints":
        if self.connection.vendor != "sqlite":
            return self
        with self.connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            if cursor.fetchone()[0].lower() != "wal":
                return self
            cursor.execute("PRAGMA wal_autocheckpoint")
            self.limit = cursor.fetchone()[0]
            cursor.execute("PRAGMA wal_autocheckpoint = 0")
        self.database = str(self.connection.settings_dict["NAME"])
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checkpoints")
        return self

    def committed(self) -> None:
        if self.pool is not None:
            self.running = self.pool.submit(self.checkpoint)

    def ready(self) -> None:
        """Wait for the checkpoint of the last batch (usually done already)."""
        if self.running is not None:
            self.running.result()
            self.running = None

    def checkpoint(self) -> None:
        if self.log is None:
            self.log = sqlite3.connect(self.database, timeout=20, check_same_thread=False)
        # PASSIVE: never waits for the importer's reads or holds up its writes.
        self.log.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def __exit__(self, kind, error, trace) -> None:
        if self.pool is None:
            return
        try:
            self.ready()
        finally:
            self.pool.submit(self.close).result()
            self.pool.shutdown()
            with self.connection.cursor() as cursor:
                cursor.execute(f"PRAGMA wal_autocheckpoint = {int(self.limit)}")

    def close(self) -> None:
        if self.log is not None:
            self.log.close()
