"""PostgreSQL full text: a tsvector per entry in the article's own text search configuration
(english, turkish, arabic), one GIN index over the entry's week of publication and its
tsvector, ts_rank for relevance. Matches are read newest weeks first (newsdesk.search.periods),
so a window costs about the rows it holds, not every match in the archive.

Python folds case and Arabic spelling first (newsdesk.search.text), PostgreSQL stems; dotless ı
is folded to i in the stemmed lexemes, as the SQLite backend does, so both read queries alike.
"""

from .. import periods, prefixes, text
from ..documents import Words
from ..query import normalised
from . import filters

CONFIGS = text.LANGUAGES
# Lexemes with dotless ı read as with i (after stemming: Turkish suffixes need the ı to stem).
FOLD = "translate({}::text, 'ı', 'i')::{}"
# The words' index, with the week of publication.
PERIOD_WORDS = "search_entry_period_vector"
# Every lexeme of the entries' tsvectors (newsdesk.search.prefixes), in code point order.
LEXEMES = "search_lexeme"


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

    def add_periods(self, schema_editor):
        """Each entry's week of publication, in one GIN index with the words, so that a span of
        weeks and the words are intersected inside the index. The week is stored as a
        one-element array: GIN indexes arrays without an extension (a plain integer would need
        btree_gin), and `&&` names a span's weeks as one key, where `= ANY` or a range on an
        integer column makes the planner read every match of the words or every older week."""
        schema_editor.execute(
            f"ALTER TABLE search_entry ADD COLUMN period integer[] GENERATED ALWAYS AS (ARRAY[{periods.SQL}]) STORED"
        )
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector")
        schema_editor.execute(f"CREATE INDEX {PERIOD_WORDS} ON search_entry USING gin (period, vector)")

    def drop_periods(self, schema_editor):
        schema_editor.execute("ALTER TABLE search_entry DROP COLUMN period")  # and its index
        schema_editor.execute("CREATE INDEX IF NOT EXISTS search_entry_vector ON search_entry USING gin (vector)")

    def add_lexemes(self, schema_editor):
        """The table prefixes are completed from, filled from the entries already indexed."""
        schema_editor.execute(f'CREATE TABLE {LEXEMES} (lexeme text COLLATE "C" PRIMARY KEY)')
        schema_editor.execute(f"INSERT INTO {LEXEMES} SELECT word FROM ts_stat('SELECT vector FROM search_entry')")

    def drop_lexemes(self, schema_editor):
        schema_editor.execute(f"DROP TABLE {LEXEMES}")

    def add_prefix_index(self, schema_editor):
        """Nothing to add: prefixes are completed to the lexemes' table (add_lexemes)."""

    def drop_prefix_index(self, schema_editor):
        """As add_prefix_index."""

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
        # New lexemes in key order: two writers adding the same new words in one statement each
        # wait for the other's commit in the same order, never for each other.
        lexemes = (
            f"INSERT INTO {LEXEMES} (lexeme) SELECT DISTINCT w FROM search_entry, unnest(tsvector_to_array(vector)) w"
            " WHERE article_id = ANY(%s) ORDER BY w ON CONFLICT DO NOTHING"
        )
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)
            cursor.execute(lexemes, [[d.article_id for d in documents]])

    def remove(self, article_ids) -> None:
        """Entries carry their own words here: deleting the entry row removes them. Their
        lexemes stay until a rebuild: a prefix completed to a word no entry holds any more
        finds nothing by it, so results are the same."""

    def clear(self) -> None:
        """As remove: the lexemes stay while the entries are rebuilt (deleting them would lock
        every word's row, and hold up each publication until the rebuild commits)."""

    def optimize(self) -> None:
        """After a rebuild: the lexemes no entry holds any more go, and the planner gets fresh
        statistics."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {LEXEMES} WHERE lexeme NOT IN (SELECT word FROM ts_stat('SELECT vector FROM search_entry'))"
            )
            cursor.execute("ANALYZE search_entry")
            cursor.execute(f"ANALYZE {LEXEMES}")

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

    def match_sql(self, request) -> tuple[str, list] | None:
        """The query for `@@`, its prefixes completed to the index's own words (ts_rank keeps
        query_sql's prefixes, so the scores are the same); None when no prefix was completed, ""
        when a prefix completes to no word in every language (nothing matches)."""
        languages = [request.language] if request.language else list(CONFIGS)
        clauses = {language: normalised(request.clauses, language) for language in languages}
        completed = self._completions({(language, c.words[0]) for language in languages for c in clauses[language] if c.prefix})
        if not any(words is not None for words in completed.values()):
            return None
        pieces, params = [], []
        for language in languages:
            words = [completed.get((language, c.words[0])) if c.prefix else None for c in clauses[language]]
            if any(w == [] for w in words):
                continue  # a prefix no word of the index starts with: nothing in this language
            kept = tsquery_text([c for c, w in zip(clauses[language], words, strict=True) if w is None])
            parts = [FOLD.format("to_tsquery(%s::regconfig, %s)", "tsquery")] if kept else []
            params += [config(language), kept] if kept else []
            for w in words:
                if w is not None:
                    parts.append("%s::tsquery")
                    params.append(prefixes.any_of(w))
            if parts:
                pieces.append("(" + " && ".join(parts) + ")")
        return " || ".join(pieces), params

    def _completions(self, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], list[str] | None]:
        """The lexemes each (language, prefix) stands for, or None where it stays a partial
        match (a stop word, a word the parser splits, more than prefixes.MOST words)."""
        wanted = sorted(wanted)
        if not wanted:
            return {}
        stemmed = ", ".join(["translate(to_tsquery(%s::regconfig, %s)::text, 'ı', 'i')"] * len(wanted))
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT {stemmed}", [v for lang, word in wanted for v in (config(lang), f"'{word}':*")])
            stems = [prefixes.stem(t) for t in cursor.fetchone()]
        distinct = sorted({s for s in stems if s})
        found: dict[str, list[str]] = {s: [] for s in distinct}
        if distinct:
            branches, params = [], []
            for i, stem in enumerate(distinct):
                after = prefixes.following(stem)
                branches.append(
                    f"(SELECT %s, lexeme FROM {LEXEMES} WHERE lexeme >= %s{' AND lexeme < %s' if after else ''}"
                    " ORDER BY lexeme LIMIT %s)"
                )
                params += [i, stem, *([after] if after else []), prefixes.MOST + 1]
            with self.connection.cursor() as cursor:
                cursor.execute(" UNION ALL ".join(branches), params)
                for i, lexeme in cursor.fetchall():
                    found[distinct[i]].append(lexeme)
        return {
            pair: found[s] if s and len(found[s]) <= prefixes.MOST else None
            for pair, s in zip(wanted, stems, strict=True)
        }

    def newest(self, request) -> list[tuple]:
        """(article id, 0.0, published_at) of a page of matches, newest first, after request.after."""
        conditions, params, before = [], [], None
        if request.after is not None:
            keyset, _, params = filters.page(request, self.connection)
            conditions, before = [keyset], request.after[0]
        select = "SELECT w.article_id, 0.0::float8, w.published_at"
        return self._newest_first(request, select, [], conditions, params, before, request.size)

    def key(self, published_at, article_id: int) -> tuple:
        return (published_at, article_id)

    def identify(self, key: tuple) -> tuple:
        published_at, article_id = key
        return article_id, published_at

    def matches(self, request, bound: tuple | None, inclusive: bool, size: int) -> list[tuple[tuple, float]]:
        """Up to `size` scored matches, newest first, at or below `bound`: the newest are
        chosen first (a span of weeks at a time), and only they are ranked."""
        conditions, params, before = [], [], None
        if bound is not None:
            conditions.append(f"(e.published_at, e.article_id) {'<=' if inclusive else '<'} (%s, %s)")
            params += [self.connection.ops.adapt_datetimefield_value(bound[0]), bound[1]]
            before = bound[0]
        age = "greatest(0.0, extract(epoch FROM (%s - w.published_at)) / 86400.0)"
        boost = f"(1.0 + 1.0 / (1.0 + {age} / {filters.RECENCY_DAYS}))"
        select = f"SELECT w.article_id, w.published_at, (ts_rank(w.vector, q.query) * {boost})::float8"
        rows = self._newest_first(request, select, [request.scored_at], conditions, params, before, size)
        return [((when, pk), score) for pk, when, score in rows]

    def _newest_first(self, request, select, select_params, conditions, params, before, limit: int) -> list[tuple]:
        """Up to `limit` rows of `select` (over `w`, the matches, and `q`, the query), newest
        first: a span of weeks at a time (newsdesk.search.periods), so that only the spans'
        matches are fetched, until `limit` are found or the archive ends."""
        query, query_params = self.query_sql(request)
        if not query:
            return []
        match, match_params = self.match_sql(request) or (None, [])
        if match == "":
            return []
        query_params = [*query_params, *match_params]
        where, where_params = filters.where(request, self.connection)
        where, where_params = where + conditions, where_params + params
        high = periods.of(min(m for m in (request.now, request.until, before) if m is not None))
        oldest = periods.of(request.since) if request.since is not None else None
        rows, read, weeks = [], 0, 0
        while len(rows) < limit:
            span = periods.next_span(read, weeks, len(rows), limit - len(rows))
            low = None if span is None else high - span + 1
            last = low is None or (oldest is not None and low <= oldest)
            period = _older(high, oldest) if last else _weeks(low, high)
            statements = [(period, False)]
            if read == 0 and not last:  # a word with no match lately: the rest, in the same statement
                statements.append((_older(low - 1, oldest), True))
            sql = _statement(query, match, select, where, statements)
            with self.connection.cursor() as cursor:
                cursor.execute(sql, [*query_params, *_params(statements, where_params, limit - len(rows), select_params)])
                fetched = cursor.fetchall()
            rows += [row[:-1] for row in fetched]
            # With the rest folded in, no row or a row of the rest means the rest was read.
            if last or (len(statements) > 1 and (not fetched or fetched[0][-1])):
                break
            read, weeks, high = read + 1, weeks + span, low - 1
        return rows


def _weeks(low: int, high: int) -> tuple[str, list]:
    return "e.period && %s::integer[]", [list(range(low, high + 1))]


def _older(high: int, oldest: int | None) -> tuple[str, list]:
    """Everything up to week `high`: the since filter's weeks, or by the words alone (the time
    a filter on their rows) when there is no since or it lies too far back to list."""
    if oldest is not None and high - oldest < periods.LISTED:
        return _weeks(oldest, high)
    return "e.published_at < %s", [periods.EPOCH + (high + 1) * periods.WEEK]


def _statement(query: str, match: str | None, select: str, where: list[str], statements) -> str:
    """One statement for a span's matches; with a second, the older rest, read only when the
    span has none (an uncorrelated NOT EXISTS: PostgreSQL runs that branch or skips it).
    `match`: the query as `@@` reads it, when not `query` itself."""
    matched = f", ({match}) AS match" if match else ""
    ctes, branches = [f"q AS (SELECT ({query}) AS query{matched})"], []
    order = "ORDER BY w.published_at DESC, w.article_id DESC"
    for i, ((period, _), rest) in enumerate(statements):
        ctes.append(
            f"m{i} AS MATERIALIZED (SELECT e.article_id, e.published_at, e.vector FROM search_entry e, q"
            f" WHERE e.vector @@ q.{'match' if match else 'query'} AND {period} AND {' AND '.join(where)}"
            f" ORDER BY e.published_at DESC, e.article_id DESC LIMIT %s)"
        )
        gate = " WHERE NOT EXISTS (SELECT FROM m0)" if rest else ""
        branches.append(f"({select}, {'true' if rest else 'false'} FROM m{i} w, q{gate} {order})")
    return f"WITH {', '.join(ctes)} " + " UNION ALL ".join(branches)


def _params(statements, where_params: list, limit: int, select_params: list) -> list:
    """Parameters in the order _statement writes them: each span's, then each branch's select."""
    out = []
    for (_, period_params), _ in statements:
        out += [*period_params, *where_params, limit]
    for _ in statements:
        out += select_params
    return out
