"""What a report states that reads the same in every language: the countries it names (ISO
codes), its numbers, its Latin-script names, how its names sound whatever the script, and the
days of the week it names. Two reports of one kind of event in one country (a second earthquake
that week, another ministers' meeting) are told apart by these. Pure.

Numbers are read per language, with what they count (figures.py): Turkish writes 1.250 and 5,4
where English writes 1,250 and 5.4; Arabic copy uses Arabic-Indic digits with ٬ and ٫ (or Western
digits and separators).
"""

import re
from dataclasses import dataclass, field

from anyascii import anyascii

from newsdesk.places.countries import arabic_normal
from newsdesk.places.gazetteer import country, find_places

from .figures import figures

# A capitalised Latin word inside a sentence: a person, an organisation, a place below a country.
NAME = re.compile(r"(?<=[a-zçğıöşüâîû,;] )[A-ZÇĞİÖŞÜ][\w’'-]{2,}")
# Days and months, which English capitalises: they name no one, and are compared apart (matching).
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak "
    "şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split()
)
MAX_TEXT = 2000  # headline and lede are what is compared; a long body is never read whole


@dataclass(frozen=True)
class Facts:
    places: frozenset[str]
    numbers: frozenset[str]  # figures as figures.py writes them: '5.6', 'pct:9', '~people:3400'
    names: frozenset[str]
    sounds: frozenset[str] = field(default=frozenset())
    days: frozenset[str] = field(default=frozenset())  # days of the week named, ISO numbers ('1' Monday)


def facts(headline: str, lede: str, language: str) -> Facts:
    text = f"{headline}\n{lede}"[:MAX_TEXT]
    codes = frozenset(code for _, code in find_places(headline[:MAX_TEXT], lede[:MAX_TEXT], []))
    found = names(lede[:MAX_TEXT])
    return Facts(codes, frozenset(str(f) for f in figures(text, language)), frozenset(found),
                 frozenset(sounds(headline[:MAX_TEXT], lede[:MAX_TEXT], found)), frozenset(days(text)))


# Days of the week in the three languages. Turkish salı, cuma and pazar are also common words
# (Cuma namazı, pazar yeri): they count only as "… günü". Arabic takes the article (الأحد),
# after spelling is unified (arabic_normal).
DAYS = [
    re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    re.compile(r"(?<!\w)(pazartesi|çarşamba|perşembe|cumartesi|salı(?= gün)|cuma(?= gün)|pazar(?= gün))(?!\w)",
               re.IGNORECASE),
    re.compile(r"(?<!\w)[وفبل]?ال(اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)(?!\w)"),
]
DAY_NUMBERS = {
    name: str(n) for names in (
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        ("اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت", "احد"),
    ) for n, name in enumerate(names, 1)
}


def days(text: str) -> set[str]:
    """The days of the week a report names, whatever its language: Monday, Pazartesi and الاثنين
    are all '1'."""
    text = arabic_normal(text).replace("İ", "i").replace("I", "ı")
    return {DAY_NUMBERS[m.group(1).casefold()] for pattern in DAYS for m in pattern.finditer(text)}


def numbers(text: str, language: str) -> list[str]:
    """The numbers written in the text, each as a plain decimal ('1250', '5.4')."""
    return [f.value for f in figures(text, language)]


def names(text: str) -> list[str]:
    """Capitalised words within a sentence of running text (headlines capitalise every word),
    folded, without a Turkish suffix (Tahran'da)."""
    return [re.split(r"[’']", m.group())[0].casefold().replace("i̇", "i") for m in NAME.finditer(text)]


# Names across scripts: Erdoğan, Erdogan and أردوغان, Malatya and ملاطية, Fidan and فيدان are the
# same consonants in order once transliterated (Arabic script writes few vowels). A name's
# "sound" is that consonant skeleton, from a transliteration to ASCII (anyascii) with vowels,
# semivowels and h dropped and voiced/unvoiced pairs merged (Bağdat / بغداد). Short skeletons
# say too little and are left out.
ARABIC_WORD = re.compile(r"[\u0621-\u064a]{3,}")
ARABIC_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال)(?=.{3})")
MERGED = str.maketrans("dqzvp", "tksfb")
MIN_SOUND = 3
MIN_PAIR_SOUND = 5


def sound(word: str) -> str:
    ascii_word = anyascii(word).lower()
    ascii_word = re.sub(r"[^a-z]", "", ascii_word).replace("gh", "g").replace("kh", "k")
    return re.sub(r"[aeiouywh]", "", ascii_word).translate(MERGED)


def sounds(headline: str, lede: str, latin_names: list[str]) -> set[str]:
    """Skeletons of the report's names: its Latin-script names (and the first word of its
    headline, which Turkish copy often opens with a place), or every Arabic word (Arabic has no
    capitals to tell a name by), without the article al-. Countries are compared as places
    already, and are left out here so as not to count twice."""
    words = list(latin_names)
    first = headline.split(maxsplit=1)[:1]
    if first and first[0][:1].isupper():
        words.append(re.split(r"[’']", first[0])[0])
    arabic = [ARABIC_ARTICLE.sub("", w) for w in ARABIC_WORD.findall(f"{headline} {lede}")]
    # Arabic writes many foreign names in two words (غلطة سراي Galatasaray, قونيا سبور Konyaspor):
    # two words running on, with a long skeleton, are heard as one name too.
    pairs = [s for a, b in zip(arabic, arabic[1:], strict=False) if len(s := sound(a + b)) >= MIN_PAIR_SOUND]
    words += arabic
    return {s for w in words if len(s := sound(w)) >= MIN_SOUND and country(w) is None} | set(pairs)
