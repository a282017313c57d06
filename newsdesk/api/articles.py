"""Articles: the latest first with filters and a keyset cursor, a full-text search with the
same filters, or one by id or slug. Lists start from Article.objects.published(), the one
visibility rule; a search's page is checked against the same rule article by article."""

from datetime import UTC, datetime, timedelta
from typing import Literal

from django.utils import timezone
from ninja import Path, Query, Router
from ninja.errors import HttpError
from pydantic import Field

from newsdesk import search
from newsdesk.articles.models import Article, Place, Section
from newsdesk.portal.models import Portal
from newsdesk.search import paging
from newsdesk.search.query import MAX_LENGTH as QUERY_LIMIT
from newsdesk.search.query import printable
from newsdesk.sources.models import Source

from . import cursors, schemas
from .directory import place_out, section_out
from .routing import read_only

router = Router(tags=["articles"])
ERRORS = {400: schemas.Error, 404: schemas.Error, 429: schemas.Error}
LANGUAGE = r"^[a-z]{2,3}$"


class ArticleFilters(schemas.Schema):
    q: str | None = Field(None, max_length=QUERY_LIMIT, description=(
        'Full-text search, as the site\'s: words (all must match, in any form: "meetings" finds "meeting"), '
        '"quoted phrases" and prefixes (`alep*`); Arabic and Turkish spellings folded. Anything else '
        "separates words."))
    sort: Literal["relevance", "date"] | None = Field(None, description=(
        "With q: `relevance` (the default: best first, fresh reports weighing more) or `date` (latest first). "
        "Without q the list is always latest first."))
    section: str | None = Field(None, max_length=80, description="A section's slug.")
    place: str | None = Field(None, max_length=80, description="A place's slug.")
    source: int | None = Field(None, ge=1, le=cursors.MAX_ID, description="A source's id.")
    language: str | None = Field(None, pattern=LANGUAGE, description="e.g. en, tr, ar.")
    published_after: datetime | None = Field(
        None, description="At or after this moment (a date alone: that day's start in the site's zone)."
    )
    published_before: datetime | None = Field(
        None, description="Before this moment (a date alone: that day's start in the site's zone)."
    )
    cursor: str | None = Field(None, max_length=200, description="The `next` of the page before.")
    limit: int = Field(20, ge=1, le=100)


@read_only(router, "/articles", response={200: schemas.ArticlePage, **ERRORS})
def list_articles(request, filters: Query[ArticleFilters]):
    """Published articles, latest first, a page at a time; with `q`, those matching a search."""
    portal = Portal.load()
    if filters.q is not None:
        return searched(request, filters, portal)
    if filters.sort == "relevance":
        raise HttpError(400, "sort: relevance orders a search: give q too")
    queryset = narrowed(page_start(filters, portal), filters, portal)
    items = list(with_relations(queryset)[: filters.limit + 1])
    more, items = len(items) > filters.limit, items[: filters.limit]
    following = cursors.encode(items[-1].published_at, items[-1].pk) if more else None
    return {"items": [article_out(request, a) for a in items], "next": following}


def page_start(filters: ArticleFilters, portal: Portal):
    """The public articles older than the cursor and the date range's end, under one upper bound
    on published_at (see ArticleQuerySet on why one)."""
    until = None
    if filters.published_before:
        until = moment("published_before", filters.published_before, portal, shift=-1)
    if filters.cursor:
        try:
            at, pk = cursors.decode(filters.cursor)
        except cursors.BadCursor as exc:
            raise HttpError(400, f"cursor: {exc}; start again without one") from exc
        if until is None or at <= until:
            return Article.objects.published_before(at, pk)
    return Article.objects.published(until=until)


def narrowed(queryset, filters: ArticleFilters, portal: Portal):
    if filters.published_after:
        queryset = queryset.filter(published_at__gte=moment("published_after", filters.published_after, portal))
    if filters.language:
        queryset = queryset.in_edition(filters.language)
    if filters.section:
        queryset = queryset.filter(section_id=known(Section, "section", slug=filters.section))
    if filters.place:
        queryset = queryset.filter(places=known(Place, "place", slug=filters.place))
    if filters.source:
        queryset = queryset.filter(source_id=known(Source, "source", pk=filters.source))
    return queryset


def searched(request, filters: ArticleFilters, portal: Portal) -> dict:
    """One page of a full-text search (newsdesk.search, as the site's search page), its
    articles in the search's order."""
    by_date = filters.sort == "date"
    try:
        matches = search.matching(printable(filters.q), search_filters(filters, portal), by_date,
                                  search_cursor(filters.cursor, by_date), filters.limit)
    except search.QueryTooLong as exc:
        raise HttpError(400, f"q: {exc}") from exc
    if not matches.clauses:
        raise HttpError(400, 'q: nothing to search for: give a word, a "phrase" or a prefix*')
    found = with_relations(Article.objects.filter(pk__in=matches.ids)).in_bulk()
    # By primary key, then the visibility rule on each row, as the site's search does (faster
    # than published()'s filters at archive size); the index has applied the rule already.
    items = [found[pk] for pk in matches.ids if pk in found and found[pk].is_public]
    following = cursors.encode_search(matches.next_cursor) if matches.next_cursor else None
    return {"items": [article_out(request, a) for a in items], "next": following}


def search_filters(filters: ArticleFilters, portal: Portal) -> search.Filters:
    return search.Filters(
        language=filters.language,
        section_id=known(Section, "section", slug=filters.section) if filters.section else None,
        place_id=known(Place, "place", slug=filters.place) if filters.place else None,
        source_id=known(Source, "source", pk=filters.source) if filters.source else None,
        since=moment("published_after", filters.published_after, portal) if filters.published_after else None,
        until=moment("published_before", filters.published_before, portal) if filters.published_before else None,
    )


def search_cursor(token: str | None, by_date: bool) -> str:
    """The search's own cursor in a `next` this API gave for the same search order."""
    if not token:
        return ""
    try:
        cursor = cursors.decode_search(token)
    except cursors.BadCursor as exc:
        raise HttpError(400, f"cursor: {exc}; start again without one") from exc
    if paging.decode(cursor, by_date)[0] is None:
        raise HttpError(400, "cursor: not a cursor of a search in this order; start again without one")
    return cursor


def known(model, name: str, **lookup) -> int:
    pk = model.objects.filter(**lookup).values_list("pk", flat=True).first()
    if pk is None:
        raise HttpError(404, f"{name}: there is no {name} {next(iter(lookup.values()))!r}")
    return pk


def moment(name: str, value: datetime, portal: Portal, shift: int = 0) -> datetime:
    """An aware UTC instant (a time without a zone is the site's), moved by `shift` microseconds."""
    if timezone.is_naive(value):
        value = value.replace(tzinfo=portal.zone)
    try:
        return value.astimezone(UTC) + timedelta(microseconds=shift)
    except OverflowError as exc:
        raise HttpError(400, f"{name}: {value.isoformat()} is out of range") from exc


def with_relations(queryset):
    return queryset.latest_first().select_related("section").prefetch_related("places")


@read_only(router, "/articles/{article_id}", response={200: schemas.Article, **ERRORS})
def article_by_id(request, article_id: int = Path(..., ge=1, le=cursors.MAX_ID)):
    return one(request, f"id {article_id}", pk=article_id)


@read_only(router, "/articles/slug/{slug}", response={200: schemas.Article, **ERRORS})
def article_by_slug(request, slug: str = Path(..., max_length=120)):
    """The article a site address ends with (`/2017/01/28/<slug>/`)."""
    return one(request, f"slug {slug!r}", slug=slug)


def one(request, wanted: str, **lookup):
    article = with_relations(Article.objects.published().filter(**lookup)).first()
    if article is None:
        raise HttpError(404, f"no published article with {wanted}")
    return article_out(request, article)


def article_out(request, article: Article) -> dict:
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "headline": article.headline,
        "summary": article.summary,
        "body": article.body,
        "language": article.language,
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "section": section_out(article.section) if article.section else None,
        "places": [place_out(p) for p in article.places.all()],
        "source_id": article.source_id,
        "agency": article.agency,
        "author": article.author,
        "original_url": article.original_url,
        "image_url": article.lead_image_url,
    }
