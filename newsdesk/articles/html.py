"""The one allow-list for article HTML: whatever reaches the database passes through here."""

from urllib.parse import urljoin

import lxml.html
import nh3
from lxml import etree

TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption",
    "img", "a", "strong", "em", "b", "i", "sub", "sup", "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan"}, "th": {"colspan"}}


def sanitize_body(html: str) -> str:
    """Strip scripts, styles, event handlers and unknown tags; links get rel=noopener nofollow."""
    return nh3.clean(
        html or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener nofollow",
        strip_comments=True,
    ).strip()


def absolute_urls(html: str, base: str) -> str:
    """`html` (a fragment) with every link, image and srcset candidate made absolute against
    `base`. A body is shown on our site, where `/media/p.jpg` would mean our own file."""
    if not html or not base:
        return html or ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    root.make_links_absolute(base, resolve_base_href=False, handle_failures="ignore")
    for element in root.iter("img", "source"):
        if srcset := element.get("srcset"):
            element.set("srcset", absolute_srcset(srcset, base))
    markup = lxml.html.tostring(root, encoding="unicode")
    return markup[len("<div>"):-len("</div>")]


def absolute_srcset(srcset: str, base: str) -> str:
    """Each candidate of a srcset ("url [descriptor]", comma-separated) with its URL made absolute."""
    candidates = []
    for candidate in srcset.split(","):
        url, _, descriptor = candidate.strip().partition(" ")
        try:
            url = urljoin(base, url)
        except ValueError:  # a malformed URL is left as written; the sanitiser judges it
            pass
        candidates.append(f"{url} {descriptor.strip()}".strip())
    return ", ".join(candidates)

