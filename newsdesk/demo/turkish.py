"""Turkish case suffixes on proper names (Ankara'da, Irak'ta, Bakü'de, Suriye'nin) and Turkish
capitals (RİYAD, not RIYAD). Pure.

A suffix follows the name's last vowel (vowel harmony: a/e two ways, ı/i/u/ü four ways), takes
t for d after a voiceless consonant, and a buffer consonant (n, y) after a vowel where the case
needs one. Proper names keep their spelling and take the suffix after an apostrophe.
"""

BACK = frozenset("aıou")
FRONT = frozenset("eiöü")
VOICELESS = frozenset("çfhkpsşt")  # "fıstıkçı şahap"
FOUR_WAY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def lower(text: str) -> str:
    """Lower case with Turkish I/İ: Irak -> ırak, İran -> iran."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    """Upper case with Turkish i/ı: Riyad -> RİYAD, Bakü -> BAKÜ."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def last_vowel(word: str) -> str:
    for letter in reversed(lower(word)):
        if letter in BACK or letter in FRONT:
            return letter
    raise ValueError(f"no Turkish vowel in {word!r}")


def _ends_in_vowel(word: str) -> bool:
    last = lower(word)[-1]
    return last in BACK or last in FRONT


def _two_way(word: str) -> str:
    return "a" if last_vowel(word) in BACK else "e"


def _d_or_t(word: str) -> str:
    return "t" if lower(word)[-1] in VOICELESS else "d"


def locative(name: str) -> str:
    """In: Ankara'da, Bakü'de, Irak'ta, Halep'te."""
    return f"{name}'{_d_or_t(name)}{_two_way(name)}"


def ablative(name: str) -> str:
    """From: Suriye'den, Irak'tan, Bağdat'tan."""
    return f"{locative(name)}n"


def dative(name: str) -> str:
    """To: Ankara'ya, Irak'a, Ürdün'e."""
    buffer = "y" if _ends_in_vowel(name) else ""
    return f"{name}'{buffer}{_two_way(name)}"


def genitive(name: str) -> str:
    """Of: Suriye'nin, Irak'ın, Tunus'un, Ürdün'ün."""
    buffer = "n" if _ends_in_vowel(name) else ""
    return f"{name}'{buffer}{FOUR_WAY[last_vowel(name)]}n"
