"""Normalisation and query reading: pure functions, no database."""

import pytest

from newsdesk.search.query import MAX_CLAUSES, QueryTooLong, parse, stemmed
from newsdesk.search.text import terms


@pytest.mark.parametrize(
    "written",
    ["الاجتماعات", "الإجتماعات", "الاجتماعاتُ", "الاجتمــاعات", "ٱلاجتماعات", "الاِجْتِمَاعَات"],
)
def test_arabic_diacritics_hamza_and_tatweel_do_not_change_the_term(written):
    assert terms(written, "ar") == terms("الاجتماعات", "ar")


def test_taa_marbuta_and_alef_maqsura_read_as_haa_and_yaa():
    assert terms("مدرسة مستشفى", "ar") == terms("مدرسه مستشفي", "ar")


@pytest.mark.parametrize("language", ["en", "tr", "ar"])
def test_turkish_dotted_and_dotless_capitals_meet_in_every_language(language):
    assert terms("İstanbul", language) == terms("ISTANBUL", language) == terms("istanbul", language)


def test_stemming_follows_the_language():
    assert terms("meetings", "en") == terms("meeting", "en")
    assert terms("toplantıları", "tr") == terms("toplantıda", "tr")


def test_query_syntax_is_words_phrases_and_prefixes_only():
    clauses = parse('"central bank" alep* NEAR(x) -y : OR; DROP TABLE')
    assert [c.words for c in clauses] == [("central", "bank"), ("alep",), ("NEAR",), ("x",), ("y",), ("OR",), ("DROP",), ("TABLE",)]
    assert [c.prefix for c in clauses][:2] == [False, True]


@pytest.mark.parametrize("raw", ["", "*", '"', '""', "-", ":", "\x00\x01\x7f", "()", "a*"[1:]])
def test_nothing_searchable_reads_as_no_clause(raw):
    assert parse(raw) == ()


def test_a_one_letter_prefix_is_a_word():
    assert [c.prefix for c in parse("a*")] == [False]


def test_overlong_queries_are_refused_and_word_walls_capped():
    with pytest.raises(QueryTooLong):
        parse("x" * 5000)
    assert len(parse(" ".join(f"w{i}" for i in range(100)))) == MAX_CLAUSES


def test_stemmed_clauses_carry_arabic_words_split_by_no_vowel_mark():
    (clause,) = stemmed(parse("مُدرسةٌ"), "ar")
    assert clause.words == tuple(terms("مدرسة", "ar"))
