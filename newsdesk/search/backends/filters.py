"""The WHERE and ORDER BY both backends share: visibility, filters and the keyset.

Written against the search_entry table as `e` with Django's %s placeholders, so the same text
runs on SQLite and PostgreSQL; only the words' match and the score differ per backend.
"""

from django.apps import apps


def places_table() -> str:
    return apps.get_model("articles", "Article").places.through._meta.db_table


def where(request, connection) -> tuple[list[str], list]:
    """Conditions on the entry row. An entry exists only for a published article; publication
    time decides the rest of the one visibility rule (scheduled articles wait for their time)."""
    at = connection.ops.adapt_datetimefield_value
    sql, params = ["e.published_at <= %s"], [at(request.now)]
    if request.since is not None:
        sql.append("e.published_at >= %s")
        params.append(at(request.since))
    if request.until is not None:
        sql.append("e.published_at < %s")
        params.append(at(request.until))
    more, more_params = narrowing(request)
    return sql + more, params + more_params


def narrowing(request) -> tuple[list[str], list]:
    """The filters that are not about time: language, section, source, place."""
    sql, params = [], []
    for column, value in (("language", request.language), ("section_id", request.section_id), ("source_id", request.source_id)):
        if value is not None:
            sql.append(f"e.{column} = %s")
            params.append(value)
    if request.place_id is not None:
        sql.append(f"EXISTS (SELECT 1 FROM {places_table()} p WHERE p.article_id = e.article_id AND p.place_id = %s)")
        params.append(request.place_id)
    return sql, params


def page(request, connection) -> tuple[str, str, list]:
    """The keyset condition and the order of a newest-first page, on the entry's columns."""
    order = "e.published_at DESC, e.article_id DESC"
    if request.after is None:
        return "1 = 1", order, []
    when, pk = request.after
    when = connection.ops.adapt_datetimefield_value(when)
    return "(e.published_at < %s OR (e.published_at = %s AND e.article_id < %s))", order, [when, when, pk]


# Fresh reports weigh up to twice their text relevance; the boost halves over the first month.
RECENCY_DAYS = 30.0
