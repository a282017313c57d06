"""What a report states that reads the same in every language: the countries it names (ISO
codes), its numbers and its Latin-script names. Two reports of one kind of event in one country
(a second earthquake that week, another ministers' meeting) are told apart by these. Pure.

Numbers are read per language: Turkish writes 1.250 and 5,4 where English writes 1,250 and 5.4;
Arabic copy uses Arabic-Indic digits with ٬ and ٫ (or Western digits and separators).
"""

import re
import unicodedata
from dataclasses import dataclass

from newsdesk.places.gazetteer import find_places

NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A capitalised Latin word inside a sentence: a person, an organisation, a place below a country.
NAME = re.compile(r"(?<=[a-zçğıöşüâîû,;] )[A-ZÇĞİÖŞÜ][\w’'-]{2,}")
MAX_TEXT = 2000  # headline and lede are what is compared; a long body is never read whole


@dataclass(frozen=True)
class Facts:
    places: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]


def facts(headline: str, lede: str, language: str) -> Facts:
    text = f"{headline}\n{lede}"[:MAX_TEXT]
    codes = frozenset(code for _, code in find_places(headline[:MAX_TEXT], lede[:MAX_TEXT], []))
    return Facts(codes, frozenset(numbers(text, language)), frozenset(names(lede[:MAX_TEXT])))


def numbers(text: str, language: str) -> list[str]:
    """The numbers written in the text, each as a plain decimal ('1250', '5.4')."""
    text = unicodedata.normalize("NFKC", text).translate(INDIC)
    return [value for token in NUMBER.findall(text) if (value := plain_number(token, language))]


def plain_number(token: str, language: str) -> str:
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


def names(text: str) -> list[str]:
    """Capitalised words within a sentence of running text (headlines capitalise every word),
    folded, without a Turkish suffix (Tahran'da)."""
    return [re.split(r"[’']", m.group())[0].casefold().replace("i̇", "i") for m in NAME.finditer(text)]
