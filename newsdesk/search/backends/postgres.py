"""PostgreSQL full text: a tsvector per entry in the article's own text search configuration
(english, turkish, arabic), a GIN index over it, ts_rank for relevance.

Python folds case and Arabic spelling first (newsdesk.search.text), PostgreSQL stems; dotless ı
is folded to i in the stemmed lexemes, as the SQLite backend does, so both read queries alike.
"""

from .. import text
from ..documents import Words
from ..query import normalised
from . import filters

CONFIGS = text.LANGUAGES
# Lexemes with dotless ı read as with i (after stemming: Turkish suffixes need the ı to stem).
FOLD = "translate({}::text, 'ı', 'i')::{}"


def config(language: str) -> str:
    return CONFIGS.get(language, "english")


def tsquery_text(clauses) -> str:
    """to_tsquery input; words are runs of letters and digits, so quoting cannot make syntax."""
    parts = []
    for clause in clauses:
        if len(clause.words) > 1:
            parts.append("(" + " <-> ".join(f"'{w}'" for w in clause.words) + ")")
        else:
            parts.append(f"'{clause.words[0]}'" + (":*" if clause.prefix else ""))
    return " & ".join(parts)


class PostgresBackend:
    def __init__(self, connection):
        self.connection = connection

    def create_structures(self, schema_editor):
        schema_editor.execute("ALTER TABLE search_entry ADD COLUMN vector tsvector")
        schema_editor.execute("CREATE INDEX search_entry_vector ON search_entry USING gin (vector)")

    def drop_structures(self, schema_editor):
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector")

    def entry_fields(self, document) -> dict:
        return {}

    @staticmethod
    def words(headline: str, body: str, language: str) -> Words:
        """The folded text PostgreSQL stems into the entry's tsvector."""
        return Words(text.normalise(headline, language), text.normalise(body, language))

    def store(self, documents, words) -> None:
        """`words`: each document's, in order."""
        vector = "setweight(to_tsvector(%s::regconfig, %s), 'A') || setweight(to_tsvector(%s::regconfig, %s), 'B')"
        sql = f"UPDATE search_entry SET vector = {FOLD.format('(' + vector + ')', 'tsvector')} WHERE article_id = %s"
        rows = []
        for d, w in zip(documents, words, strict=True):
            cfg = config(d.language)
            rows.append((cfg, w.headline, cfg, w.text, d.article_id))
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def remove(self, article_ids) -> None:
        """Entries carry their own words here: deleting the entry row removes them."""

    def clear(self) -> None:
        """As remove: nothing beside the entry rows."""

    def optimize(self) -> None:
        """Fresh statistics for the planner after a rebuild."""
        with self.connection.cursor() as cursor:
            cursor.execute("ANALYZE search_entry")

    def size(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_entry')")
            return cursor.fetchone()[0] or 0

    def query_sql(self, request) -> tuple[str, list]:
        languages = [request.language] if request.language else list(CONFIGS)
        pieces, params = [], []
        for language in languages:
            source = tsquery_text(normalised(request.clauses, language))
            if source:
                pieces.append(FOLD.format("to_tsquery(%s::regconfig, %s)", "tsquery"))
                params += [config(language), source]
        return " || ".join(pieces), params

    def newest(self, request) -> list[tuple]:
        """(article id, 0.0, published_at) of a page of matches, newest first, after request.after."""
        query, query_params = self.query_sql(request)
        if not query:
            return []
        conditions, params = filters.where(request, self.connection)
        keyset, order, page_params = filters.page(request, self.connection)
        sql = (
            f"WITH q AS (SELECT ({query}) AS query) "
            f"SELECT e.article_id, 0.0::float8, e.published_at FROM search_entry e, q"
            f" WHERE e.vector @@ q.query AND {' AND '.join(conditions)} AND {keyset} ORDER BY {order} LIMIT %s"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*query_params, *params, *page_params, request.size])
            return cursor.fetchall()

    def key(self, published_at, article_id: int) -> tuple:
        return (published_at, article_id)

    def identify(self, key: tuple) -> tuple:
        published_at, article_id = key
        return article_id, published_at

    def matches(self, request, bound: tuple | None, inclusive: bool, size: int) -> list[tuple[tuple, float]]:
        """Up to `size` scored matches, newest first, at or below `bound`: the newest are
        chosen first (top-N by date), and only they are ranked."""
        query, query_params = self.query_sql(request)
        if not query:
            return []
        conditions, params = filters.where(request, self.connection)
        if bound is not None:
            conditions.append(f"(e.published_at, e.article_id) {'<=' if inclusive else '<'} (%s, %s)")
            params += [self.connection.ops.adapt_datetimefield_value(bound[0]), bound[1]]
        age = "greatest(0.0, extract(epoch FROM (%s - w.published_at)) / 86400.0)"
        boost = f"(1.0 + 1.0 / (1.0 + {age} / {filters.RECENCY_DAYS}))"
        sql = (
            f"WITH q AS (SELECT ({query}) AS query) "
            f"SELECT w.article_id, w.published_at, (ts_rank(w.vector, q.query) * {boost})::float8 FROM ("
            f" SELECT e.article_id, e.published_at, e.vector FROM search_entry e, q"
            f" WHERE e.vector @@ q.query AND {' AND '.join(conditions)}"
            f" ORDER BY e.published_at DESC, e.article_id DESC LIMIT %s"
            f") w, q ORDER BY w.published_at DESC, w.article_id DESC"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*query_params, request.scored_at, *params, size])
            rows = cursor.fetchall()
        return [((when, pk), score) for pk, when, score in rows]
