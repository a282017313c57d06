"""SQLite FTS5: the index holds pre-normalised, stemmed text (newsdesk.search.text), so FTS5's
own tokenizer only splits words; matching, phrases and prefixes are FTS5's."""

from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime

from .. import text
from ..query import stemmed
from . import filters

TABLE = "search_fts"
# Headline words weigh four times body words in bm25.
WEIGHTS = (4.0, 1.0)


def match_expression(clauses, languages) -> str:
    """FTS5 query text: the whole query in each language's terms, any language matching.
    Terms are runs of letters and digits only, so quoting them can never make syntax."""
    alternatives = []
    for language in languages:
        parts = []
        for clause in stemmed(clauses, language):
            quoted = '"' + " ".join(clause.words) + '"'
            parts.append(quoted + ("*" if clause.prefix else ""))
        expression = " AND ".join(parts)
        if expression and expression not in alternatives:
            alternatives.append(expression)
    return " OR ".join(f"({a})" for a in alternatives)


def julian_day(moment) -> float:
    return moment.timestamp() / 86400.0 + 2440587.5


class SqliteBackend:
    def __init__(self, connection):
        self.connection = connection

    def create_structures(self, schema_editor):
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {TABLE} USING fts5(headline, body, tokenize='unicode61 remove_diacritics 0')"
        )

    def drop_structures(self, schema_editor):
        schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")

    def store(self, documents) -> None:
        rows = [
            (d.article_id, " ".join(text.terms(d.headline, d.language)), " ".join(text.terms(d.text, d.language)))
            for d in documents
        ]
        with self.connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(r[0],) for r in rows])
            cursor.executemany(f"INSERT INTO {TABLE} (rowid, headline, body) VALUES (%s, %s, %s)", rows)

    def remove(self, article_ids) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(i,) for i in article_ids])

    def clear(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    def size(self) -> int:
        """Bytes the word index takes (FTS5's shadow tables)."""
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [TABLE + "%"])
            return cursor.fetchone()[0] or 0

    def find(self, request) -> list[tuple]:
        languages = [request.language] if request.language else list(text.LANGUAGES)
        expression = match_expression(request.clauses, languages)
        if not expression:
            return []
        conditions, params = filters.where(request, self.connection)
        relevance = f"-bm25({TABLE}, {WEIGHTS[0]}, {WEIGHTS[1]})" if not request.by_date else "0.0"
        boost = f"(1.0 + 1.0 / (1.0 + max(0.0, %s - julianday(e.published_at)) / {filters.RECENCY_DAYS}))"
        keyset, order, page_params = filters.page(request, self.connection)
        sql = (
            f"SELECT article_id, score, published_at FROM ("
            f" SELECT e.article_id, e.published_at, {relevance} * {boost} AS score"
            f" FROM {TABLE} f JOIN search_entry e ON e.article_id = f.rowid"
            f" WHERE {TABLE} MATCH %s AND {' AND '.join(conditions)}"
            f") WHERE {keyset} ORDER BY {order} LIMIT %s"
        )
        args = [julian_day(request.scored_at), expression, *params, *page_params, request.size]
        with self.connection.cursor() as cursor:
            cursor.execute(sql, args)
            return self._hits(cursor)

    def _hits(self, cursor) -> list[tuple]:
        return [(pk, score, _utc(when)) for pk, score, when in cursor.fetchall()]


def _utc(value) -> datetime:
    """The stored moment (text, or naive by the column's declared type) in UTC, as Django keeps it."""
    moment = parse_datetime(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)
