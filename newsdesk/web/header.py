"""The header every public page carries: site name, dates, the last days' counts and the total.

Built from maintained counts (articles.counts); drawn as HTML and cached by web.masthead, which
puts it into every page as it is served.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, override

from newsdesk import calendars
from newsdesk.articles import addresses, counts
from newsdesk.articles.models import Section
from newsdesk.portal.models import Portal

from .editions import NAMES, same_page_in
from .feeds import discovery
from .sharing import canonical, og_locale, twitter_handle


@dataclass(frozen=True)
class StripDay:
    day: date
    label: str
    count: int
    url: str


@dataclass(frozen=True)
class Header:
    site_name: str
    tagline: str
    date_line: str
    strip: list[StripDay]
    total: int
    total_text: str
    social: list[tuple[str, str]]
    sections: list[tuple[str, str]]


def day_url(day: date) -> str:
    return reverse("day", kwargs={"year": day.year, "month": f"{day.month:02d}", "day": f"{day.day:02d}"})


def build(portal: Portal, lang: str, today: date) -> Header:
    with override(lang):  # the edition's own addresses
        return _build(portal, lang, today)


def _build(portal: Portal, lang: str, today: date) -> Header:
    wanted = [today - timedelta(days=i) for i in range(portal.strip_days)]
    public = counts.public_days(wanted[-1], today, portal, lang, today)
    per_day = {d: public.get(d, 0) for d in wanted}
    total = counts.total_before(today, lang) + per_day[today]
    if portal.show_hijri:
        date_line = calendars.header_date(today, lang, portal.hijri_adjustment)
    else:
        date_line = f"{calendars.format_gregorian(today, lang)} - {calendars.weekday_name(today, lang)}"
    social = [
        (label, url)
        for label, url in (("Facebook", portal.facebook_url), ("Twitter", portal.twitter_url), ("Youtube", portal.youtube_url))
        if url
    ]
    return Header(
        site_name=portal.site_name(lang),
        tagline=portal.site_tagline(lang),
        date_line=date_line,
        strip=[StripDay(d, calendars.format_strip_day(d), per_day[d], day_url(d)) for d in wanted],
        total=total,
        total_text=calendars.group_digits(total, lang),
        social=social,
        sections=[(s.label(lang), s.get_absolute_url()) for s in Section.objects.all()],
    )


def current(lang: str | None = None) -> Header:
    portal = Portal.load()
    lang = calendars.language(lang or get_language())
    return build(portal, lang, portal.today())


def site(request) -> dict:
    """The edition's site name and tagline, for page titles and cards (no counting)."""
    portal, lang = Portal.load(), get_language()
    return {"name": portal.site_name(lang), "tagline": portal.site_tagline(lang)}


@dataclass(frozen=True)
class Edition:
    code: str
    name: str
    url: str  # this page in that edition, or that edition's home
    absolute_url: str
    current: bool


def editions(request) -> list[Edition]:
    """The language switcher and the page's hreflang alternates. A page may name its own
    counterparts (`request.counterparts`: an article's translations); other pages are the same
    address in each edition."""
    named = getattr(request, "counterparts", None)
    lang = get_language()
    found = []
    for code in Portal.load().language_list:
        url = named.get(code) if named is not None else same_page_in(request, code)
        if url is None:
            continue
        found.append(Edition(code, NAMES.get(code, code), url, request.build_absolute_uri(url), code == lang))
    return found


def switcher(request, alternates: list[Edition] | None = None) -> list[Edition]:
    """Every edition, each at this page's counterpart (from `alternates`, when the page has
    worked them out already) or else its home."""
    named = {e.code: e for e in (editions(request) if alternates is None else alternates)}
    return [
        named.get(code) or Edition(code, NAMES.get(code, code), home_of(code), "", False)
        for code in Portal.load().language_list
    ]


def home_of(code: str) -> str:
    return addresses.home(code)


def site_feeds() -> list:
    return discovery("feed", Portal.load().site_name(get_language()))


def header_context(request) -> dict:
    alternates = SimpleLazyObject(lambda: editions(request))
    return {
        "header": SimpleLazyObject(current),  # the masthead's own template only: it counts
        "site": SimpleLazyObject(lambda: site(request)),
        "portal": SimpleLazyObject(Portal.load),
        "alternates": alternates,
        "switcher": SimpleLazyObject(lambda: switcher(request, alternates)),
        # The edition's feeds, on every page; section and place pages put their own first.
        "feeds": SimpleLazyObject(site_feeds),
        # A view may name its own canonical address (an article's); others are their own path.
        "canonical": SimpleLazyObject(lambda: canonical(request)),
        "og_locale": SimpleLazyObject(lambda: og_locale(get_language())),
        "twitter_site": SimpleLazyObject(lambda: twitter_handle(Portal.load().twitter_url)),
    }
