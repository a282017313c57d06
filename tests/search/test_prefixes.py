"""A prefix finds every word it begins, whatever happened to the articles since the index was
built. On PostgreSQL a prefix is completed to the words the index holds (a table of its
lexemes, newsdesk.search.prefixes), so that table must follow every publication, edit,
withdrawal, deletion and rebuild, and a completion must find and rank what the prefix did."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from newsdesk.search import prefixes

from .test_periods import scattered  # noqa: F401 (a fixture)
from .test_ranking import walk


def test_a_prefix_finds_a_word_first_published_after_the_index_was_built(found, portal, make_article, committed):
    make_article(headline="Talks in Damascus")
    article = make_article(headline="Zanzibar ferry resumes", status="pending")
    assert found(q="zanz*") == []
    with committed(execute=True):
        article.status = "published"
        article.save()
    assert found(q="zanz*") == ["Zanzibar ferry resumes"]


def test_a_prefix_follows_an_edit_a_withdrawal_and_a_deletion(found, portal, make_article, committed):
    article = make_article(headline="Talks in Damascus")
    other = make_article(headline="Zanzibari traders return")
    with committed(execute=True):
        article.headline = "Talks in Zanzibar"
        article.save()
    assert sorted(found(q="zanz*")) == ["Talks in Zanzibar", "Zanzibari traders return"]
    assert found(q="damas*") == []
    with committed(execute=True):
        article.status = "withdrawn"
        article.save()
    assert found(q="zanz*") == ["Zanzibari traders return"]
    with committed(execute=True):
        other.delete()
    assert found(q="zanz*") == []


def test_a_prefix_finds_the_same_articles_after_a_rebuild(found, portal, make_article):
    make_article(headline="Zanzibar ferry resumes")
    make_article(headline="Talks in Damascus")
    call_command("reindex")
    assert found(q="zanz*") == ["Zanzibar ferry resumes"]
    assert found(q="dama*") == ["Talks in Damascus"]


def test_a_prefix_ranks_a_headline_match_above_a_body_match(found, portal, make_article):
    now = timezone.now()
    make_article(headline="Port report", body="<p>Boats leave Zanzibari harbours.</p>", when=now - timedelta(hours=1))
    make_article(headline="Zanzibar ferry resumes", when=now - timedelta(hours=2))
    assert found(q="zanz*") == ["Zanzibar ferry resumes", "Port report"]
    assert found(q="zanz* ferry") == ["Zanzibar ferry resumes"]


def test_a_prefix_finds_its_words_in_every_language(found, portal, make_article):
    make_article(headline="Zanzibar ferry resumes")
    make_article(headline="Zanzibar'a yeni feribot seferleri", language="tr")
    assert sorted(found(q="zanz*")) == ["Zanzibar ferry resumes", "Zanzibar'a yeni feribot seferleri"]
    assert found(q="feribo*") == ["Zanzibar'a yeni feribot seferleri"]


def test_a_prefix_beginning_more_words_than_are_completed_still_finds_them_all(found, portal, make_article, monkeypatch):
    monkeypatch.setattr(prefixes, "MOST", 2)
    headlines = ["Zanzibar ferry", "Zanzibari traders", "Zanzania festival", "Zanzo market"]
    for headline in headlines:
        make_article(headline=headline)
    assert sorted(found(q="zanz*")) == sorted(headlines)
    assert found(q="zanzo*") == ["Zanzo market"]


def test_prefix_pages_over_years_list_every_match_once(client, settings, scattered):  # noqa: F811
    settings.NEWSDESK_SEARCH_WINDOW = 4
    assert sorted(walk(client, {"q": "alep*"}, pages=30)) == sorted(scattered)
    assert walk(client, {"q": "alep*", "sort": "date"}, pages=20) == scattered


def test_a_prefix_with_no_word_after_it_finds_nothing(found, portal, make_article):
    make_article(headline="Zanzibar ferry resumes")
    assert found(q="zanzq*") == []


def test_the_words_a_prefix_begins_lie_between_it_and_the_next_string():
    assert prefixes.following("welc") == "weld"
    assert prefixes.following("a\U0010ffff") == "b"
    assert prefixes.following("\U0010ffff") is None
    assert prefixes.following("a\ud7ff") == "a\ue000"
    assert prefixes.stem("'welc':*") == "welc"
    assert prefixes.stem("") == ""
    assert prefixes.stem("'x':* <-> 'y':*") is None
    assert prefixes.any_of(["it's", "a\\b"]) == "('it''s' | 'a\\\\b')"
