"""The one allow-list for article HTML: whatever reaches the database passes through here."""

import re
from urllib.parse import urljoin

import lxml.html
import nh3
from lxml import etree

TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption",
    "img", "a", "strong", "em", "b", "i", "sub", "sup", "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan"}, "th": {"colspan"}}


# Addresses of counting pixels and web beacons as agencies' feeds carry them (feed services,
# ad and analytics networks): a picture from one of these is never part of the report.
TRACKER_PATTERNS = re.compile(
    r"feeds\.feedburner\.com/~r/|/~ff/|feedsportal\.com|pixel\.wp\.com|stats\.wp\.com|"
    r"doubleclick\.net|google-analytics\.com|googletagmanager\.com|scorecardresearch\.com|"
    r"quantserve\.com|facebook\.com/tr|/(?:track|tracking|beacon|pixel|open)(?:\.gif|\.png|\?|$)|"
    r"[/_.-]1x1[/_.-]|spacer\.gif",
    re.I,
)


def sanitize_body(html: str) -> str:
    """Strip scripts, styles, event handlers and unknown tags and drop tracking pixels. Links
    are marked as others' (ugc) and unendorsed; pictures load lazily and tell no referrer."""
    return nh3.clean(
        drop_tracking_pixels(html or ""),
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener nofollow ugc",
        # Our readers' addresses are not the agency's business; below the fold costs nothing.
        set_tag_attribute_values={"img": {"loading": "lazy", "referrerpolicy": "no-referrer"}},
        strip_comments=True,
    ).strip()


def drop_tracking_pixels(html: str) -> str:
    """`html` without the images that only count readers: 0 or 1 pixel wide or high, or from a
    known tracker. nh3 still cleans the result, so this pass only ever removes."""
    if "<img" not in html.lower():
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    pixels = [img for img in root.iter("img") if is_tracking_pixel(img.get("width"), img.get("height"), img.get("src"))]
    if not pixels:
        return html
    for img in pixels:
        img.drop_tree()  # keeps the text that followed it
    return lxml.html.tostring(root, encoding="unicode")[len("<div>"):-len("</div>")]


def is_tracking_pixel(width: str | None, height: str | None, src: str | None) -> bool:
    for size in (width, height):
        digits = (size or "").strip().lower().removesuffix("px").strip()
        if digits.isdigit() and int(digits) <= 1:
            return True
    return bool(src and TRACKER_PATTERNS.search(src))


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

