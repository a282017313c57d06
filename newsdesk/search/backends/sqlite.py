"""SQLite FTS5: the index holds pre-normalised, stemmed text (newsdesk.search.text), so FTS5's
own tokenizer only splits words; matching, phrases and prefixes are FTS5's.

Each article's FTS5 row id is its publication second followed by its id (`row_key`), so
FTS5's own row order is publication order: visibility, date ranges, newest-first order, its
keyset and the recency boost are read from the row id, with no look-up of another table per
match (at 140k articles a common word matches ~15,000 rows). search_entry maps keys back to
articles and serves the other filters.
"""

import math
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime

from .. import text
from ..documents import Words
from ..query import stemmed
from . import filters

TABLE = "search_fts"
# Headline words weigh four times body words in bm25.
WEIGHTS = (4.0, 1.0)
# Lengths (in characters) of the prefixes FTS5 keeps lists of, beside each word's: a typed prefix
# (query.MIN_PREFIX and up; a four-letter one may stem to three) is then read as one stored list,
# as a word is. Without them FTS5 reads and merges the whole list of every word the prefix
# begins, and bm25 does it again to count the matches, before the first row (measured at 140k:
# 6-11 ms of CPU against 2 ms for `pres*`, `topl*`); each length costs about a third more index.
# Longer prefixes begin fewer words and are merged as before.
PREFIXES = "2 3 4"


def create_sql(table: str = TABLE, prefixes: str | None = PREFIXES) -> str:
    prefix = f", prefix='{prefixes}'" if prefixes else ""
    return f"CREATE VIRTUAL TABLE {table} USING fts5(headline, body, tokenize='unicode61 remove_diacritics 0'{prefix})"


CREATE = create_sql()
# Row key: seconds since 1970, then 24 bits of the article id (unique below 16.7M articles).
ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1


def row_key(published_at: datetime, article_id: int) -> int:
    return (math.floor(published_at.timestamp()) << ID_BITS) | (article_id & ID_MASK)


def first_key(moment: datetime) -> int:
    """The smallest key of an article published at or after `moment` (a whole second)."""
    return math.ceil(moment.timestamp()) << ID_BITS


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


class SqliteBackend:
    def __init__(self, connection):
        self.connection = connection

    def create_structures(self, schema_editor):
        schema_editor.execute(CREATE)
        schema_editor.execute("CREATE UNIQUE INDEX search_entry_row_key ON search_entry (row_key)")

    def drop_structures(self, schema_editor):
        schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")

    def add_periods(self, schema_editor):
        """Nothing to add: FTS5 row ids are in publication order already."""

    def drop_periods(self, schema_editor):
        """As add_periods."""

    def add_lexemes(self, schema_editor):
        """Nothing to add: FTS5 reads a prefix from its own term index."""

    def drop_lexemes(self, schema_editor):
        """As add_lexemes."""

    def add_prefix_index(self, schema_editor):
        """The table again with its prefix lists (PREFIXES), from its own rows: FTS5 cannot add
        them to a table that exists, but it keeps each row's terms, so nothing is stemmed again."""
        self._rebuild(schema_editor, create_sql(TABLE + "_new"))

    def drop_prefix_index(self, schema_editor):
        self._rebuild(schema_editor, create_sql(TABLE + "_new", prefixes=None))

    def _rebuild(self, schema_editor, create: str):
        schema_editor.execute(create)
        schema_editor.execute(f"INSERT INTO {TABLE}_new (rowid, headline, body) SELECT rowid, headline, body FROM {TABLE}")
        schema_editor.execute(f"DROP TABLE {TABLE}")
        schema_editor.execute(f"ALTER TABLE {TABLE}_new RENAME TO {TABLE}")
        schema_editor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")

    def entry_fields(self, document) -> dict:
        return {"row_key": row_key(document.published_at, document.article_id)}

    @staticmethod
    def words(headline: str, body: str, language: str) -> Words:
        """The stemmed terms FTS5 holds (its own tokenizer only splits them)."""
        return Words(" ".join(text.terms(headline, language)), " ".join(text.terms(body, language)))

    def store(self, documents, words) -> None:
        """Call after the entries are written: their row keys are the FTS5 row ids. `words`:
        each document's, in order."""
        rows = [
            (row_key(d.published_at, d.article_id), w.headline, w.text)
            for d, w in zip(documents, words, strict=True)
        ]
        with self.connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {TABLE} (rowid, headline, body) VALUES (%s, %s, %s)", rows)

    def remove(self, article_ids) -> None:
        """Call before the entries are deleted or rewritten: they say which rows are the articles'."""
        with self.connection.cursor() as cursor:
            for start in range(0, len(article_ids), 500):
                chunk = list(article_ids[start : start + 500])
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    f"DELETE FROM {TABLE} WHERE rowid IN (SELECT row_key FROM search_entry WHERE article_id IN ({marks}))",
                    chunk,
                )

    def clear(self) -> None:
        """A new, empty table: deleting every row would leave FTS5 a tombstone for each word."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {TABLE}")
            cursor.execute(CREATE)

    def optimize(self) -> None:
        """Merge the index into one segment after a rebuild (smaller, and one b-tree per word)."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")

    def size(self) -> int:
        """Bytes the word index takes (FTS5's shadow tables)."""
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [TABLE + "%"])
            return cursor.fetchone()[0] or 0

    def newest(self, request) -> list[tuple]:
        """(article id, 0.0, published_at) of a page of matches, newest first, after request.after."""
        if not (built := self._where(request)):
            return []
        where, args = built
        keyset, keyset_params = "", []
        if request.after is not None:
            keyset, keyset_params = " AND f.rowid < %s", [row_key(*request.after)]
        sql = (
            f"SELECT e.article_id, 0.0, e.published_at FROM ("
            f" SELECT f.rowid AS k FROM {where}{keyset} ORDER BY f.rowid DESC LIMIT %s"
            f") h JOIN search_entry e ON e.row_key = h.k ORDER BY h.k DESC"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*args, *keyset_params, request.size])
            return [(pk, score, _utc(when)) for pk, score, when in cursor.fetchall()]

    def key(self, published_at: datetime, article_id: int) -> int:
        return row_key(published_at, article_id)

    def identify(self, key: int) -> tuple[int, datetime]:
        """(article id, published_at to the second) of a row key: all a cursor needs."""
        return key & ID_MASK, datetime.fromtimestamp(key >> ID_BITS, UTC)

    def matches(self, request, bound: int | None, inclusive: bool, size: int) -> list[tuple[int, float]]:
        """Up to `size` scored matches, newest first, at or below `bound`: FTS5 walks its rows
        in row id order and stops at `size`, so only these are scored."""
        if not (built := self._where(request)):
            return []
        where, args = built
        if bound is not None:
            where += " AND f.rowid <= %s" if inclusive else " AND f.rowid < %s"
            args.append(bound)
        sql = f"SELECT f.rowid, {self._score(request)} FROM {where} ORDER BY f.rowid DESC LIMIT %s"
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*args, size])
            return cursor.fetchall()

    def _where(self, request) -> tuple[str, list] | None:
        """FROM and WHERE of the request's matches (visibility, dates, filters); None when the
        clauses leave no term in the languages searched."""
        languages = [request.language] if request.language else list(text.LANGUAGES)
        # Up to the end of the current second; Article.is_public drops the fraction still due.
        conditions, params = ["f.rowid <= %s"], [row_key(request.now, ID_MASK)]
        if request.since is not None:
            conditions.append("f.rowid >= %s")
            params.append(first_key(request.since))
        if request.until is not None:
            conditions.append("f.rowid < %s")
            params.append(first_key(request.until))
        narrowing, narrowing_params = filters.narrowing(request)
        join = " JOIN search_entry e ON e.row_key = f.rowid" if narrowing else ""
        expression = match_expression(request.clauses, languages)
        if not expression:
            return None
        where = f"{TABLE} f{join} WHERE {TABLE} MATCH %s AND {' AND '.join(conditions + narrowing)}"
        return where, [expression, *params, *narrowing_params]

    def _score(self, request) -> str:
        seconds = math.floor(request.scored_at.timestamp())
        age_days = f"max(0.0, ({seconds} - (f.rowid >> {ID_BITS})) / 86400.0)"
        return f"-bm25({TABLE}, {WEIGHTS[0]}, {WEIGHTS[1]}) * (1.0 + 1.0 / (1.0 + {age_days} / {filters.RECENCY_DAYS}))"


def _utc(value) -> datetime:
    """The stored moment (text, or naive by the column's declared type) in UTC, as Django keeps it."""
    moment = parse_datetime(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)
