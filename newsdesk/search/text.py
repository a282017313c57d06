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
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")  # every character _ARABIC changes is in it
_WORD = re.compile(r"[^\W_]+")
# Terms of the words met so far, per language: a report's words are mostly ones already seen,
# and a dictionary look-up costs half a call through functools' cache. Emptied when full.
_TERMS: dict[str, dict[str, str]] = {}
TERMS_KEPT = 200_000


def fold_case(text: str, language: str) -> str:
    """Lower case with Turkish's dotted and dotless i kept apart where the language has them."""
    if language == "tr":
        text = text.replace("I", "ı")
    return text.replace("İ", "i").lower()


def unify(text: str) -> str:
    """Compatibility forms and Arabic spelling variants folded (the same in every language)."""
    text = unicodedata.normalize("NFKC", text)
    # Text without an Arabic letter skips the per-character table (a quarter of the text work
    # of indexing English reports).
    return text.translate(_ARABIC) if _ARABIC_BLOCK.search(text) else text


def normalise(text: str, language: str) -> str:
    """Text with Unicode compatibility forms, case and Arabic spelling variants folded."""
    return fold_case(unify(text), language)


def words(text: str, language: str) -> list[str]:
    return _WORD.findall(normalise(text, language))


@lru_cache(maxsize=3)
def _stemmer(language: str):
    return Stemmer.Stemmer(LANGUAGES.get(language, "english"))


def stem(word: str, language: str) -> str:
    """A normalised word's index term. Dotless ı folds to i after stemming (Turkish suffixes
    need it to stem), so `ISTANBUL`, `İstanbul` and `istanbul` meet in every language."""
    known = _TERMS.setdefault(language, {})
    if (term := known.get(word)) is None:
        if len(known) >= TERMS_KEPT:
            known.clear()
        term = known[word] = _stemmer(language).stemWord(word).replace("ı", "i")
    return term


def terms(text: str, language: str) -> list[str]:
    found = words(text, language)
    known = _TERMS.get(language, {})
    out = [known.get(w) for w in found]
    return out if None not in out else [stem(w, language) for w in found]
