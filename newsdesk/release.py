"""The running release of newsdesk: a digest of every file of the package (code, templates,
catalogues, static sources).

web.pagecache names a page by what it was drawn from rather than by its bytes; the release is
part of that name, so a page kept by nginx or a browser under one release is never confirmed as
current under another.
"""

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@cache
def identity() -> str:
    digest = hashlib.blake2b(digest_size=8)
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
