"""Turkish case suffixes on the names the demo's Turkish copy puts in its slots."""

import pytest

from newsdesk.demo import turkish


@pytest.mark.parametrize(("name", "expected"), [
    ("Ankara", "Ankara'da"), ("İstanbul", "İstanbul'da"), ("Bakü", "Bakü'de"), ("Irak", "Irak'ta"),
    ("Şam", "Şam'da"), ("Tahran", "Tahran'da"), ("Halep", "Halep'te"), ("Beyrut", "Beyrut'ta"),
    ("Kahire", "Kahire'de"), ("Kuala Lumpur", "Kuala Lumpur'da"), ("Tunus", "Tunus'ta"),
    ("İsfahan", "İsfahan'da"), ("Gence", "Gence'de"), ("Karaçi", "Karaçi'de"),
])
def test_locative(name, expected):
    assert turkish.locative(name) == expected


@pytest.mark.parametrize(("name", "genitive", "dative", "ablative"), [
    ("Suriye", "Suriye'nin", "Suriye'ye", "Suriye'den"),
    ("Irak", "Irak'ın", "Irak'a", "Irak'tan"),
    ("Ürdün", "Ürdün'ün", "Ürdün'e", "Ürdün'den"),
    ("Tunus", "Tunus'un", "Tunus'a", "Tunus'tan"),
    ("Türkiye", "Türkiye'nin", "Türkiye'ye", "Türkiye'den"),
    ("Fas", "Fas'ın", "Fas'a", "Fas'tan"),
    ("Yemen", "Yemen'in", "Yemen'e", "Yemen'den"),
    ("Suudi Arabistan", "Suudi Arabistan'ın", "Suudi Arabistan'a", "Suudi Arabistan'dan"),
])
def test_genitive_dative_ablative(name, genitive, dative, ablative):
    assert (turkish.genitive(name), turkish.dative(name), turkish.ablative(name)) == (genitive, dative, ablative)


def test_turkish_capitals_keep_the_dots_of_i():
    assert turkish.upper("Riyad") == "RİYAD"
    assert turkish.upper("Bağdat") == "BAĞDAT"
    assert turkish.upper("Karaçi") == "KARAÇİ"
    assert turkish.lower("IRAK") == "ırak" and turkish.lower("İRAN") == "iran"


def test_a_word_without_a_turkish_vowel_is_refused():
    with pytest.raises(ValueError):
        turkish.locative("NY")
