"""A compiled statement reads what its queryset reads, with each call's own values."""

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsdesk.articles.models import Article, Section, public_until
from newsdesk.articles.statements import Statement
from tests.conftest import ISTANBUL

DAY = datetime(2017, 1, 28, 12, tzinfo=ISTANBUL)


def latest(lang, limit):
    return Article.objects.published(until=limit).in_edition(lang).latest_first().select_related("section").only(
        "headline", "slug", "published_at", "section__name"
    )[:3]


@pytest.fixture
def desk(portal, make_article):
    world = Section.objects.create(name="World", slug="world")
    made = [
        make_article(f"Story {n}", when=DAY + timedelta(hours=n), language="tr" if n % 2 else "en",
                     section=world if n % 3 else None)
        for n in range(8)
    ]
    make_article("Not yet", when=DAY + timedelta(days=10**4), language="en")
    make_article("A draft", when=DAY, status="draft", language="en")
    return made


def shown(articles):
    return [(a.pk, a.headline, a.slug, a.published_at, a.section and a.section.name) for a in articles]


def test_each_call_reads_with_its_own_values_what_the_queryset_reads(desk):
    statement = Statement(latest)
    for lang, until in [("en", None), ("tr", None), ("en", DAY + timedelta(hours=3)), ("xx", None)]:
        limit = public_until(until)
        assert shown(statement(lang, limit)) == shown(latest(lang, limit))
    assert shown(statement("en", public_until()))  # not every read was empty


def test_a_statement_sees_articles_published_after_it_was_compiled(desk, make_article):
    statement = Statement(latest)
    before = statement("en", public_until())
    fresh = make_article("Just in", when=DAY + timedelta(days=1), language="en")
    after = statement("en", public_until())
    assert after[0].pk == fresh.pk and after[1:] == before[:2]


def test_fields_left_out_stay_deferred_and_a_related_row_comes_with_its_article(desk):
    read = Statement(latest)("en", public_until())
    assert all(a.get_deferred_fields() >= {"body", "summary"} for a in read)
    with CaptureQueriesContext(connection) as queries:
        assert sorted(str(a.section) for a in read) == ["None", "World", "World"]
    assert len(queries) == 0


def test_in_lists_of_any_length_and_an_empty_one(desk):
    statement = Statement(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "headline"))
    ids = [a.pk for a in desk]
    for wanted in (ids[:1], ids[2:5], ids, []):
        assert statement(tuple(wanted)) == list(Article.objects.filter(pk__in=wanted).order_by("pk").values_list(
            "pk", "headline"))


def test_a_value_the_sql_does_not_carry_as_itself_is_refused(desk):
    statement = Statement(lambda text: Article.objects.filter(headline__icontains=text))
    with pytest.raises(ValueError):
        statement("story")


def test_dates_and_single_values(desk):
    def earlier(day):
        return Article.objects.filter(counted_day__lt=day).order_by("-counted_day").values_list("counted_day", flat=True)

    statement = Statement(lambda day: earlier(day)[:2])
    days = sorted({a.counted_day for a in Article.objects.exclude(counted_day=None)})
    assert days  # published articles are counted under their day
    for day in (days[0], days[-1], days[-1] + timedelta(days=1)):
        assert statement(day) == list(earlier(day)[:2])
