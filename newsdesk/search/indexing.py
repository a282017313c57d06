"""Keeping the index in step with the articles: one article at a time from signals, in batches
for a rebuild or a bulk import. Everything here runs inside the caller's transaction."""

from django.db import connection, transaction

from newsdesk.articles.models import Article

from .backends import for_connection
from .documents import of_article
from .models import Entry

BATCH = 1000
FIELDS = ("headline", "summary", "body", "language", "published_at", "status", "section_id", "source_id")


def indexable(article) -> bool:
    """Published with a time: the rest of the visibility rule (is it due?) is read at query time,
    so a scheduled article appears at its moment without another write."""
    return article.status == Article.Status.PUBLISHED and article.published_at is not None


def follow(articles, words=None) -> None:
    """Index the published among `articles`, drop the others from the index. `words`, when
    given: each article's Words made beforehand (the backend's `words`), or None to make here."""
    articles = list(articles)
    words = list(words) if words is not None else [None] * len(articles)
    keep = [(a, w) for a, w in zip(articles, words, strict=True) if indexable(a)]
    drop = [a.pk for a in articles if not indexable(a)]
    with transaction.atomic(savepoint=False):
        if drop:
            forget(drop)
        if keep:
            _store([of_article(a, with_text=w is None) for a, w in keep], [w for _, w in keep])


def _store(documents, words=None) -> None:
    backend = for_connection(connection)
    words = words or [None] * len(documents)
    words = [w or backend.words(d.headline, d.text, d.language) for d, w in zip(documents, words, strict=True)]
    backend.remove([d.article_id for d in documents])  # the words stored under the old entries
    _write_entries(backend, documents)
    backend.store(documents, words)


ENTRY_COLUMNS = ("article_id", "language", "published_at", "section_id", "source_id", "row_key")


def _write_entries(backend, documents) -> None:
    """An entry per document, new or rewritten in place: one prepared statement for them all
    (bulk_create compiled one per batch, which cost an import about as much as the words)."""
    at = connection.ops.adapt_datetimefield_value
    rows = [
        (d.article_id, d.language, at(d.published_at), d.section_id, d.source_id, backend.entry_fields(d).get("row_key"))
        for d in documents
    ]
    quote = connection.ops.quote_name
    updates = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in ENTRY_COLUMNS[1:])
    sql = (
        f"INSERT INTO {quote(Entry._meta.db_table)} ({', '.join(map(quote, ENTRY_COLUMNS))})"
        f" VALUES ({', '.join(['%s'] * len(ENTRY_COLUMNS))}) ON CONFLICT ({quote('article_id')}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def forget(article_ids) -> None:
    article_ids = list(article_ids)
    with transaction.atomic(savepoint=False):
        for_connection(connection).remove(article_ids)
        Entry.objects.filter(article_id__in=article_ids).delete()


def rebuild(progress=None) -> int:
    """The whole index again from the articles, in batches; returns the articles indexed."""
    # Every article in key order, the published kept in Python: with the status in the query,
    # SQLite walks the (status, published_at) index over all published articles and sorts them
    # for every batch (1.3 s of CPU per batch at 140k, nearly all of a rebuild's time).
    queryset = Article.objects.only(*FIELDS).order_by("pk")
    with transaction.atomic():
        Entry.objects.all().delete()
        for_connection(connection).clear()
        done, last = 0, 0
        while True:
            batch = list(queryset.filter(pk__gt=last)[:BATCH])
            if not batch:
                break
            if published := [a for a in batch if indexable(a)]:
                _store([of_article(a) for a in published])
            done, last = done + len(published), batch[-1].pk
            if progress:
                progress(done)
        for_connection(connection).optimize()
    return done


def size() -> int:
    return for_connection(connection).size()
