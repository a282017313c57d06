"""The benchmark's metrics: word-level F1 on the body, exact match on title and date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def body_score(predicted: str, reference: str) -> BodyScore:
    """Overlap of lower-cased word multisets, as the data set's README defines it."""
    pred, ref = words(predicted or ""), words(reference or "")
    overlap = sum((pred & ref).values())
    n_pred, n_ref = sum(pred.values()), sum(ref.values())
    if n_pred == 0 and n_ref == 0:
        return BodyScore(1.0, 1.0, 1.0)
    precision = overlap / n_pred if n_pred else 0.0
    recall = overlap / n_ref if n_ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return BodyScore(precision, recall, f1)


def normalise_space(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def exact_match(predicted: str | None, reference: str) -> bool:
    return normalise_space(predicted) == normalise_space(reference)
