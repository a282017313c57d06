"""The country gazetteer: every country CLDR names (ISO 3166-1 alpha-2 code), in English, Turkish
and Arabic, with the other names agencies use (short forms, older names, demonyms). Pure.

Ingestion matches reports against it, stories compare reports by it and the WordPress import files
categories by it, so it is a library of its own that none of them owns.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.core import get_global

LANGUAGES = ("en", "tr", "ar")
# CLDR territories with two-letter codes that are not countries (or not one we would file under).
NOT_COUNTRIES = {"AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
# Our English name where it differs from CLDR's: Place rows (and their slugs) were made with these.
ENGLISH = {"BA": "Bosnia and Herzegovina", "CI": "Ivory Coast", "MM": "Myanmar", "PS": "Palestine", "TR": "Turkey"}
# Names CLDR gives that mean something else as often: Arabic عمان is Oman and Amman.
DROPPED = {"OM": {"عمان", "عُمان"}}

ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "BAE", "الإمارات"), "BA": ("Bosnia",), "CI": ("Côte d’Ivoire", "Cote d'Ivoire"),
    "CZ": ("Czech Republic",), "GB": ("Britain", "UK", "Great Britain", "İngiltere", "بريطانيا"),
    "IQ": ("Irak",), "MA": ("Fas",), "MM": ("Burma",), "MY": ("Malezya",), "OM": ("Umman", "سلطنة عمان"),
    "PS": ("Palestinian Territories", "Filistin", "فلسطين"), "SA": ("Suudi Arabistan", "السعودية"),
    "SY": ("Suriye", "سورية"), "TR": ("Türkiye",), "US": ("USA", "ABD", "Amerika", "أمريكا", "أميركا"),
}
# Demonyms by language. A trailing * takes any ending (Syrians, Suriyeliler); Arabic ones also
# take the article and the feminine and plural endings (السوري، سورية، السوريون، سوريين).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "SY": ("Syrian*", "Suriyeli*", "سوري"), "TR": ("Turkish", "Türk", "تركي"),
    "IQ": ("Iraqi*", "Iraklı*", "عراقي"), "IR": ("Iranian*", "İranlı*", "إيراني"),
    "IL": ("Israeli*", "İsrailli*", "إسرائيلي"), "PS": ("Palestinian*", "Filistinli*", "فلسطيني"),
    "LB": ("Lebanese", "Lübnanlı*", "لبناني"), "JO": ("Jordanian*", "Ürdünlü*", "أردني"),
    "EG": ("Egyptian*", "Mısırlı*", "مصري"), "SA": ("Saudi*", "سعودي"), "AE": ("Emirati*", "إماراتي"),
    "QA": ("Qatari*", "Katarlı*", "قطري"), "KW": ("Kuwaiti*", "Kuveytli*", "كويتي"),
    "YE": ("Yemeni*", "Yemenli*", "يمني"), "LY": ("Libyan*", "Libyalı*", "ليبي"),
    "SD": ("Sudanese", "Sudanlı*", "سوداني"), "TN": ("Tunisian*", "Tunuslu*", "تونسي"),
    "DZ": ("Algerian*", "Cezayirli*", "جزائري"), "MA": ("Moroccan*", "Faslı*", "مغربي"),
    "RU": ("Russian*", "Rus", "روسي"), "UA": ("Ukrainian*", "Ukraynalı*", "أوكراني"),
    "US": ("Amerikalı*", "أمريكي", "أميركي"), "FR": ("French", "Fransız*", "فرنسي"),
    "DE": ("German", "Germans", "Alman", "ألماني"), "GB": ("British", "İngiliz*", "بريطاني"),
    "CN": ("Chinese", "Çinli*", "صيني"), "GR": ("Greek", "Yunan", "يوناني"),
}
# Names that are also a first name, a surname, a US state or a common noun: in running text they
# count only where they cannot be the other thing (see places.py).
AMBIGUOUS = {"Georgia", "Chad", "Jordan", "Turkey", "Guinea", "Niger", "Jersey", "Cuba"}


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # English, as Place rows are named
    names: tuple[str, ...]  # every name and alias, as written
    demonyms: tuple[str, ...]
    cities: frozenset[str]  # cities of its time zones (Tbilisi, Amman): "Amman, Jordan" is Jordan


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    territories = {lang: Locale(lang).territories for lang in LANGUAGES}
    zones = get_global("territory_zones")
    found = []
    for code, english in sorted(territories["en"].items()):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name = ENGLISH.get(code, english)
        names = {name, english, *ALIASES.get(code, ())}
        names |= {territories[lang][code] for lang in LANGUAGES[1:] if code in territories[lang]}
        names -= DROPPED.get(code, set())
        cities = frozenset(zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zones.get(code, ()))
        own = {"en": name, **{lang: territories[lang].get(code, "") for lang in LANGUAGES[1:]}}
        demonyms = DEMONYMS.get(code, ()) + tuple(d for lang in LANGUAGES for d in regular_demonyms(lang, own[lang]))
        found.append(Country(code, name, tuple(sorted(names)), tuple(dict.fromkeys(demonyms)), cities))
    return tuple(without_clashes(found))


# Demonyms by each language's regular rule, for the many countries DEMONYMS does not list:
# Malaysian, Malezyalı, ماليزي. An irregular country gets a form nobody writes (Ghanan), which
# matches nothing; only one-word names are derived (South Korean, كوري جنوبي are not regular).
TURKISH_HARMONY = {**dict.fromkeys("aıâ", "lı"), **dict.fromkeys("eiî", "li"), **dict.fromkeys("oû", "lu"),
                   **dict.fromkeys("u", "lu"), **dict.fromkeys("öü", "lü")}


def regular_demonyms(lang: str, name: str) -> tuple[str, ...]:
    if not name or " " in name or "-" in name or name.capitalize() in AMBIGUOUS:
        return ()
    if lang == "en":
        if name.endswith("a"):
            return (name + "n", name + "ns")  # Malaysian(s), Kenyan(s)
        return (name + "i", name + "is") if name.endswith("stan") else ()  # Pakistani(s)
    if lang == "tr":
        vowels = [c for c in name.lower() if c in TURKISH_HARMONY]
        return (name + TURKISH_HARMONY[vowels[-1]] + "*",) if vowels else ()  # Malezyalı(lar)
    stem = arabic_normal(name).removeprefix("ال")
    if len(stem) < 3 or stem.endswith("ه"):
        return ()
    if stem.endswith("يا"):
        return (stem[:-1],)  # ماليزيا: ماليزي
    return (stem[:-1] + "ي",) if stem.endswith("ا") else (stem + "ي",)  # كندا: كندي; إيران: إيراني


def without_clashes(found: list[Country]) -> list[Country]:
    """A derived demonym that two countries would share, or that starts another country's name
    (Dominican: Dominica and the Dominican Republic), is dropped from both: a listed one stays."""
    listed = {d for forms in DEMONYMS.values() for d in forms}

    def root(demonym: str) -> str:  # Malaysians and Malaysian, Malezyalı* and Malezyalı are one
        return demonym.rstrip("*").removesuffix("s")

    owners: dict[str, set[str]] = {}
    for c in found:
        for d in set(c.demonyms) - listed:
            owners.setdefault(root(d), set()).add(c.code)
    first_words = {n.split()[0] for c in found for n in c.names if " " in n}
    clashing = {r for r, codes in owners.items() if len(codes) > 1 or r in first_words}
    return [
        Country(c.code, c.name, c.names, tuple(d for d in c.demonyms if d in listed or root(d) not in clashing), c.cities)
        for c in found
    ]


ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # diacritics, tatweel
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def arabic_normal(text: str) -> str:
    return ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)


def fold(name: str) -> str:
    """A key for labels (prefix, categories) in any case; Turkish İ/ı fold to i like I does."""
    return arabic_normal(name).replace("İ", "i").replace("ı", "i").casefold().replace("\u0307", "").strip()


@lru_cache(maxsize=1)
def labels() -> dict[str, Country]:
    """Every name and demonym of every country, folded."""
    return {fold(n): c for c in countries() for n in (*c.names, *(d.rstrip("*") for d in c.demonyms))}


def country_by_label(label: str) -> Country | None:
    """'Syria', 'Suriye', 'سوريا', 'syria' -> Syria; None for anything else."""
    return labels().get(fold(label))
