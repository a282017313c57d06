"""Plain INSERTs for the import's rows (articles, identities, old addresses, article places).

bulk_create builds a model instance per row and compiles its statement anew for every batch; for
rows whose every column the import knows, a prepared `executemany` does the same work for a
fraction of the time. Runs in the caller's transaction.
"""

from django.db import connection


def insert(table: str, columns: tuple[str, ...], rows: list[tuple], conflict: str = "") -> None:
    """Rows into `table`; `conflict` is the unique column an existing row is updated by."""
    if not rows:
        return
    sql = insert_sql(table, columns)
    if conflict:
        quote = connection.ops.quote_name
        updates = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in columns if c != conflict)
        sql += f" ON CONFLICT ({quote(conflict)}) DO UPDATE SET {updates}"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def insert_new(table: str, columns: tuple[str, ...], rows: list[tuple]) -> list[int]:
    """Rows into a table whose `id` the database numbers; their ids, in order (the rows written
    after them, places and identities, point at them). Inside a transaction only."""
    if not rows:
        return []
    if not connection.in_atomic_block:
        raise RuntimeError("insert_new runs inside a transaction: SQLite's ids are only safe there")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # From the table's own sequence: never handed out twice, whoever else is writing.
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                           [table, len(rows)])
            ids = [row[0] for row in cursor.fetchall()]
            numbered = list(zip(ids, rows, strict=True))
        else:
            # The id column is AUTOINCREMENT (a new id is above every id ever used) and the first
            # insert holds the write lock until the transaction ends: every id above it is free.
            cursor.execute(insert_sql(table, columns), rows[0])
            ids = list(range(cursor.lastrowid, cursor.lastrowid + len(rows)))
            numbered = list(zip(ids[1:], rows[1:], strict=True))
        cursor.executemany(insert_sql(table, ("id", *columns)), [(pk, *row) for pk, row in numbered])
    return ids


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    return f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
