"""One URL per report: the same story reached with tracking parameters is the same story. Pure.

The address is kept byte for byte as the agency wrote it, apart from its tracking parameters: it
is the "Source" link readers follow, and servers may read the case of a host's path, a bare
`?12345`, `;` inside a value or the order of parameters. Re-encoding any of that can send the
reader to another page, or to none.
"""

from urllib.parse import unquote_plus

TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "__hs", "_hs")
TRACKING_NAMES = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "s_cid", "ncid", "spm",
}


def is_tracking(name: str) -> bool:
    lowered = unquote_plus(name).strip().lower()
    return lowered in TRACKING_NAMES or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """`url` without its tracking parameters; every other byte (the rest of the query, its
    separators and encoding, the fragment) as written."""
    url = url.strip()
    address, hash_mark, fragment = url.partition("#")
    before, question_mark, query = address.partition("?")
    if not question_mark:
        return url
    pairs = query.split("&")
    kept = [pair for pair in pairs if not is_tracking(pair.partition("=")[0])]
    if len(kept) == len(pairs):
        return url
    rebuilt = before + ("?" + "&".join(kept) if kept else "")
    return rebuilt + hash_mark + fragment
