"""Counters kept in rows (day counts, hourly views): add to one in a single statement.

INSERT … ON CONFLICT … DO UPDATE exists on SQLite and PostgreSQL alike, and is atomic under
concurrent writers: no read-modify-write, no lost update.
"""

from django.db import connection


def add(model, key: dict, field: str, n: int, start: int | None = None) -> None:
    """Add `n` to `field` of the row of `model` identified by `key` (column: value, values already
    in the database's form), creating the row with `start` (default `n`) when there is none."""
    quote = connection.ops.quote_name
    table, column = quote(model._meta.db_table), quote(field)
    names = [quote(name) for name in key]
    cursor_params = [*key.values(), n if start is None else start, n]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(names)}, {column}) VALUES ({', '.join(['%s'] * (len(names) + 1))}) "
            f"ON CONFLICT ({', '.join(names)}) DO UPDATE SET {column} = {table}.{column} + %s",
            cursor_params,
        )
