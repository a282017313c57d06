"""Plain multi-row INSERTs for the import's own tables (identities, old addresses, article places).

bulk_create builds a model instance per row and compiles its statement anew for every batch; for
rows whose every column the import knows, a prepared `executemany` does the same work for a
fraction of the time. Runs in the caller's transaction.
"""

from django.db import connection


def insert(table: str, columns: tuple[str, ...], rows: list[tuple], conflict: str = "") -> None:
    """Rows into `table`; `conflict` is the unique column an existing row is updated by."""
    if not rows:
        return
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
    if conflict:
        updates = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in columns if c != conflict)
        sql += f" ON CONFLICT ({quote(conflict)}) DO UPDATE SET {updates}"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
