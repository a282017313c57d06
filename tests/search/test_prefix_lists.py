"""Prefixes of every length a reader may type find every word they begin. On SQLite the index
keeps lists of its words' first two, three and four letters (migration search.0004), so the
short prefixes are read from those lists, the longer ones by merging their words' lists: both
must follow publications, edits and deletions, and the migration must keep every article
findable, in either direction."""

import pytest
from django.core.management import call_command
from django.db import connection

from newsdesk.search.backends import for_connection

HEADLINES = ["Zanzibar ferry resumes", "Zanzibari traders return", "Zambia votes", "Zagreb talks", "Zealous reform"]


def test_prefixes_of_two_to_six_letters_find_every_word_they_begin(found, portal, make_article):
    for headline in HEADLINES:
        make_article(headline=headline)
    assert sorted(found(q="za*")) == sorted(HEADLINES[:4])
    assert sorted(found(q="zan*")) == HEADLINES[:2]
    assert sorted(found(q="zanz*")) == HEADLINES[:2]
    assert sorted(found(q="zanzib*")) == HEADLINES[:2]
    assert found(q="zag*") == ["Zagreb talks"]
    assert found(q="zeal*") == ["Zealous reform"]


def test_short_prefixes_follow_an_edit_and_a_deletion(found, portal, make_article, committed):
    article = make_article(headline="Zagreb talks")
    other = make_article(headline="Zambia votes")
    with committed(execute=True):
        article.headline = "Quito talks"
        article.save()
    assert found(q="za*") == ["Zambia votes"]
    assert found(q="qu*") == found(q="qui*") == found(q="quit*") == ["Quito talks"]
    with committed(execute=True):
        other.delete()
    assert found(q="za*") == []
    assert found(q="zam*") == []


def test_turkish_and_arabic_prefixes_are_read_by_their_letters(found, portal, make_article):
    make_article(headline="İstanbul'da yeni köprü", language="tr")
    make_article(headline="محادثات في حلب", language="ar")
    assert found(q="köp*") == ["İstanbul'da yeni köprü"]
    assert found(q="حل*") == ["محادثات في حلب"]


@pytest.mark.django_db(transaction=True)
def test_the_prefix_lists_migration_keeps_every_article_findable_both_ways(found, portal, make_article):
    for headline in HEADLINES:
        make_article(headline=headline)
    searches = ["za*", "zan*", "zanz*", "zanzib*", "zambia", '"ferry resumes"']
    before = {q: sorted(found(q=q)) for q in searches}
    assert before["za*"] == sorted(HEADLINES[:4])
    try:
        call_command("migrate", "search", "0003", verbosity=0)
        assert {q: sorted(found(q=q)) for q in searches} == before
        assert "prefix=" not in _definition()
        call_command("migrate", "search", verbosity=0)
        assert {q: sorted(found(q=q)) for q in searches} == before
        if connection.vendor == "sqlite":
            assert "prefix='2 3 4'" in _definition()
    finally:
        call_command("migrate", "search", verbosity=0)
        for_connection(connection).clear()  # a flush leaves the word index's rows


def _definition() -> str:
    """The SQL that made SQLite's word index ('' on PostgreSQL, which has no such table)."""
    if connection.vendor != "sqlite":
        return ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
        return cursor.fetchone()[0]
