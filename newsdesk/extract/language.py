"""The article's language, from its text (the page's own lang attribute is often a template
default, e.g. "en" on every page of a multilingual agency)."""

from __future__ import annotations

import re

import py3langid

# Enough text for a confident guess; classifying more costs time without changing the answer.
SAMPLE_CHARS = 400
# Below this much text the classifier is guessing; the page's declaration is better then.
MIN_TEXT_CHARS = 40
# Letters of the Arabic alphabet itself (hamza to yeh); Persian, Urdu, Kurdish, Pashto and the
# other languages written in Arabic script each add letters from the rest of the block (پ چ ژ گ
# ک ی ے ڈ ە ټ ...), so text that uses Arabic script letters only from this range is Arabic.
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
OTHER_ARABIC_SCRIPT = re.compile(r"[\u0671-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff]")
LETTER = re.compile(r"[^\W\d_]")
ARABIC_SHARE = 0.8


def detect_language(text: str, declared: str = "", sample_chars: int = SAMPLE_CHARS) -> str:
    sample = text[:sample_chars]
    if len(sample.strip()) < MIN_TEXT_CHARS:
        return declared
    if is_arabic(sample):
        return "ar"  # the script decides; the classifier would cost ~0.5 ms to agree
    language, _score = py3langid.classify(sample)
    return language


def is_arabic(sample: str) -> bool:
    arabic = len(ARABIC_LETTER.findall(sample))
    if not arabic or OTHER_ARABIC_SCRIPT.search(sample):
        return False
    return arabic >= ARABIC_SHARE * len(LETTER.findall(sample))
