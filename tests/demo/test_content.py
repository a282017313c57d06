"""The generator's reports in English, Turkish and Arabic: own datelines, names, number forms and
script; no headline twice a day in a language; events told by several agencies share their
facts but not their words, and same-kind events in one country are told apart."""

import random
import re
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from functools import cache
from html import unescape
from itertools import combinations

import pytest

from newsdesk.demo import wording_en
from newsdesk.demo.agency import Agency
from newsdesk.demo.lexicon import AUTHORS, COUNTRIES, HOUSES, TOPICS
from newsdesk.demo.wire import Wire, parse_split

DAYS, PER_DAY = 40, 45


@cache
def wire_days(seed: int = 5, split: tuple = ()) -> list[list]:
    wire = Wire(random.Random(seed), dict(split) or None)
    start = datetime(2024, 3, 1, 6, tzinfo=UTC)
    days = []
    for d in range(DAYS):
        moments = [start + timedelta(days=d, minutes=20 * i) for i in range(PER_DAY)]
        days.append(wire.day(moments, (start + timedelta(days=d)).date()))
    return days


def all_reports(seed: int = 5) -> list:
    return [r for day in wire_days(seed) for r in day]


def text(report) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", report.body_html))


def sentences(report) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.])\s+", text(report)) if s.strip()}


ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬", "0123456789.,")


def figures(report) -> set[float]:
    """The numbers a report gives, read as its language writes them."""
    body = f"{report.headline} {text(report)}".translate(ARABIC_DIGITS)
    found = set()
    for figure in re.findall(r"\d[\d.,]*\d|\d", body):
        if report.language == "tr":
            figure = figure.replace(".", "").replace(",", ".")
        else:
            figure = figure.replace(",", "")
        found.add(float(figure))
    return found


CITIES = {getattr(c, lang)[i]: (c.key, i) for c in COUNTRIES for lang in ("en", "tr", "ar") for i in (1, 2)}


def dateline_city(report) -> tuple[str, int]:
    """The dateline's city, as (country, 1 for the capital / 2 for the other city)."""
    head = text(report).split(" (")[0].strip()
    for name, place in CITIES.items():
        if head in (name, name.upper()) or (report.language == "tr" and head == name.replace("i", "İ").upper()):
            return place
    raise AssertionError(f"no known city in the dateline {head!r}")


def test_the_same_seed_gives_the_same_reports():
    assert wire_days(5) == [list(day) for day in wire_days.__wrapped__(5)]
    assert wire_days(5)[0] != wire_days(6)[0]


def test_languages_follow_the_split():
    counts = Counter(r.language for r in all_reports())
    total = sum(counts.values())
    assert abs(counts["en"] / total - 0.5) < 0.05
    assert abs(counts["tr"] / total - 0.25) < 0.04 and abs(counts["ar"] / total - 0.25) < 0.04
    only_turkish = Counter(r.language for day in wire_days(5, (("tr", 1.0),)) for r in day)
    assert set(only_turkish) == {"tr"}


def test_a_split_is_read_or_refused_clearly():
    assert parse_split("en=2,tr=1,ar=1") == {"en": 2.0, "tr": 1.0, "ar": 1.0}
    for bad in ("fr=1", "en=x", "en=0", "", "en=-1"):
        with pytest.raises(ValueError):
            parse_split(bad)


def test_no_headline_repeats_on_a_day_within_a_language():
    for day in wire_days():
        seen = Counter((r.language, r.headline) for r in day)
        assert [h for h, n in seen.items() if n > 1] == []


def test_no_headline_repeats_on_a_day_of_the_demo_agency():
    # 2,880 reports a day in one agency's three editions.
    agency = Agency(seed=3)
    first, day = agency.day_reports(19000)
    seen = Counter((r.language, r.headline) for r in day)
    assert len(day) == 2880 and [h for h, n in seen.items() if n > 1] == []


def test_every_report_has_its_dateline_byline_agency_and_country_prefix():
    names = {lang: {h.name(lang): h.credit(lang) for h in HOUSES} for lang in ("en", "tr", "ar")}
    for r in all_reports():
        assert r.author in AUTHORS[r.language]
        credit = names[r.language][r.agency]
        city, _ = dateline_city(r)
        assert city == r.country
        dash = "–" if r.language == "tr" else "-"
        assert f"({credit}) {dash} " in text(r)
        country = next(getattr(c, r.language)[0] for c in COUNTRIES if c.key == r.country)
        assert r.headline.startswith(f"{country}: ")


def test_turkish_and_arabic_write_numbers_their_own_way():
    reports = all_reports()
    turkish = " ".join(text(r) for r in reports if r.language == "tr")
    arabic = " ".join(text(r) for r in reports if r.language == "ar")
    assert re.search(r"yüzde \d+", turkish) and re.search(r"\b\d,\d\b", turkish)  # yüzde 12, 5,4
    assert re.search(r"\b\d\.\d{3}\b", " ".join(r.headline for r in reports if r.language == "tr") + turkish) \
        or not any(n >= 1000 for r in reports if r.language == "tr" for n in figures(r))
    assert re.search("[٠-٩]+ في المئة", arabic) and re.search("[٠-٩]٫[٠-٩]", arabic)
    assert not re.search(r"[0-9]", arabic)


def english_words() -> set[str]:
    """Words of the English copy that are not names (names are shared across languages)."""
    templates = " ".join(
        s for kind in wording_en.KINDS.values() for part in kind for s in part
    ) + " " + " ".join(wording_en.GENERIC) + " " + " ".join(t[0] for t in TOPICS)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}", " ", templates))}
    names = {w.lower() for c in COUNTRIES for lang in ("en", "tr") for n in getattr(c, lang) for w in n.split()}
    return words - names


TURKISH_TOO = {"on"}  # Turkish words spelt like English ones: "on gün", ten days


def test_turkish_and_arabic_reports_use_their_own_script_and_words():
    english = english_words()
    for r in all_reports():
        body = f"{r.headline} {text(r)} {r.author} {r.agency}"
        if r.language == "ar":
            assert not re.search(r"[A-Za-z]", body), r.headline
            letters = re.findall(r"\w", body)
            assert sum("\u0600" <= c <= "\u06ff" for c in letters) == len(letters)
        if r.language == "tr":
            words = re.findall(r"[^\W\d_]+", re.sub(r"'\w+", "", body))  # Irak'a: the name, then its suffix
            assert not {w for w in words if w.lower() in english} - TURKISH_TOO, r.headline
            assert not re.search(r"[qwxQWX]", body)
    turkish = " ".join(text(r) for r in all_reports() if r.language == "tr")
    assert set("çğıöşüİ") <= set(turkish)


def by_event() -> dict[str, list]:
    events = defaultdict(list)
    for r in all_reports():
        events[r.event_id].append(r)
    return events


def test_some_events_are_told_by_several_agencies_in_several_languages():
    shared = [rs for rs in by_event().values() if len(rs) > 1]
    assert len(shared) > 0.1 * len(by_event())
    assert any(len(rs) == 3 for rs in shared)
    assert any(len({r.language for r in rs}) > 1 for rs in shared)
    assert any(len({r.language for r in rs}) < len(rs) for rs in shared)  # two agencies, one language
    for rs in shared:
        assert len({(r.agency, r.language) for r in rs}) == len(rs)
        assert len({r.published_at.date() for r in rs}) == 1


def test_one_event_shares_its_facts_but_not_its_words():
    for rs in (rs for rs in by_event().values() if len(rs) > 1):
        assert len({r.country for r in rs}) == 1 and len({r.kind for r in rs}) == 1
        assert len({dateline_city(r) for r in rs}) == 1
        assert len({frozenset(figures(r)) for r in rs}) == 1, [r.headline for r in rs]
        assert len({r.others for r in rs if r.kind in ("talks", "ministers", "exports", "qualifier")}) <= 1
        for a, b in combinations(rs, 2):
            assert a.headline != b.headline and a.summary != b.summary
            if a.language == b.language:
                assert not sentences(a) & sentences(b), (a.headline, b.headline)


def topics(report) -> set[str]:
    """The topics a report names (in English, whatever its language)."""
    column = ("en", "tr", "ar").index(report.language)
    return {t[0] for t in TOPICS if t[column] in text(report)}


def test_same_kind_events_in_one_country_within_a_week_are_different_stories():
    events = {rs[0].event_id: rs[0] for rs in by_event().values()}
    pairs = [
        (a, b) for a, b in combinations(events.values(), 2)
        if (a.kind, a.country) == (b.kind, b.country) and abs(a.published_at - b.published_at) < timedelta(days=7)
    ]
    quakes = [p for p in pairs if p[0].kind == "quake"]
    meetings = [p for p in pairs if p[0].kind == "ministers" and dateline_city(p[0]) != dateline_city(p[1])]
    assert len(pairs) > 30 and quakes and meetings
    differing = [p for p in pairs if figures(p[0]) != figures(p[1]) or dateline_city(p[0]) != dateline_city(p[1])
                 or p[0].others != p[1].others or topics(p[0]) != topics(p[1])]
    assert len(differing) == len(pairs)


def test_event_days_are_the_days_asked_for():
    day = wire_days()[3]
    assert {r.published_at.date() for r in day} == {date(2024, 3, 4)}
