"""Header dates: Gregorian, weekday and Umm al-Qura Hijri in English, Turkish and Arabic."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsdesk.calendars import (
    UMM_AL_QURA_FIRST,
    UMM_AL_QURA_LAST,
    HijriDate,
    format_gregorian,
    format_hijri,
    format_strip_day,
    format_timestamp,
    group_digits,
    header_date,
    hijri,
    tabular_hijri,
    weekday_name,
)

ONE_DAY = timedelta(days=1)

# The vectors of ../shared/design/CALENDAR.md.
VECTORS = [
    (date(2018, 7, 20), "Friday", HijriDate(1439, 11, 7), "7 Dhul-Qaʿda 1439"),
    (date(2017, 1, 28), "Saturday", HijriDate(1438, 4, 30), "30 Rabiʿ al-Thani 1438"),
    (date(2026, 11, 24), "Tuesday", HijriDate(1448, 6, 14), "14 Jumada al-Akhira 1448"),
    (date(1924, 8, 1), "Friday", HijriDate(1343, 1, 1), "1 Muharram 1343"),
    (date(2077, 11, 16), "Tuesday", HijriDate(1500, 12, 30), "30 Dhul-Hijja 1500"),
]


# hijridate's table reproduces the published early Umm al-Qura calendar, in which some
# months of 1343-1364 AH (1924-1945) ran 28 or 31 days; from then on every month is 29 or 30.
REGULAR_TABLE_FROM = date(1946, 1, 1)
REGULAR_MONTHS = (29, 30)
EARLY_TABLE_MONTHS = (28, 29, 30, 31)


def month_lengths_around(day: date) -> tuple[int, ...]:
    if UMM_AL_QURA_FIRST <= day < REGULAR_TABLE_FROM:
        return EARLY_TABLE_MONTHS
    return REGULAR_MONTHS


def is_next_hijri_day(before: HijriDate, after: HijriDate, lengths=REGULAR_MONTHS) -> bool:
    """True when ``after`` is the day following ``before`` with months of ``lengths`` days."""
    if after == HijriDate(before.year, before.month, before.day + 1):
        return before.day < max(lengths)
    if before.day not in lengths or after.day != 1:
        return False
    if before.month == 12:
        return (after.year, after.month) == (before.year + 1, 1)
    return (after.year, after.month) == (before.year, before.month + 1)


# An independent tabular calendar: walk from 1 Muharram 1 AH (16 July 622 Julian, that is
# 19 July 622 proleptic Gregorian) year by year with the leap years listed explicitly.
TABULAR_EPOCH = date(622, 7, 19)
TABULAR_LEAP_YEARS = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}


def walked_tabular(target: date) -> HijriDate:
    start, year = TABULAR_EPOCH, 1
    while True:
        length = 355 if year % 30 in TABULAR_LEAP_YEARS else 354
        if start + timedelta(days=length) > target:
            break
        start, year = start + timedelta(days=length), year + 1
    for month in range(1, 13):
        leap_end = month == 12 and year % 30 in TABULAR_LEAP_YEARS
        length = 30 if month % 2 == 1 or leap_end else 29
        if start + timedelta(days=length) > target:
            return HijriDate(year, month, (target - start).days + 1)
        start += timedelta(days=length)
    raise AssertionError("a year has twelve months")


@pytest.mark.parametrize(("day", "weekday", "expected", "text"), VECTORS)
def test_design_vectors_give_the_umm_al_qura_date_and_weekday(day, weekday, expected, text):
    assert hijri(day) == expected
    assert weekday_name(day, "en") == weekday
    assert format_hijri(hijri(day), "en") == text


def test_english_header_matches_the_seed_exactly():
    assert header_date(date(2018, 7, 20), "en") == "20 July 2018 - Friday - 7 Dhul-Qaʿda 1439"


def test_english_hijri_months_use_the_modifier_letter_ayn():
    assert "\u02bf" in format_hijri(HijriDate(1439, 11, 7), "en")
    assert "'" not in format_hijri(HijriDate(1439, 11, 7), "en")


def test_turkish_header_uses_turkish_month_weekday_and_hijri_names():
    assert header_date(date(2018, 7, 20), "tr") == "20 Temmuz 2018 - Cuma - 7 Zilkade 1439"


def test_arabic_header_uses_arabic_month_weekday_and_hijri_names():
    expected = "20 يوليو 2018 - الجمعة - 7 ذو القعدة 1439"
    assert header_date(date(2018, 7, 20), "ar") == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "30 Rabiʿ al-Thani 1438"),
        ("tr", "30 Rebiülahir 1438"),
        ("ar", "30 ربيع الآخر 1438"),
    ],
)
def test_hijri_month_names_per_language(lang, expected):
    assert format_hijri(hijri(date(2017, 1, 28)), lang) == expected


@pytest.mark.parametrize(
    ("lang", "gregorian", "weekday"),
    [
        ("en", "28 January 2017", "Saturday"),
        ("tr", "28 Ocak 2017", "Cumartesi"),
        ("ar", "28 يناير 2017", "السبت"),
    ],
)
def test_gregorian_date_and_weekday_per_language(lang, gregorian, weekday):
    assert format_gregorian(date(2017, 1, 28), lang) == gregorian
    assert weekday_name(date(2017, 1, 28), lang) == weekday


def test_every_weekday_has_a_distinct_name_in_every_language():
    week = [date(2018, 7, 16) + timedelta(days=i) for i in range(7)]  # Monday..Sunday
    for lang in ("en", "tr", "ar"):
        names = [weekday_name(day, lang) for day in week]
        assert len(set(names)) == 7
    assert [weekday_name(day, "tr") for day in week][-1] == "Pazar"
    assert [weekday_name(day, "ar") for day in week][0] == "الاثنين"


def test_every_gregorian_month_has_a_distinct_name_in_every_language():
    for lang in ("en", "tr", "ar"):
        names = {format_gregorian(date(2018, month, 1), lang) for month in range(1, 13)}
        assert len(names) == 12
    assert format_gregorian(date(2018, 12, 31), "tr") == "31 Aralık 2018"


@pytest.mark.parametrize("lang", ["xx", "", "de", None])
def test_unknown_language_falls_back_to_english(lang):
    assert header_date(date(2018, 7, 20), lang) == "20 July 2018 - Friday - 7 Dhul-Qaʿda 1439"


def test_regional_language_codes_use_their_language():
    assert weekday_name(date(2018, 7, 20), "tr-TR") == "Cuma"
    assert format_gregorian(date(2018, 7, 20), "en-us") == "20 July 2018"


@pytest.mark.parametrize(
    ("adjust", "expected"),
    [
        (-2, HijriDate(1439, 11, 5)),
        (-1, HijriDate(1439, 11, 6)),
        (1, HijriDate(1439, 11, 8)),
        (2, HijriDate(1439, 11, 9)),
    ],
)
def test_adjustment_moves_the_hijri_date_by_whole_days(adjust, expected):
    assert hijri(date(2018, 7, 20), adjust) == expected


def test_adjustment_crosses_the_month_end_by_the_tables_month_length():
    # 30 Rabiʿ al-Thani 1438 is the last day of its month in the table.
    assert hijri(date(2017, 1, 28), 1) == HijriDate(1438, 5, 1)
    assert hijri(date(2017, 1, 28), 2) == HijriDate(1438, 5, 2)


def test_adjustment_shows_in_the_header_only_on_the_hijri_part():
    expected = "20 July 2018 - Friday - 8 Dhul-Qaʿda 1439"
    assert header_date(date(2018, 7, 20), "en", adjust=1) == expected


@pytest.mark.parametrize("adjust", [-3, 3, 10])
def test_adjustment_beyond_two_days_is_rejected(adjust):
    with pytest.raises(ValueError):
        hijri(date(2018, 7, 20), adjust)
    with pytest.raises(ValueError):
        header_date(date(2018, 7, 20), "en", adjust=adjust)


def test_a_datetime_gives_the_hijri_date_of_its_day():
    assert hijri(datetime(2018, 7, 20, 23, 59)) == HijriDate(1439, 11, 7)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1900, 1, 1), HijriDate(1317, 8, 28)),
        (date(2100, 1, 1), HijriDate(1523, 10, 19)),
        (date(622, 7, 19), HijriDate(1, 1, 1)),
    ],
)
def test_tabular_calendar_matches_an_independent_walk_from_the_epoch(day, expected):
    assert walked_tabular(day) == expected
    assert tabular_hijri(day) == expected


@given(st.dates(min_value=date(622, 7, 19), max_value=date(2400, 12, 31)))
def test_tabular_calendar_agrees_with_the_walk_on_any_day(day):
    assert tabular_hijri(day) == walked_tabular(day)


def test_dates_outside_the_table_fall_back_instead_of_failing():
    # After the table the fallback is the plain tabular calendar; before it, the tabular
    # calendar slid by one day so that 1343 starts on the table's first day.
    assert hijri(date(2100, 1, 1)) == HijriDate(1523, 10, 19)
    assert hijri(date(1900, 1, 1)) == HijriDate(1317, 8, 29)
    assert hijri(date(1, 1, 1)).year < 0
    assert hijri(date(9999, 12, 31)).year == 9666


def test_the_fallback_joins_the_table_without_a_jump():
    assert hijri(UMM_AL_QURA_FIRST - ONE_DAY) == HijriDate(1342, 12, 29)
    assert hijri(UMM_AL_QURA_FIRST) == HijriDate(1343, 1, 1)
    assert hijri(UMM_AL_QURA_LAST) == HijriDate(1500, 12, 30)
    assert hijri(UMM_AL_QURA_LAST + ONE_DAY) == HijriDate(1501, 1, 1)
    assert hijri(UMM_AL_QURA_LAST, adjust=1) == HijriDate(1501, 1, 1)


@pytest.mark.parametrize("edge", [UMM_AL_QURA_FIRST, UMM_AL_QURA_LAST - timedelta(days=730)])
def test_tabular_months_start_within_two_days_of_umm_al_qura_near_the_table_edges(edge):
    month_starts = 0
    for offset in range(731):
        day = edge + timedelta(days=offset)
        start = hijri(day)
        if start.day == 1:
            month_starts += 1
            nearby = {tabular_hijri(day + timedelta(days=k)) for k in range(-2, 3)}
            assert start in nearby, day
    assert month_starts >= 24


def test_consecutive_days_across_the_whole_table_are_consecutive_hijri_days():
    day, before = UMM_AL_QURA_FIRST - timedelta(days=400), None
    while day <= UMM_AL_QURA_LAST + timedelta(days=400):
        current = hijri(day)
        lengths = month_lengths_around(day - ONE_DAY)
        assert before is None or is_next_hijri_day(before, current, lengths), day
        day, before = day + ONE_DAY, current


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-2, max_value=2),
)
@example(UMM_AL_QURA_FIRST - ONE_DAY, 0)
@example(UMM_AL_QURA_LAST, 0)
@example(UMM_AL_QURA_FIRST - timedelta(days=3), 2)
@example(UMM_AL_QURA_LAST - ONE_DAY, 1)
def test_consecutive_gregorian_days_give_consecutive_hijri_days(day, adjust):
    lengths = month_lengths_around(day + timedelta(days=adjust))
    assert is_next_hijri_day(hijri(day, adjust), hijri(day + ONE_DAY, adjust), lengths)


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-2, max_value=2),
)
def test_adjustment_equals_shifting_the_gregorian_day(day, adjust):
    assert hijri(day, adjust) == hijri(day + timedelta(days=adjust))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "28 January 2017 15:51"),
        ("tr", "28 Ocak 2017 15:51"),
        ("ar", "28 يناير 2017 15:51"),
    ],
)
def test_article_timestamp_shows_date_and_24_hour_time(lang, expected):
    assert format_timestamp(datetime(2017, 1, 28, 15, 51, 42), lang) == expected


def test_article_timestamp_pads_hours_and_minutes():
    assert format_timestamp(datetime(2017, 1, 5, 7, 3), "en") == "5 January 2017 07:03"


def test_strip_day_is_zero_padded_day_month_year():
    assert format_strip_day(date(2018, 7, 20)) == "20/07/2018"
    assert format_strip_day(date(2018, 1, 5)) == "05/01/2018"


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (140211, "en", "140,211"),
        (140211, "tr", "140.211"),
        (140211, "ar", "140,211"),
        (1234567, "tr", "1.234.567"),
        (999, "en", "999"),
        (0, "tr", "0"),
        (140211, "xx", "140,211"),
    ],
)
def test_totals_use_the_languages_digit_grouping(n, lang, expected):
    assert group_digits(n, lang) == expected
