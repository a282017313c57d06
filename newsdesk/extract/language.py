"""The article's language, from its text (the page's own lang attribute is often a template
default, e.g. "en" on every page of a multilingual agency)."""

from __future__ import annotations

import py3langid

# Enough text for a confident guess; classifying more costs time without changing the answer.
SAMPLE_CHARS = 400
# Below this much text the classifier is guessing; the page's declaration is better then.
MIN_TEXT_CHARS = 40


def detect_language(text: str, declared: str = "") -> str:
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_TEXT_CHARS:
        return declared
    language, _score = py3langid.classify(sample)
    return language
