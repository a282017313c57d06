"""Article extraction: from a fetched page to a clean article (title, date, body, language).

A pure library: no Django, no network. See extract() and SiteTemplate.
"""

from newsdesk.extract.article import ExtractedArticle
from newsdesk.extract.extractor import extract
from newsdesk.extract.template import SiteTemplate

__all__ = ["ExtractedArticle", "SiteTemplate", "extract"]
