"""A report's identity from its text: an exact fingerprint of the normalised text, and a MinHash
signature for near-duplicates (the same wire story lightly edited by another agency). Pure.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

NUM_PERM = 128
THRESHOLD = 0.8  # Jaccard similarity of word shingles at which two reports are one story
SHINGLE = 3
MIN_WORDS = 12  # shorter texts (a headline, a photo caption) are not identity enough
WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def text_fingerprint(text: str) -> str:
    """sha256 of the words; "" when there are too few words to tell reports apart."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return ""
    return hashlib.sha256(" ".join(tokens).encode()).hexdigest()


def signature(text: str) -> bytes:
    """MinHash over word 3-grams, as 128 little-endian uint32 (the hashes are 32-bit)."""
    from datasketch import (
        MinHash,  # with scipy, ~80 MB: loaded by the processes that store reports, not by web workers
    )

    tokens = words(text)
    grams = {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(max(1, len(tokens) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(grams))
    return minhash.hashvalues.astype("<u4").tobytes()


@lru_cache(maxsize=1)
def bands_and_rows() -> tuple[int, int]:
    """datasketch's choice of LSH bands for the threshold (minimising false +/- weights)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=256)  # storing one report asks for its keys three times: lock, look up, index
def band_keys(sig: bytes) -> tuple[int, ...]:
    """One signed 64-bit key per LSH band: two reports sharing any key are candidates."""
    bands, rows = bands_and_rows()
    keys = []
    for band in range(bands):
        chunk = sig[band * rows * 4 : (band + 1) * rows * 4]
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of MinHash positions that agree."""
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))
