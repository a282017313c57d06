"""A result page's articles with their sections, read in one statement without the ORM's
query building: composing the queryset (filter, select_related, only) and turning its rows
into models took some 1.1 ms of a result page's 1.3 ms spent loading its twenty articles
(bench/search/README.md); the statement itself, a fraction.

The models are the ORM's own (`from_db`, the database's converters): the same objects as
`select_related("section").only(...)` gives, with the same fields deferred.
"""

from functools import cache

from django.db import connection

from newsdesk.articles.models import Article, Section

ARTICLE_FIELDS = ("id", "headline", "slug", "summary", "body", "language", "published_at", "agency", "status",
                  "section_id")
SECTION_FIELDS = ("id", "name", "name_tr", "name_ar", "slug")


@cache
def columns(model, wanted: tuple[str, ...]) -> tuple:
    """The model's wanted fields in the order from_db reads them (its concrete fields')."""
    return tuple(f for f in model._meta.concrete_fields if f.attname in wanted)


@cache
def statement(vendor: str, count: int) -> str:
    quote = connection.ops.quote_name
    article_fields, section_fields = columns(Article, ARTICLE_FIELDS), columns(Section, SECTION_FIELDS)
    article, section = quote(Article._meta.db_table), quote(Section._meta.db_table)
    selected = [f"a.{quote(f.column)}" for f in article_fields] + [f"s.{quote(f.column)}" for f in section_fields]
    return (f"SELECT {', '.join(selected)} FROM {article} a LEFT JOIN {section} s ON s.{quote('id')} = "
            f"a.{quote(Article._meta.get_field('section').column)} WHERE a.{quote('id')} IN ({', '.join(['%s'] * count)})")


def converters(fields) -> list:
    found = []
    for i, field in enumerate(fields):
        column = field.get_col(field.model._meta.db_table)
        for convert in connection.ops.get_db_converters(column) + field.get_db_converters(connection):
            found.append((i, convert, column))
    return found


def articles(ids: list[int]) -> dict[int, Article]:
    """The articles of these ids, by id, each with its section (None when it has none)."""
    if not ids:
        return {}
    article_fields, section_fields = columns(Article, ARTICLE_FIELDS), columns(Section, SECTION_FIELDS)
    fields = article_fields + section_fields
    with connection.cursor() as cursor:
        cursor.execute(statement(connection.vendor, len(ids)), list(ids))
        rows = cursor.fetchall()
    convert = converters(fields)
    names, section_names = [f.attname for f in article_fields], [f.attname for f in section_fields]
    relation = Article._meta.get_field("section")
    found = {}
    split = len(article_fields)
    for row in rows:
        row = list(row)
        for i, function, column in convert:
            row[i] = function(row[i], column, connection)
        article = Article.from_db(connection.alias, names, row[:split])
        section = Section.from_db(connection.alias, section_names, row[split:]) if article.section_id is not None else None
        relation.set_cached_value(article, section)
        found[article.pk] = article
    return found
