"""Article extraction: from a fetched page to a clean article (title, date, body, language).

A pure library: no Django, no network. See extract() and SiteTemplate.

The names below load on first use: code that needs one part (the WordPress import's converting
process reads only `language`) does not pay for the extractor's imports (about 13 MB).
"""

from importlib import import_module

__all__ = ["ExtractedArticle", "SiteTemplate", "extract"]
_HOMES = {"ExtractedArticle": "article", "SiteTemplate": "template", "extract": "extractor"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
