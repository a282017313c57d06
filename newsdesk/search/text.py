"""Words as the index sees them: pure functions from text to normalised, stemmed terms.

Both backends read the same normalisation, so a query typed with or without Arabic diacritics,
hamza forms or Turkish dotted capitals meets the same terms. Stemming follows the article's
language (Snowball, the same algorithms as PostgreSQL's own configurations).
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

LANGUAGES = {"en": "english", "tr": "turkish", "ar": "arabic"}

# Arabic spelling variants readers type interchangeably: hamza carriers and wasla fold to their
# bare letter, taa marbuta to haa, alef maqsura to yaa; tatweel and short vowels (harakat) drop;
# Arabic-Indic digits read as the digits they are.
_ARABIC = {
    **{ord(c): "ا" for c in "أإآٱ"},
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ة"): "ه",
    ord("ى"): "ي",
    ord("\u0640"): None,
    **{cp: None for cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), *range(0x0610, 0x061B)]},
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
}
_WORD = re.compile(r"[^\W_]+")


def fold_case(text: str, language: str) -> str:
    """Lower case with Turkish's dotted and dotless i kept apart where the language has them."""
    if language == "tr":
        text = text.replace("I", "ı")
    return text.replace("İ", "i").lower()


def unify(text: str) -> str:
    """Compatibility forms and Arabic spelling variants folded (the same in every language)."""
    return unicodedata.normalize("NFKC", text).translate(_ARABIC)


def normalise(text: str, language: str) -> str:
    """Text with Unicode compatibility forms, case and Arabic spelling variants folded."""
    return fold_case(unify(text), language)


def words(text: str, language: str) -> list[str]:
    return _WORD.findall(normalise(text, language))


@lru_cache(maxsize=3)
def _stemmer(language: str):
    return Stemmer.Stemmer(LANGUAGES.get(language, "english"))


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """A normalised word's index term. Dotless ı folds to i after stemming (Turkish suffixes
    need it to stem), so `ISTANBUL`, `İstanbul` and `istanbul` meet in every language."""
    return _stemmer(language).stemWord(word).replace("ı", "i")


def terms(text: str, language: str) -> list[str]:
    return [stem(w, language) for w in words(text, language)]
