"""The one allow-list for article HTML: whatever reaches the database passes through here."""

import nh3

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
