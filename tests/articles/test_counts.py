"""Day counts follow every change an article goes through, in the site's own days."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.articles import counts
from newsdesk.articles.models import Article, DayCount

UTC = ZoneInfo("UTC")
ISTANBUL = ZoneInfo("Europe/Istanbul")


def stored():
    return dict(DayCount.objects.filter(count__gt=0).values_list("day", "count"))


@pytest.mark.django_db
def test_publishing_counts_the_article_under_its_site_day(portal, make_article):
    make_article(when=datetime(2018, 7, 20, 10, 0, tzinfo=ISTANBUL))
    make_article(when=datetime(2018, 7, 20, 23, 0, tzinfo=ISTANBUL))
    assert stored() == {date(2018, 7, 20): 2}


@pytest.mark.django_db
def test_day_runs_midnight_to_midnight_in_the_site_time_zone(portal, make_article):
    # 21:30 UTC on the 19th is 00:30 on the 20th in Istanbul (UTC+3).
    make_article(when=datetime(2018, 7, 19, 21, 30, tzinfo=UTC))
    make_article(when=datetime(2018, 7, 19, 20, 59, tzinfo=UTC))
    assert stored() == {date(2018, 7, 20): 1, date(2018, 7, 19): 1}


@pytest.mark.django_db
def test_drafts_and_pending_are_not_counted_until_published(portal, make_article):
    article = make_article(status="pending")
    make_article(headline="A draft", status="draft")
    assert stored() == {}
    article.status = Article.Status.PUBLISHED
    article.save()
    assert stored() == {date(2017, 1, 28): 1}


@pytest.mark.django_db
def test_withdrawn_article_leaves_the_day_count(portal, make_article):
    article = make_article()
    make_article(headline="Another report")
    article.status = Article.Status.WITHDRAWN
    article.save(update_fields=["status"])
    assert stored() == {date(2017, 1, 28): 1}


@pytest.mark.django_db
def test_back_dated_article_moves_to_its_new_day(portal, make_article):
    article = make_article()
    article.published_at = datetime(2016, 12, 31, 12, 0, tzinfo=ISTANBUL)
    article.save()
    assert stored() == {date(2016, 12, 31): 1}


@pytest.mark.django_db
def test_deleted_articles_leave_the_count_one_by_one_and_in_bulk(portal, make_article):
    first = make_article()
    for i in range(3):
        make_article(headline=f"Report {i}")
    first.delete()
    assert stored() == {date(2017, 1, 28): 3}
    Article.objects.filter(headline__startswith="Report").delete()
    assert stored() == {}


@pytest.mark.django_db
def test_a_stale_copy_of_an_article_cannot_count_it_twice(portal, make_article):
    article = make_article(status="draft")
    stale = Article.objects.get(pk=article.pk)
    article.status = "published"
    article.save()
    stale.status = "published"
    stale.save()
    assert stored() == {date(2017, 1, 28): 1}


@pytest.mark.django_db
def test_rebuild_matches_what_was_maintained(portal, make_article):
    start = datetime(2018, 7, 16, 9, 0, tzinfo=ISTANBUL)
    for i in range(12):
        make_article(headline=f"Report {i}", when=start + timedelta(hours=9 * i))
    maintained = stored()
    DayCount.objects.all().delete()
    counts.rebuild()
    assert stored() == maintained and sum(maintained.values()) == 12


@pytest.mark.django_db
def test_rebuild_counts_articles_a_bulk_load_stored_without_a_day(portal, make_article):
    # A bulk load (an import in SQL) leaves the day empty; a recount writes only the rows whose
    # day is wrong, and those must include the empty ones.
    start = datetime(2018, 7, 19, 19, 0, tzinfo=UTC)
    for i in range(6):
        make_article(headline=f"Report {i}", when=start + timedelta(hours=2 * i))
    withdrawn = make_article(headline="Withdrawn", when=start)
    maintained = stored()
    Article.objects.filter(headline__in=["Report 1", "Report 4"]).update(counted_day=None)
    Article.objects.filter(pk=withdrawn.pk).update(status="withdrawn")  # still carries its day
    DayCount.objects.all().delete()
    counts.rebuild()
    assert stored() == {day: n - (day == date(2018, 7, 19)) for day, n in maintained.items()}
    assert sum(stored().values()) == 6
    assert not Article.objects.filter(status="published", counted_day=None).exists()
    assert Article.objects.get(pk=withdrawn.pk).counted_day is None


@pytest.mark.django_db
def test_changing_the_site_time_zone_recounts_the_days(portal, make_article):
    make_article(when=datetime(2018, 7, 19, 22, 30, tzinfo=UTC))  # the 20th in Istanbul
    assert stored() == {date(2018, 7, 20): 1}
    portal.time_zone = "UTC"
    portal.save()
    assert stored() == {date(2018, 7, 19): 1}


@pytest.mark.django_db
def test_scheduled_article_is_not_public_before_its_time(portal, make_article):
    later = timezone.now() + timedelta(hours=2)
    article = make_article(when=later)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert not article.is_public


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["create", "publish", "withdraw", "pend", "move", "delete"]),
        st.integers(min_value=0, max_value=5),  # which article
        st.integers(min_value=0, max_value=72),  # hours from a start near a site midnight
    ),
    max_size=25,
)


class Rollback(Exception):
    pass


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_maintained_counts_always_equal_a_full_recount(portal, operations):
    start = datetime(2018, 7, 19, 20, 30, tzinfo=UTC)  # 23:30 in Istanbul
    try:
        with transaction.atomic():
            articles: list[Article] = []
            for op, which, hours in operations:
                apply(op, articles, which, start + timedelta(hours=hours))
            maintained = stored()
            counts.rebuild()
            assert stored() == maintained
            raise Rollback
    except Rollback:
        pass


def apply(op, articles, which, when):
    if op == "create" or not articles:
        articles.append(Article.objects.create(headline=f"Report {len(articles)}", published_at=when, status="published"))
        return
    article = articles[which % len(articles)]
    if op == "delete":
        article.delete()
        articles.remove(article)
        return
    if op == "move":
        article.published_at = when
    else:
        article.status = {"publish": "published", "withdraw": "withdrawn", "pend": "pending"}[op]
    article.save()

