"""Gregorian and Hijri dates as the portal shows them, in English, Turkish and Arabic.

Pure functions: no Django, no I/O. The header line reads
``20 July 2018 - Friday - 7 Dhul-Qaʿda 1439``: Gregorian date, weekday, then the
civil Umm al-Qura Hijri date (optionally shifted for countries that start months a day
or two apart from Saudi Arabia).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hijridate import Gregorian

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "tr", "ar")
DEFAULT_LANGUAGE = "en"
MAX_ADJUST = 2

# The range hijridate's Umm al-Qura table covers; outside it we compute the tabular calendar.
UMM_AL_QURA_FIRST = date(1924, 8, 1)
UMM_AL_QURA_LAST = date(2077, 11, 16)

GREGORIAN_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
           "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"),
    # Egyptian/Gulf transliterated names rather than the Levantine Syriac ones
    # (كانون الثاني، شباط ...): they are read everywhere in the Arab world, they are what
    # pan-Arab news sites print, and they match the design's "20 يوليو 2018".
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
           "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}

# Indexed by date.weekday(): Monday is 0.
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}

# The seed's English spelling (ʿ is U+02BF), not hijridate's "Dhu al-Qa'dah" style.
HIJRI_MONTHS = {
    "en": ("Muharram", "Safar", "Rabiʿ al-Awwal", "Rabiʿ al-Thani", "Jumada al-Ula",
           "Jumada al-Akhira", "Rajab", "Shaʿban", "Ramadan", "Shawwal", "Dhul-Qaʿda",
           "Dhul-Hijja"),
    "tr": ("Muharrem", "Safer", "Rebiülevvel", "Rebiülahir", "Cemaziyelevvel",
           "Cemaziyelahir", "Recep", "Şaban", "Ramazan", "Şevval", "Zilkade", "Zilhicce"),
    "ar": ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
           "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"),
}

# Thousands separator per language. Arabic keeps the comma: the site prints Western digits
# in Arabic too, and the Arabic separator "٬" only reads naturally with Arabic-Indic digits.
THOUSANDS_SEPARATORS = {"en": ",", "tr": ".", "ar": ","}

HEADER_JOINER = " - "

# Julian day number of 1 Muharram 1 AH in the civil (Friday 16 July 622 Julian) epoch,
# the one the "Kuwaiti" tabular calendar uses.
_ISLAMIC_EPOCH_JDN = 1948440
# date.toordinal() + this = Julian day number (JDN of 0001-01-01 proleptic Gregorian).
_ORDINAL_TO_JDN = 1721425


@dataclass(frozen=True, order=True)
class HijriDate:
    year: int
    month: int
    day: int


def language(lang: str | None) -> str:
    """The supported language for a code like "tr" or "en-us"; unknown codes give English."""
    primary = (lang or "").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def hijri(day: date, adjust: int = 0) -> HijriDate:
    """Civil Umm al-Qura date of ``day``, moved by ``adjust`` days (−2…+2).

    The adjustment shifts the Gregorian day before converting, so month lengths stay those
    of the table. Dates outside the table use the tabular calendar instead of failing, slid
    by a whole number of days so it joins the table's first and last day without a jump.
    """
    if not -MAX_ADJUST <= adjust <= MAX_ADJUST:
        raise ValueError(f"Hijri adjustment must be between -{MAX_ADJUST} and {MAX_ADJUST}")
    if isinstance(day, datetime):
        day = day.date()
    shifted = day + timedelta(days=adjust)
    if shifted < UMM_AL_QURA_FIRST:
        return tabular_hijri(shifted + timedelta(days=_BEFORE_TABLE_SHIFT))
    if shifted > UMM_AL_QURA_LAST:
        return tabular_hijri(shifted + timedelta(days=_AFTER_TABLE_SHIFT))
    converted = Gregorian.fromdate(shifted).to_hijri()
    return HijriDate(converted.year, converted.month, converted.day)


def tabular_hijri(day: date) -> HijriDate:
    """Arithmetic Islamic date: 30-year cycle with 11 leap years (2, 5, 7, 10, 13, 16, 18,
    21, 24, 26, 29), months alternating 30/29 days and Dhul-Hijja 30 days in leap years."""
    jdn = _jdn(day)
    # Estimate from the mean year of 10631/30 days; the +10646 offset makes the floor exact.
    year = (30 * (jdn - _ISLAMIC_EPOCH_JDN) + 10646) // 10631
    days_into_year = jdn - _tabular_jdn(year, 1, 1)
    month = (11 * days_into_year + 330) // 325
    return HijriDate(year, month, jdn - _tabular_jdn(year, month, 1) + 1)


def _tabular_jdn(year: int, month: int, day: int) -> int:
    """Julian day number of a tabular Islamic date."""
    days_before_month = 29 * (month - 1) + (6 * month - 1) // 11  # 0, 30, 59, 89, ...
    leap_days_before_year = (3 + 11 * year) // 30
    return (day + days_before_month + (year - 1) * 354 + leap_days_before_year
            + _ISLAMIC_EPOCH_JDN - 1)


def _jdn(day: date) -> int:
    return day.toordinal() + _ORDINAL_TO_JDN


# The table starts on 1 Muharram 1343 and ends on the last day of 1500. The tabular calendar
# begins 1343 a day later than the table (1500 ends on the same day), so unshifted the header
# would go from 28 Dhul-Hijja 1342 straight to 1 Muharram 1343 at the seam. Sliding the
# fallback by that whole-day difference keeps every day consecutive; it stays within the
# ±2 days by which the tabular calendar anyway differs from observed month starts.
_BEFORE_TABLE_SHIFT = _tabular_jdn(1343, 1, 1) - _jdn(UMM_AL_QURA_FIRST)
_AFTER_TABLE_SHIFT = _tabular_jdn(1501, 1, 1) - _jdn(UMM_AL_QURA_LAST) - 1


def format_gregorian(day: date, lang: str) -> str:
    """Like "20 July 2018", "20 Temmuz 2018" or "20 يوليو 2018"."""
    months = GREGORIAN_MONTHS[language(lang)]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def weekday_name(day: date, lang: str) -> str:
    return WEEKDAYS[language(lang)][day.weekday()]


def format_hijri(h: HijriDate, lang: str) -> str:
    """Like "7 Dhul-Qaʿda 1439", "7 Zilkade 1439" or "7 ذو القعدة 1439"."""
    months = HIJRI_MONTHS[language(lang)]
    return f"{h.day} {months[h.month - 1]} {h.year}"


def header_date(day: date, lang: str, adjust: int = 0) -> str:
    """The header line: "20 July 2018 - Friday - 7 Dhul-Qaʿda 1439"."""
    parts = (format_gregorian(day, lang), weekday_name(day, lang),
             format_hijri(hijri(day, adjust), lang))
    return HEADER_JOINER.join(parts)


def format_timestamp(dt: datetime, lang: str) -> str:
    """Article time stamp, "28 January 2017 15:51"; ``dt`` is already in the site's zone."""
    return f"{format_gregorian(dt.date(), lang)} {dt:%H:%M}"


def format_strip_day(day: date) -> str:
    """The day strip's "20/07/2018", the same in every language."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def group_digits(n: int, lang: str) -> str:
    """140211 -> "140,211" (en, ar) or "140.211" (tr)."""
    return f"{n:,}".replace(",", THOUSANDS_SEPARATORS[language(lang)])
