"""Choosing an article's title among the page's <h1>, its meta titles, <title> and the feed's.

Pages decorate titles with the site's name (" | Agency", "Site - "), so every candidate is first
stripped of segments that name the site; then the candidates vote.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from newsdesk.extract.metadata import PageMetadata, clean_text

# Separators sites put between a headline and their name. A colon is not one of them:
# "Syria: talks resume" is a headline with a country prefix, to keep whole.
SEPARATOR = re.compile(r"\s+(?:[|–—·•»~/]|-{1,2}|::)\s+")
_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
HEADING_AGREEMENT = 0.2
# Extra characters a segment may carry around the site's name and still be taken for it.
SITE_NAME_SLACK = 6
MAX_TITLE_CHARS = 300
# Generic words that head a page section rather than an article.
SECTION_WORDS = {"blog", "news", "menu", "search", "home", "articles", "main menu", "navigation",
                 "follow us", "contact us", "share", "related", "latest news", "comments"}


def squash(text: str) -> str:
    return _ALNUM.sub("", text.lower())


def site_tokens(meta: PageMetadata, url: str) -> list[str]:
    """Squashed forms of the names this site goes by: declared names and the host's name."""
    host = urlsplit(url).hostname or "" if url else ""
    labels = [label for label in host.split(".") if label not in {"www", "m", "amp", "en"}]
    tokens = [squash(name) for name in meta.site_names]
    if labels:
        tokens.append(squash(labels[0] if len(labels) == 1 else labels[-2]))
        tokens.append(squash(".".join(labels[-2:])))
    return [token for token in tokens if len(token) >= 2]


def _names_site(segment: str, tokens: list[str]) -> bool:
    """Whether a title segment is the site's name: equal to one, part of one ("Flatworld" for
    flatworldsolutions.com), or one with a little decoration ("Move.org", "The Verge")."""
    squashed = squash(segment)
    if not squashed:
        return True
    return any(
        squashed == t
        or (len(squashed) >= 4 and squashed in t)
        or (t in squashed and len(squashed) <= len(t) + SITE_NAME_SLACK)
        for t in tokens
    )


def strip_site_name(title: str, tokens: list[str]) -> str:
    """Drop leading or trailing separator-delimited segments that name the site."""
    parts = SEPARATOR.split(clean_text(title))
    while len(parts) > 1 and _names_site(parts[-1], tokens):
        parts.pop()
    while len(parts) > 1 and _names_site(parts[0], tokens):
        parts.pop(0)
    # Re-join with the separators the title actually used between the kept segments.
    if len(parts) == len(SEPARATOR.split(clean_text(title))):
        return clean_text(title)
    return _rejoin(clean_text(title), parts)


def _rejoin(title: str, parts: list[str]) -> str:
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts)


def _usable(candidate: str, tokens: list[str]) -> bool:
    squashed = squash(candidate)
    return (
        bool(squashed)
        and len(candidate) <= MAX_TITLE_CHARS
        and candidate.lower() not in SECTION_WORDS
        and squashed not in tokens
    )


def title_candidates(meta: PageMetadata, url: str, feed_title: str | None) -> list[tuple[str, str]]:
    """(source, cleaned title) pairs, most trusted first."""
    tokens = site_tokens(meta, url)
    raw = [("feed", feed_title or "")]
    raw += [(f"meta:{k}", v) for k, v in meta.meta_titles.items()]
    raw += [("json-ld", meta.json_ld_headline), ("title", meta.html_title)]
    raw += [("h1", h) for h in meta.h1[:3]]
    cleaned = [(source, strip_site_name(html.unescape(value), tokens))
               for source, value in raw if value]
    return [(source, value) for source, value in cleaned if _usable(value, tokens)]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def similarity(a: str, b: str) -> float:
    """Share of words two titles have in common (Jaccard on lower-cased words)."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def choose_title(meta: PageMetadata, url: str = "", feed_title: str | None = None) -> str:
    candidates = title_candidates(meta, url, feed_title)
    if not candidates:
        return ""
    if candidates[0][0] == "feed":
        return candidates[0][1]
    headings = [value for source, value in candidates if source == "h1"]
    declared = [value for source, value in candidates if source != "h1"]
    if not declared:
        return headings[0]
    # The visible headline is what readers see, but pages also use <h1> for logos and section
    # names: trust a heading only when it shares enough words with a declared title.
    best = max(headings, key=lambda h: max(similarity(h, d) for d in declared), default="")
    if best and max(similarity(best, d) for d in declared) >= HEADING_AGREEMENT:
        # Headings are often restyled (upper-cased, typographic quotes); a declared title with
        # the same letters keeps the editor's own spelling.
        return next((d for d in declared if squash(d) == squash(best) and best.isupper()), best)
    return declared[0]
