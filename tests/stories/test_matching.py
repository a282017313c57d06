"""Two reports of one event match whatever their language; same-topic reports of another event
do not; bad input is matched by what it has, never a crash. The decision is pure: no database."""

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.stories.facts import days, numbers, sounds
from newsdesk.stories.matching import THRESHOLD, Version, adjustment, same_event

T = datetime(2024, 5, 6, 6, tzinfo=UTC)
QUAKE = {
    "en": ("Magnitude 5.6 earthquake shakes Malatya in eastern Turkey",
           "An earthquake of magnitude 5.6 hit Malatya province in eastern Turkey on Monday at a depth of 7 km, the disaster agency said."),
    "tr": ("Malatya'da 5,6 büyüklüğünde deprem",
           "AFAD, Malatya'da pazartesi sabahı 7 kilometre derinlikte 5,6 büyüklüğünde deprem meydana geldiğini duyurdu."),
    "ar": ("زلزال بقوة ٥٫٦ درجات يضرب ملاطية شرقي تركيا",
           "ضرب زلزال بقوة ٥٫٦ درجات على عمق ٧ كيلومترات ولاية ملاطية شرقي تركيا صباح الاثنين، وفق ما أعلنت إدارة الكوارث التركية."),
}
AFTERSHOCK = ("Aftershock of magnitude 4.1 rattles Malatya",
              "A magnitude 4.1 aftershock shook Malatya in eastern Turkey on Wednesday, the disaster agency said.")


def version(pair, language, hours=0.0):
    return Version(pair[0], pair[1], language, T + timedelta(hours=hours))


@pytest.mark.parametrize("a, b", [("en", "tr"), ("en", "ar"), ("tr", "ar")])
def test_one_event_told_in_two_languages_matches(a, b):
    assert same_event(version(QUAKE[a], a), version(QUAKE[b], b, hours=2)) >= THRESHOLD


@pytest.mark.parametrize("language", ["en", "tr", "ar"])
def test_another_earthquake_in_the_same_place_is_another_event(language):
    assert same_event(version(QUAKE[language], language), version(AFTERSHOCK, "en", hours=50)) < THRESHOLD


@pytest.mark.parametrize("latin, arabic", [("Erdoğan", "أردوغان"), ("Malatya'da", "ملاطية"), ("Fidan", "فيدان"),
                                           ("Bağdat'ta", "بغداد"), ("İbrahim", "إبراهيم")])
def test_a_name_sounds_the_same_in_latin_and_arabic_script(latin, arabic):
    assert sounds(latin, "", []) & sounds("", arabic, [])


@pytest.mark.parametrize("latin, arabic", [("Trabzonspor", "فاز طرابزون سبور أمس"), ("Kasımpaşa", "فاز قاسم باشا أمس")])
def test_a_name_arabic_writes_in_two_words_sounds_the_same_as_in_one(latin, arabic):
    assert sounds(latin, "", []) & sounds("", arabic, [])


def test_a_name_heard_in_two_languages_brings_them_together_and_a_country_does_not_count_twice():
    turkish = version(("Görüşmeler yarın başlıyor", "Dışişleri Bakanı Hakan Fidan görüşmeler için yola çıktı."), "tr")
    arabic = version(("المحادثات تبدأ غدا", "توجه وزير الخارجية هاكان فيدان إلى المحادثات."), "ar")
    other = version(("المحادثات تبدأ غدا", "توجه وزير الخارجية إلى المحادثات."), "ar")
    assert adjustment(turkish.facts, arabic.facts, "tr", "ar") > adjustment(turkish.facts, other.facts, "tr", "ar")
    assert not sounds("Suriye'de seçim", "", []) & sounds("", "انتخابات في سوريا", [])


def test_the_same_report_a_week_later_is_another_event():
    assert same_event(version(QUAKE["en"], "en"), version(QUAKE["en"], "en", hours=24 * 7)) == 0.0


def test_numbers_read_the_same_in_every_language():
    assert numbers("magnitude 5.4, 1,250 homes", "en") == ["5.4", "1250"]
    assert numbers("5,4 büyüklüğünde, 1.250 ev", "tr") == ["5.4", "1250"]
    assert numbers("بقوة ٥٫٤ درجات، ١٬٢٥٠ منزلاً", "ar") == ["5.4", "1250"]
    assert numbers("5,4 и 1.250", "ru") == ["5.4", "1250"]


@pytest.mark.parametrize("headline, lede, language", [
    ("", "", "en"),
    ("2024 1.250 5,4", "", "tr"),
    ("Headline only about Malatya", "", "en"),
    ("Malatya", "word " * 100_000, "en"),
    ("Землетрясение магнитудой 5,6 в Малатье", "", "xx"),
    ("\x00\ufffd ", "\u200f\u200e", "ar"),
])
def test_bad_input_gets_a_score_and_no_crash(headline, lede, language):
    score = same_event(Version(headline, lede, language, T), version(QUAKE["en"], "en"))
    assert -2.0 <= score <= 2.0


def test_a_report_the_model_cannot_read_matches_on_places_and_numbers_alone():
    unread = Version("Malatya 5,6 — 7 km", "Türkiye 5,6 7", "xx", T)
    same = Version("Malatya quake", "Turkey: magnitude 5.6 at 7 km depth", "en", T)
    other = Version("Malatya quake", "Turkey: magnitude 4.1 at 10 km depth", "en", T)
    assert same_event(unread, same) >= THRESHOLD
    assert same_event(unread, other) < THRESHOLD


def test_a_day_named_in_one_report_only_says_nothing_and_two_different_days_say_two_events():
    sunday = version(("OPEC+ extends oil output cuts", "OPEC+ agreed on Sunday to extend its cuts into next year."), "en")
    riyadh = version(("Oil producers keep supply curbs", "Members of the OPEC+ group will keep curbs, delegates said in Riyadh."), "en")
    wednesday = version(("Oil producers keep supply curbs", "The group said on Wednesday that it would keep its curbs."), "en")
    assert adjustment(sunday.facts, riyadh.facts, "en", "en") == 0.0
    assert adjustment(sunday.facts, wednesday.facts, "en", "en") < 0.0


@pytest.mark.parametrize("text, expected", [
    ("The talks began on Monday.", {"1"}), ("Görüşmeler pazartesi günü başladı.", {"1"}),
    ("بدأت المحادثات يوم الاثنين.", {"1"}), ("Fuar cuma günü açıldı, cumartesi kapanacak.", {"5", "6"}),
    ("Cuma namazının ardından pazar yerinde", set()), ("انطلق المعرض الأحد", {"7"}),
])
def test_a_day_of_the_week_reads_the_same_in_every_language(text, expected):
    assert days(text) == expected


def test_days_two_apart_tell_two_events_apart_in_any_languages_and_next_days_do_not():
    monday = version(("Merkez Bankası faizi sabit tuttu", "Merkez Bankası pazartesi günü faizi sabit tuttu."), "tr")
    wednesday = version(("المركزي يبقي الفائدة", "أبقى البنك المركزي الفائدة دون تغيير يوم الأربعاء."), "ar")
    tuesday = version(("المركزي يبقي الفائدة", "أبقى البنك المركزي الفائدة دون تغيير يوم الثلاثاء."), "ar")
    assert adjustment(monday.facts, wednesday.facts, "tr", "ar") < 0.0
    assert adjustment(monday.facts, tuesday.facts, "tr", "ar") >= 0.0
