"""Publication dates: reading the many ways pages write them, and choosing one.

Values with their own UTC offset keep it (an aware datetime is an instant; callers convert for
display). Values without one are read as local time in the source's time zone.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

logger = logging.getLogger(__name__)

# Month names as agencies write them: English, Turkish (also without its letters, as in
# addresses and old systems), Arabic in the Egyptian/Gulf names and in the Levantine ones.
MONTHS = {name: number for number, names in enumerate((
    ("jan", "january", "ocak", "يناير", "كانون الثاني"),
    ("feb", "february", "şubat", "subat", "فبراير", "شباط"),
    ("mar", "march", "mart", "مارس", "آذار"),
    ("apr", "april", "nisan", "أبريل", "ابريل", "إبريل", "نيسان"),
    ("may", "mayıs", "mayis", "مايو", "أيار"),
    ("jun", "june", "haziran", "يونيو", "يونيه", "حزيران"),
    ("jul", "july", "temmuz", "يوليو", "يوليه", "تموز"),
    ("aug", "august", "ağustos", "agustos", "أغسطس", "اغسطس", "آب"),
    ("sep", "sept", "september", "eylül", "eylul", "سبتمبر", "أيلول"),
    ("oct", "october", "ekim", "أكتوبر", "اكتوبر", "تشرين الأول"),
    ("nov", "november", "kasım", "kasim", "نوفمبر", "تشرين الثاني"),
    ("dec", "december", "aralık", "aralik", "ديسمبر", "كانون الأول"),
), start=1) for name in names}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "September 4, 2025", "Sep. 4th 2025"
MONTH_FIRST = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[,،]?\s+(\d{{4}})\b", re.I)
# "4 September 2025", "04 Sep 2025", "20 Temmuz 2018", "20 يوليو 2018"
DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({_MONTH})\.?[,،]?\s+(\d{{4}})\b", re.I)
# "20.07.2018", "20/07/2018", "7/20/2018": see numeric_day for which number is the month.
NUMERIC = re.compile(r"\b(\d{1,2})(?P<sep>[./-])(\d{1,2})(?P=sep)(\d{4})\b")
COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?Z?$")
# /2018/07/20/, /2018-07-20-, _20180720_
URL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
# A little slack for clock skew and time zones; anything later is a typo or an event date.
FUTURE_SLACK = timedelta(days=2)


def zone(name: str | None) -> tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        logger.warning("unknown time zone %r, using UTC", name)
        return UTC


def parse_datetime(value: str, tz: tzinfo | None, now: datetime | None = None) -> datetime | None:
    """An aware datetime from one of the common written forms, or None if unreadable/implausible.
    A value without a zone is read in `tz`; with tz None, it is returned naive."""
    parsed = _parse(value.strip()[:80])
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    now = now or datetime.now(UTC)
    plausible = parsed.replace(tzinfo=parsed.tzinfo or UTC)
    return parsed if EARLIEST <= plausible <= now + FUTURE_SLACK else None


def _parse(value: str) -> datetime | None:
    if not value:
        return None
    if match := COMPACT.match(value):
        return _safe_datetime(*(int(g or 0) for g in match.groups()))
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    if value[:1].isdigit() and "-" in value[:10]:
        try:
            return datetime.fromisoformat(value[:19])  # drop odd suffixes such as "+0000 UTC"
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_words(value)


def _parse_words(value: str) -> datetime | None:
    if match := MONTH_FIRST.search(value):
        month, day, year = match.groups()
        return _safe_datetime(int(year), month_number(month), int(day))
    if match := DAY_FIRST.search(value):
        day, month, year = match.groups()
        return _safe_datetime(int(year), month_number(month), int(day))
    if match := NUMERIC.search(value):
        return numeric_day(*match.groups())
    return None


def month_number(name: str) -> int:
    # Turkish capital İ lower-cases to i + a combining dot ("NİSAN" -> "ni̇san").
    return MONTHS[name.lower().replace("i\u0307", "i")]


def ambiguous_numeric(value: str) -> bool:
    """A date like 5/7/2018, which reads as two different days."""
    match = NUMERIC.fullmatch(value.strip())
    return bool(match) and match.group(2) != "." and max(int(match.group(1)), int(match.group(3))) <= 12


def numeric_day(first: str, separator: str, second: str, year: str) -> datetime | None:
    """Dots are day first everywhere they are used (Turkey, Germany, Russia). With slashes or
    dashes, a number over 12 tells which is the day; when both could be months the date is
    ambiguous (5/7: May or July?) and not read."""
    a, b = int(first), int(second)
    if separator == "." or a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    return _safe_datetime(int(year), month, day)


def _safe_datetime(year: int, month: int, day: int, *clock: int) -> datetime | None:
    try:
        return datetime(year, month, day, *clock)
    except ValueError:
        return None


def url_date(url: str) -> date | None:
    """The day a URL's path spells out (/2018/07/20/), if any."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in URL_DATE.finditer(path):
        year, _, month, day = match.groups()
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


# Two readings within this of each other describe the same publication (time zones, or a
# day-only value against a full timestamp).
AGREEMENT = timedelta(hours=26)


def as_aware(value: datetime, tz: tzinfo) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def choose_published(
    *,
    page_day: date | None,
    page_values: list[tuple[str, str]],
    url: str,
    feed_date: datetime | None,
    tz: tzinfo,
) -> datetime | None:
    """Reconcile the feed's date, the page's own (page_day: the day a date finder settled on;
    page_values: raw metadata values) and the URL's: the reading most sources agree on wins,
    ties going to the feed, then the page, then the URL; the most precise value of it is kept."""
    page = _page_datetime(page_day, page_values, tz)
    day_in_url = url_date(url)
    readings = [
        ("feed", as_aware(feed_date, tz) if feed_date else None, True),
        ("page", page[0] if page else None, bool(page and page[1])),
        ("url", datetime.combine(day_in_url, datetime.min.time(), tz) if day_in_url else None,
         False),
    ]
    readings = [r for r in readings if r[1] is not None]
    if not readings:
        return None
    support = [sum(abs(v - other) <= AGREEMENT for _, other, _ in readings) for _, v, _ in readings]
    best = max(support)
    group = [r for r, n in zip(readings, support, strict=True) if n == best]
    # Within the winning group prefer a value with a time of day over a bare date.
    return next((value for _, value, timed in group if timed), group[0][1])


def _page_datetime(day: date | None, values: list[tuple[str, str]],
                   tz: tzinfo) -> tuple[datetime, bool] | None:
    """The page's publication time: the found day, with a time of day when a metadata value
    on that same day provides one. The bool says whether a time of day is known."""
    parsed = [d for _, v in values if (d := parse_datetime(v, tz))]
    if not day:
        return (parsed[0], True) if parsed else None
    same_day = next((d for d in parsed if d.date() == day), None)
    if same_day is not None:
        return same_day, True
    # A timestamp with its zone that is this day somewhere on Earth is the same moment read in
    # another zone (the page shows its local date, the metadata UTC): the more precise of two.
    zoned = [d for _, v in values if (d := parse_datetime(v, None)) and d.tzinfo is not None]
    elsewhere = next((d for d in zoned if _is_day_somewhere(d, day)), None)
    if elsewhere is not None:
        return elsewhere, True
    return datetime.combine(day, datetime.min.time(), tz), False


def _is_day_somewhere(moment: datetime, day: date) -> bool:
    """Whether `moment` falls on `day` in some time zone, UTC-12 to UTC+14."""
    midnight = datetime.combine(day, datetime.min.time(), UTC)
    return midnight - timedelta(hours=14) <= moment < midnight + timedelta(hours=36)
