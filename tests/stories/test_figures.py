"""A figure is read with what it counts, in English, Turkish and Arabic, so that reports of one
event giving figures of different kinds are not taken for different events, while figures of
one kind that differ still tell two events apart. Pure: no database."""

import pytest

from newsdesk.stories.facts import facts
from newsdesk.stories.figures import Figure, figures, parse
from newsdesk.stories.matching import numbers_signal


def read(text, language):
    return [str(f) for f in figures(text, language)]


@pytest.mark.parametrize("text, language, expected", [
    ("rates rose 9% to $19.3 billion", "en", ["pct:9", "money:19300000000"]),
    ("ihracat yüzde 9 artışla 19,3 milyar dolar oldu", "tr", ["pct:9", "money:19300000000"]),
    ("ارتفعت بنسبة ٩ في المئة لتبلغ 19.3 مليار دولار", "ar", ["pct:9", "money:19300000000"]),
])
def test_shares_and_money_read_alike_in_three_languages(text, language, expected):
    assert read(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Kuwait swelters at 51C; demand hit 17,000 megawatts", "en", ["degree:51", "power:17000"]),
    ("Kuveyt'te sıcaklık 51 dereceyi buldu", "tr", ["degree:51"]),
    ("تجاوز الاستهلاك ١٧ ألف ميغاواط مع بلوغ الحرارة 51 درجة", "ar", ["power:17000", "degree:51"]),
    ("a magnitude 5.6 quake at a depth of 7 km", "en", ["degree:5.6", "length:7"]),
    ("Sahil Güvenlik 11'i çocuk 38 düzensiz göçmeni kurtardı", "tr", ["people:11", "people:38"]),
    ("مصرع 3 أشخاص وإصابة ٤٩ مصاباً", "ar", ["people:3", "people:49"]),
    ("OPEC+ extends cuts of 5.86 million barrels into 2025", "en", ["volume:5860000", "year:2025"]),
    ("2025 yılı sonuna kadar 4 yıllık çalışma", "tr", ["year:2025", "time:4"]),
    ("on 6 May, 12 aircraft", "en", ["date:6", "12"]),
    ("في 6 أيار", "ar", ["date:6"]),
])
def test_what_a_figure_counts_is_read_from_the_words_around_it(text, language, expected):
    assert read(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("more than 1,800 publishers", "en"), ("1.800'ü aşkın yayınevi", "tr"), ("نحو 1800 دار نشر", "ar"),
])
def test_a_bound_or_a_rough_figure_is_marked_rough(text, language):
    assert figures(text, language) == [Figure("", "1800", rough=True)]


def test_a_figure_is_stored_as_text_and_read_back_and_an_old_bare_value_is_plain():
    for figure in figures("about 3,400 families, 9% and 1,250", "en"):
        assert parse(str(figure)) == figure
    assert parse("5.6") == Figure("", "5.6")


def about(headline, lede, language):
    return facts(headline, lede, language)


def test_figures_of_different_kinds_say_nothing_against_one_event():
    heat = about("Kuwait swelters at 51C as power cuts hit", "Temperatures reached 51 degrees Celsius.", "en")
    power = about("Kuwait rations electricity", "Consumption exceeded 17,000 megawatts, officials said.", "en")
    fire = about("Wildfire reaches houses", "15 people were treated for smoke inhalation.", "en")
    wind = about("Hundreds flee fire", "A blaze driven by winds of 60 km/h moved towards the coast.", "en")
    assert numbers_signal(heat, power) == 0.0
    assert numbers_signal(fire, wind) == 0.0


def test_figures_of_one_kind_that_differ_still_tell_two_events_apart():
    quake = about("Magnitude 5.6 quake hits Malatya", "", "en")
    aftershock = about("Malatya'da 4,1 büyüklüğünde artçı deprem", "", "tr")
    march = about("Exports fall 3.8% in March", "", "en")
    april = about("İhracat nisanda yüzde 9 arttı", "", "tr")
    assert numbers_signal(quake, aftershock) < 0
    assert numbers_signal(march, april) < 0


def test_a_rough_figure_agrees_with_one_near_it_and_not_with_one_far_off():
    exact = about("Kuwait swelters at 51C", "", "en")
    near = about("Heatwave in Kuwait", "The mercury rose above 50C.", "en")
    far = about("Heatwave in Kuwait", "The mercury rose above 40C.", "en")
    assert numbers_signal(exact, near) == 0.0
    assert numbers_signal(exact, far) < 0


def test_a_year_is_not_weighed_against_a_count():
    opec = about("OPEC+ extends output cuts into 2025", "", "en")
    barrels = about("Oil producers keep supply curbs", "Cuts of 5.86 million bpd stay.", "en")
    assert numbers_signal(opec, barrels) == 0.0
    assert "year:2025" in opec.numbers
