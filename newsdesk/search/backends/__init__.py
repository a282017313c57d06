"""One interface, a backend per database: chosen by the connection's vendor, never by a view."""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection as default_connection

from .postgres import PostgresBackend
from .sqlite import SqliteBackend

_BY_VENDOR = {"sqlite": SqliteBackend, "postgresql": PostgresBackend}


def for_connection(connection=None):
    connection = connection or default_connection
    try:
        return _BY_VENDOR[connection.vendor](connection)
    except KeyError:
        # newsdesk runs on SQLite and PostgreSQL only (settings refuse other DATABASE_URLs).
        raise ImproperlyConfigured(f"newsdesk search has no backend for {connection.vendor}") from None


def words_for(vendor: str):
    """The function (headline, text, language) -> Words of a database vendor's backend: pure, so
    it runs where no connection is (the import's converting process)."""
    return _BY_VENDOR[vendor].words
