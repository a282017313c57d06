"""What a figure in a report counts, read from the words around it in English, Turkish or Arabic:
a share (9%, yüzde 9, ٩ في المئة), money, degrees (a temperature or a magnitude), a length or
speed, power, a volume, a span of time, people, a year or a day of a month; or nothing we know
(plain). Pure.

Two reports of one event often give different figures of different kinds (one the temperature,
the other the power demand; one the people hurt, the other the wind speed), and those say
nothing against each other. A figure given as a bound or a rough value ("more than 1,800",
"above 50C", "yaklaşık 3.400", "نحو 800") is marked rough: it agrees with a figure near it.

A figure is written as `[~]kind:value` (`pct:9`, `~people:3400`); a plain exact one as its value
alone, so facts stored before kinds were read still compare.
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
DIGIT = re.compile(r"\d")
WINDOW = 40  # characters read either side of a figure
WORD = re.compile(r"[^\W\d_]+|[%٪$€£°]")
ARABIC_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?(?=[\u0621-\u064a]{3})")
SPACE_WORD_AFTER = re.compile(r"^ [^\W\d_]")
SPACE_WORD_BEFORE = re.compile(r"[^\W\d_] $")
APOSTROPHE_SUFFIX = re.compile(r"^['’][^\W\d_]+")  # Turkish 11'i çocuk, 1.800'ü aşkın
SCALES = {"thousand": 1000, "bin": 1000, "ألف": 1000, "آلاف": 1000, "الف": 1000,
          "million": 10**6, "milyon": 10**6, "مليون": 10**6, "ملايين": 10**6,
          "billion": 10**9, "milyar": 10**9, "مليار": 10**9, "مليارات": 10**9}

# Word starts (lower case) that name what a figure counts when they follow it.
UNITS_AFTER: dict[str, tuple[str, ...]] = {
    "pct": ("%", "٪", "percent", "per cent", "pct", "في المئة", "في المائة", "بالمئة", "بالمائة", "المئة"),
    "money": ("dollar", "dolar", "دولار", "euro", "avro", "يورو", "lira", "ليرة", "pound", "sterlin", "جنيه",
              "riyal", "ريال", "dinar", "دينار", "dirham", "درهم", "cent", "سنت", "سنتا"),
    "degree": ("°", "degree", "derece", "درج", "magnitude", "büyüklüğ", "richter", "ريختر"),
    "length": ("km", "kilomet", "metre", "meter", "mile", "كيلومتر", "كم", "متر", "أمتار", "knot"),
    "power": ("megawatt", "mw", "megavat", "ميغاواط", "ميجاوات", "gigawatt", "gw", "kwh"),
    "volume": ("barrel", "bpd", "varil", "برميل", "cubic", "metreküp", "متر مكعب"),
    "time": ("hour", "day", "week", "month", "year", "saat", "gün", "hafta", "yıl", "sene", "ساع", "يوم", "أيام",
             "أسبوع", "أسابيع", "شهر", "أشهر", "سنة", "سنوات", "عام", "أعوام"),
    "people": ("people", "person", "dead", "killed", "injured", "wounded", "hurt", "migrant", "child", "famil",
               "resident", "worker", "miner", "passenger", "soldier", "civilian", "asylum", "refugee", "student",
               "tourist", "pilgrim", "crew", "kişi", "ölü", "yaralı", "göçmen", "çocuk", "aile", "işçi", "yolcu",
               "asker", "sivil", "öğrenci", "turist", "mülteci", "vatandaş", "شخص", "أشخاص", "قتيل", "قتلى",
               "مصاب", "جريح", "جرحى", "مهاجر", "طفل", "أطفال", "أسر", "عائل", "عامل", "عمال", "راكب", "ركاب",
               "جندي", "جنود", "مدني", "طالب", "طلاب", "سائح", "لاجئ", "مواطن"),
}
# Words before a figure that name what it counts: yüzde 9, $19.3, magnitude 5.6, بقوة 5.6.
UNITS_BEFORE: dict[str, tuple[str, ...]] = {
    "pct": ("yüzde", "%", "٪"), "money": ("$", "€", "£"), "degree": ("magnitude", "بقوة"),
}
MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
))
ROUGH_BEFORE = ("more than", "over", "above", "at least", "about", "around", "nearly", "almost", "some", "up to",
                "roughly", "approximately", "yaklaşık", "en az", "أكثر من", "نحو", "حوالي", "قرابة", "زهاء",
                "ما يقارب", "أزيد من", "تجاوز", "يتجاوز", "تجاوزت", "فوق", "ما لا يقل عن", "ما يزيد على")
ROUGH_AFTER = ("aşkın", "fazla", "üzerinde", "civarında", "kadar", "على الأقل", "plus")


@dataclass(frozen=True)
class Figure:
    kind: str  # "" when we cannot tell what it counts
    value: str
    rough: bool = False

    def __str__(self) -> str:
        if not self.kind and not self.rough:
            return self.value
        return f"{'~' if self.rough else ''}{self.kind}:{self.value}"


def parse(written: str) -> Figure:
    """A figure as stored (see the module's note); a bare value is plain and exact."""
    rough = written.startswith("~")
    kind, _, value = written.lstrip("~").rpartition(":")
    return Figure(kind, value, rough)


def figures(text: str, language: str) -> list[Figure]:
    text = unicodedata.normalize("NFKC", text).translate(INDIC)
    found = []
    for match in NUMBER.finditer(text):
        value = plain_number(match.group(), language)
        if not value:
            continue
        # A few words either side are read (a window, so a long text costs no more per figure).
        before_text = text[max(0, match.start() - WINDOW):match.start()]
        after_text = APOSTROPHE_SUFFIX.sub("", text[match.end():match.end() + WINDOW])
        before, after = words_before(before_text), words_after(after_text)
        scale = SCALES.get(after[0], 1) if after else 1
        if scale > 1:
            value, after = scaled(value, scale), after[1:]
        # A month beside a figure makes it a day only when nothing but a space is between them.
        beside = after[:1] if SPACE_WORD_AFTER.match(after_text) else []
        beside += before[-1:] if SPACE_WORD_BEFORE.search(before_text) else []
        kind = kind_of(value, match.group(), before, after, beside, glued=after_text[:1] not in (" ", ""))
        found.append(Figure(kind, value, rough_of(before, after)))
    return found


def words_before(text: str) -> list[str]:
    """The last words before a figure, back to the figure before it."""
    return [w.lower() for w in WORD.findall(DIGIT.split(text)[-1])][-3:]


def words_after(text: str) -> list[str]:
    """The first words after a figure, up to the next one."""
    return [w.lower() for w in WORD.findall(DIGIT.split(text, maxsplit=1)[0])][:3]


def kind_of(value: str, written: str, before: list[str], after: list[str], beside: list[str], glued: bool) -> str:
    if value.isdigit() and 1 <= int(value) <= 31 and {f for w in beside for f in (w, strip_prefix(w))} & MONTHS:
        return "date"  # 6 May, May 6, 6 Mayıs, 6 أيار
    if glued and after[:1] in (["c"], ["°"]):  # 51C, 51°C
        return "degree"
    kind = unit_after(after) or unit_before(before)
    if value.isdigit() and written.isdigit() and 1900 <= int(value) <= 2100 and kind in ("", "time"):
        return "year"  # 2025, 2025 yılı
    return kind


def unit_after(after: list[str]) -> str:
    """The unit in the word after the figure, or in the one after that (38 düzensiz göçmen,
    12 more people)."""
    for skip in (0, 1):
        words = after[skip:]
        # Arabic attaches و ب ل ك and the article to the word: try it with and without them.
        readings = {" ".join(words), " ".join(strip_prefix(w) for w in words)}
        for kind, starts in UNITS_AFTER.items():
            if any(r.startswith(s) for r in readings for s in starts):
                return kind
    return ""


def unit_before(before: list[str]) -> str:
    preceding = " ".join(before)
    for kind, ends in UNITS_BEFORE.items():
        if any(preceding.endswith(e) for e in ends):
            return kind
    return ""


def strip_prefix(word: str) -> str:
    """An Arabic word without the conjunction, preposition and article attached before it."""
    return ARABIC_PREFIX.sub("", word)


def rough_of(before: list[str], after: list[str]) -> bool:
    preceding, following = " ".join(before), " ".join(after)
    return any(preceding.endswith(p) for p in ROUGH_BEFORE) or any(following.startswith(p) for p in ROUGH_AFTER)


def scaled(value: str, scale: int) -> str:
    try:
        number = Decimal(value) * scale
    except InvalidOperation:
        return value
    return plain_number(format(number.normalize(), "f"), "en")


def plain_number(token: str, language: str) -> str:
    """A number as written in the language, as a plain decimal: '1.250' in Turkish and '1,250'
    in English are '1250'; '5,4' in Turkish and '5.4' or '٥٫٤' elsewhere are '5.4'."""
    token = token.replace("٬", "\u0000").replace("٫", ".")  # Arabic thousands and decimal marks
    if language == "tr":
        token = token.replace(".", "\u0000").replace(",", ".")
    elif language in ("en", "ar"):
        token = token.replace(",", "\u0000")
    else:  # a language we have no convention for: a group of three digits is thousands
        token = re.sub(r"[.,](?=\d{3}(?!\d))", "\u0000", token).replace(",", ".")
    token = token.replace("\u0000", "")
    whole, _, fraction = token.partition(".")
    if "." in fraction:  # 1.2.3: not a number we can read
        return ""
    fraction = fraction.rstrip("0")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{fraction}" if fraction else whole
