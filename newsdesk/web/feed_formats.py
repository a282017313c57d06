"""The three feed formats we publish, as Django feed generators: RSS 2.0 and Atom 1.0 with the
article's full HTML beside its summary, and JSON Feed 1.1 (https://jsonfeed.org/version/1.1).

Items may carry, beside Django's own keys: `content` (the full HTML, or None for summaries only),
`image`, `external_url` (the agency's original) and `language`.
"""

import json

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed, rfc3339_date

CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/"


class RssFeed(Rss201rev2Feed):
    """RSS 2.0: the summary in <description>, the full HTML in content:encoded (the RSS 2.0
    content module), since <description> is where readers look for a teaser."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_MODULE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class AtomFeed(Atom1Feed):
    """Atom 1.0: <summary> and, when full text is on, <content type="html">."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class JsonFeed(SyndicationFeed):
    content_type = "application/feed+json; charset=utf-8"
    version = "https://jsonfeed.org/version/1.1"

    def write(self, outfile, encoding):
        outfile.write(json.dumps(self.document(), ensure_ascii=False))

    def document(self) -> dict:
        feed = self.feed
        doc = {
            "version": self.version,
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            "authors": [{"name": feed["author_name"]}] if feed.get("author_name") else None,
            "items": [self.item_document(item) for item in self.items],
        }
        return without_empty(doc, keep=("items",))

    def item_document(self, item) -> dict:
        # The spec asks for content_html or content_text: the summary stands in as text when
        # the portal gives summaries only.
        doc = {
            "id": item["unique_id"],
            "url": item["link"],
            "external_url": item.get("external_url"),
            "title": item["title"],
            "content_html": item.get("content"),
            "content_text": None if item.get("content") else item["description"] or item["title"],
            "summary": item["description"],
            "image": item.get("image"),
            "date_published": rfc3339_date(item["pubdate"]) if item["pubdate"] else None,
            "date_modified": rfc3339_date(item["updateddate"]) if item["updateddate"] else None,
            "authors": [{"name": item["author_name"]}] if item["author_name"] else None,
            "tags": list(item["categories"]) or None,
            "language": item.get("language"),
        }
        return without_empty(doc)


def without_empty(doc: dict, keep=()) -> dict:
    """JSON Feed leaves out what it does not know rather than sending null or ""."""
    return {k: v for k, v in doc.items() if k in keep or v not in (None, "", [])}
