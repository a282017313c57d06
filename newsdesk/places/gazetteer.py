"""Where a report is about: its `Country:` headline prefix, its feed categories and the countries
named in its text, in English, Turkish or Arabic. Pure: names in, (name, code) pairs out.

Running text is matched word by word and case-sensitively, since "turkey", "chad" or "jordan"
written small are not countries; Arabic is matched after its spelling variants are unified
(hamza forms of alef, final yeh and teh marbuta, diacritics) and with the article and the
one-letter prefixes و ف ب ك ل that attach to a name.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.places.countries import (
    AMBIGUOUS,
    Country,
    arabic_normal,
    countries,
    country_by_label,
)

MAX_PLACES = 4
PREFIX = re.compile(r"^\s*([^\W\d_][\w .'’-]{1,40}?)\s*:\s+\S", re.UNICODE)
WORD = re.compile(r"\w+")
ARABIC_DEMONYM_ENDINGS = ("", "ه", "ون", "ين")
# Capitalised words that start a sentence or a phrase ("In Jordan, ...") rather than a name.
FUNCTION_WORDS = {
    "A", "About", "Across", "After", "And", "As", "At", "Before", "Between", "Both", "But", "By", "For",
    "From", "In", "Inside", "Into", "Near", "Of", "On", "Outside", "Over", "The", "To", "Under", "While", "With",
}
# "guinea pig", "turkey vulture": a lower-case noun after an ambiguous name makes it a thing.
COMPOUND_NOUNS = {"pig", "pigs", "fowl", "fowls", "worm", "worms", "vulture", "vultures"}


def is_arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in word)


@dataclass(frozen=True)
class Name:
    words: tuple[str, ...]
    country: Country
    open_ended: bool = False  # the last word may go on (Syrians, Suriyeliler)

    @property
    def ambiguous(self) -> bool:
        return len(self.words) == 1 and self.words[0].capitalize() in AMBIGUOUS


def turkish_upper(word: str) -> str:
    return word.replace("i", "İ").replace("ı", "I").upper()


def latin_forms(name: str) -> set[tuple[str, ...]]:
    """As written, and in capitals (headlines): English capitals and Turkish ones (İ)."""
    words = WORD.findall(name)
    return {tuple(words), tuple(w.upper() for w in words), tuple(turkish_upper(w) for w in words)}


def with_prefixes(head: str, article: bool) -> set[str]:
    """An Arabic first word with what may be attached before it: و or ف, then ب ك ل, and the
    article ال (ل + ال is written لل)."""
    core = head[2:] if head.startswith("ال") else head
    forms = {"ال" + core, "لل" + core, "بال" + core, "كال" + core} if article or core != head else set()
    if core == head:
        forms |= {head, "ب" + head, "ل" + head, "ك" + head}
    return forms | {c + form for form in forms for c in "وف"}


def arabic_forms(name: str, demonym: bool) -> set[tuple[str, ...]]:
    words = WORD.findall(arabic_normal(name))
    heads = [words[0] + ending for ending in ARABIC_DEMONYM_ENDINGS] if demonym else [words[0]]
    return {(form, *words[1:]) for head in heads for form in with_prefixes(head, article=demonym)}


def all_names() -> list[Name]:
    names = []
    for country in countries():
        written = [(n, False) for n in country.names] + [(d, True) for d in country.demonyms]
        for text, demonym in written:
            open_ended = text.endswith("*")
            text = text.rstrip("*")
            forms = arabic_forms(text, demonym) if is_arabic(text) else latin_forms(text)
            names += [Name(words, country, open_ended) for words in forms if words]
    return names


@dataclass(frozen=True)
class Gazetteer:
    by_first_word: dict[str, list[Name]]  # longest names first
    open_ended: dict[str, Name]  # word start -> name
    open_pattern: re.Pattern


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    names = all_names()
    by_first_word: dict[str, list[Name]] = defaultdict(list)
    for name in sorted(names, key=lambda n: len(n.words), reverse=True):
        if not name.open_ended:
            by_first_word[name.words[0]].append(name)
    open_ended = {n.words[0]: n for n in names if n.open_ended}
    starts = "|".join(re.escape(s) for s in sorted(open_ended, key=len, reverse=True))
    return Gazetteer(dict(by_first_word), open_ended, re.compile(f"(?:{starts})"))


def country(label: str) -> tuple[str, str] | None:
    found = country_by_label(label)
    return (found.name, found.code) if found else None


def headline_prefix(headline: str) -> tuple[str, str] | None:
    """`Syria: Talks Resume` -> ("Syria", "SY")."""
    match = PREFIX.match(headline)
    return country(match.group(1)) if match else None


def find_places(headline: str, text: str, categories: list[str]) -> list[tuple[str, str]]:
    """The report's places, most certain first: prefix, categories, then the text in order."""
    found: list[tuple[str, str]] = []

    def add(place):
        if place and place not in found:
            found.append(place)

    add(headline_prefix(headline))
    for category in categories:
        add(country(category))
    for named in countries_in(f"{headline}\n{text[:5000]}"):
        add((named.name, named.code))
    return found[:MAX_PLACES]


def countries_in(text: str) -> list[Country]:
    """The countries named in running text, in order."""
    text = arabic_normal(text)
    words = list(WORD.finditer(text))
    found: list[Country] = []
    i, after_name = 0, False
    while i < len(words):
        name = name_at(text, words, i)
        if name is None:
            i, after_name = i + 1, False
            continue
        if not reads_otherwise(text, words, i, name, after_name):
            found.append(name.country)
        i, after_name = i + len(name.words), True
    return found


def name_at(text: str, words: list[re.Match], i: int) -> Name | None:
    """The longest name whose words start at words[i], joined by a space or a hyphen at most."""
    g = gazetteer()
    for name in g.by_first_word.get(words[i].group(), ()):
        rest = words[i + 1:i + len(name.words)]
        if len(rest) == len(name.words) - 1 and all(
            w.group() == expected and gap(text, prev, w) in (" ", "-", "’", "'", " & ")
            for prev, w, expected in zip(words[i:], rest, name.words[1:], strict=False)
        ):
            return name
    start = g.open_pattern.match(words[i].group())
    return g.open_ended.get(start.group()) if start else None


def gap(text: str, before: re.Match, after: re.Match) -> str:
    return text[before.end():after.start()]


def reads_otherwise(text: str, words: list[re.Match], i: int, name: Name, after_name: bool) -> bool:
    """Whether a name here is something else: New Mexico, Michael Jordan, Chad Smith, Atlanta,
    Georgia, a guinea pig. Only ambiguous names are questioned, besides "New X"."""
    prev = words[i - 1] if i > 0 else None
    before = gap(text, prev, words[i]) if prev else ""
    if prev and before == " " and prev.group() in ("New", "NEW"):
        return True
    if not name.ambiguous:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    after = gap(text, words[i], nxt) if nxt else ""
    if nxt and after == " ":
        following = nxt.group()
        if following in COMPOUND_NOUNS or following[0].isupper() and following not in FUNCTION_WORDS:
            return True  # a first name (Chad Smith), a thing (Guinea pig), an institution (Georgia Tech)
    if prev is None or after_name:
        return False  # at the start, or in a list of countries (Syria, Jordan and Iraq)
    preceding = prev.group()
    if before == " " and preceding[0].isupper() and preceding not in FUNCTION_WORDS:
        return True  # a surname: Michael Jordan
    if before.strip() == "," and preceding[0].isupper() and preceding not in name.country.cities:
        return True  # a place in a region that is not this country's: Atlanta, Georgia
    return before == " " and i > 1 and (words[i - 2].group(), preceding) == ("state", "of")
