"""Full-text search over published articles: one interface, a backend per database.

`find()` is all a page needs: it parses the reader's text, asks the backend for one page of
ranked hits (relevance in windows of the newest matches, see ranking.py, or newest first) and
returns the public articles (by key, then Article.is_public, the one visibility rule, per row)
with highlighted snippets and the cursor of the next page. `matching()` stops at the ids, for
callers that load articles their own way (the API, the desk).
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.safestring import SafeString

from . import highlight, paging, ranking
from .backends import for_connection
from .documents import Request, searchable_text
from .query import QueryTooLong, parse

__all__ = ["Filters", "Found", "Matches", "QueryTooLong", "Result", "find", "matching"]


@dataclass(frozen=True)
class Filters:
    language: str | None = None
    section_id: int | None = None
    place_id: int | None = None
    source_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class Result:
    article: object
    headline: SafeString
    snippet: SafeString


@dataclass(frozen=True)
class Found:
    results: list[Result] = field(default_factory=list)
    next_cursor: str | None = None
    searched: bool = False  # False when the text held nothing to search for


@dataclass(frozen=True)
class Matches:
    ids: list[int] = field(default_factory=list)  # best first (or newest first by date)
    next_cursor: str | None = None
    clauses: tuple = ()  # the parsed query; () when the text held nothing to search for


def find(text: str, filters: Filters = Filters(), by_date: bool = False, cursor: str = "", size: int = 20) -> Found:
    """One page of published articles matching `text`. Raises QueryTooLong for overlong text."""
    matches = matching(text, filters, by_date, cursor, size)
    if not matches.clauses:
        return Found()
    return Found(results=_results(matches.ids, matches.clauses), next_cursor=matches.next_cursor, searched=True)


def matching(text: str, filters: Filters = Filters(), by_date: bool = False, cursor: str = "", size: int = 20) -> Matches:
    """The ids of one page of matches and the next page's cursor, for callers that load the
    articles their own way. Raises QueryTooLong for overlong text."""
    clauses = parse(text)
    if not clauses:
        return Matches()
    now = timezone.now()
    after, scored_at = paging.decode(cursor, by_date)
    scored_at = scored_at or now.replace(second=0, microsecond=0)
    request = Request(clauses=clauses, now=now, scored_at=scored_at, by_date=by_date, after=after if by_date else None,
                      size=size + 1, **filters.__dict__)
    backend = for_connection(connection)
    if by_date:
        hits = backend.newest(request)
        more = None
        if len(hits) > size:
            pk, _, published_at = hits[size - 1]
            more = paging.encode(True, 0.0, pk, published_at, scored_at)
        return Matches([pk for pk, _, _ in hits[:size]], more, clauses)
    return _ranked(backend, request, after, size, clauses)


def _ranked(backend, request, after, size: int, clauses) -> Matches:
    """A relevance page, ranked window by window (newsdesk.search.ranking)."""
    top, last = None, None
    if after is not None:
        score, published_at, pk, (top_at, top_pk) = after
        top, last = backend.key(top_at, top_pk), (score, backend.key(published_at, pk))
    read = partial(backend.matches, request)
    hits = ranking.page(read, size + 1, top, last, window=settings.NEWSDESK_SEARCH_WINDOW)
    more = None
    if len(hits) > size:
        hit = hits[size - 1]
        (pk, published_at), (top_pk, top_at) = backend.identify(hit.key), backend.identify(hit.top)
        more = paging.encode(False, hit.score, pk, published_at, request.scored_at, (top_at, top_pk))
    return Matches([backend.identify(h.key)[0] for h in hits[:size]], more, clauses)


def _results(ids, clauses) -> list[Result]:
    from .rows import articles  # the articles app's models: loaded once apps are ready

    # By primary key, then the visibility rule on each row (Article.is_public, published()'s
    # rule for one article): with published()'s filters in the query, SQLite walks the
    # (status, published_at) index over every published article instead (measured at 140k:
    # 50 ms against 5 ms). The index query has applied the rule already; this re-check holds
    # even if an entry were stale.
    found = articles(ids)
    results, matchers = [], {}
    for pk in ids:
        if pk in found and found[pk].is_public:
            article = found[pk]
            if article.language not in matchers:  # one per language: it remembers words it has read
                matchers[article.language] = highlight.Matcher(clauses, article.language)
            matcher = matchers[article.language]
            text = searchable_text(article.summary, article.body)
            results.append(Result(article, highlight.mark(article.headline, matcher), highlight.snippet(text, matcher)))
    return results
