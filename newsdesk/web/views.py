"""The public site. Every list starts from Article.objects.published(); views never write."""

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote

from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, get_language_bidi

from newsdesk import calendars
from newsdesk.articles import counts, readership
from newsdesk.articles.models import Article, Place, Section, public_until
from newsdesk.articles.statements import Statement
from newsdesk.portal.models import Portal
from newsdesk.stories import reading
from newsdesk.stories.models import AlsoReported

from . import article_html, front_page
from .converters import CURSOR
from .counterparts import counterparts
from .feeds import discovery
from .header import site_feeds
from .linked_data import breadcrumb_list, date_trail, month_name, news_article
from .pagecache import cached_page

PAGE_SIZE = 20
# Archive years the calendar can carry with a day to spare either side: a site day's bounds and
# the month after it must exist as datetimes in every time zone.
YEARS = range(2, 9999)


def listing(queryset):
    """What a list shows, latest first, in one query."""
    return (
        queryset.latest_first()
        .select_related("section")
        .only(
            "headline", "slug", "summary", "language", "published_at", "section__name", "section__name_tr",
            "section__name_ar", "section__slug", "agency", "author",
        )
    )


@dataclass
class Page:
    articles: list
    older: int | None  # cursor of the next page back in time
    newer: int | None  # cursor of the page before this one


def keyset_page(request, narrow=lambda qs: qs, size=PAGE_SIZE, until=None, first=None) -> Page:
    """The edition's public articles `narrow` keeps (published up to `until`): the latest, or
    those just older than `?before=<id>`, or just newer than `?after=<id>`. A malformed or
    unknown cursor means the first page. `first(lang, limit)`, when given, reads the first page's
    size + 1 articles as `listing(narrow(...))` would, from a compiled statement."""
    lang = get_language()
    if first is not None and not CURSOR.fullmatch(request.GET.get("before", "")) \
            and not CURSOR.fullmatch(request.GET.get("after", "")):
        items = first(lang, public_until(until))
        more = len(items) > size
        items = items[:size]
        return Page(items, items[-1].pk if more else None, None)

    def public(queryset):
        return narrow(queryset.in_edition(lang))

    latest = public(Article.objects.published(until=until))
    before, after = anchor_of(request, "before", latest), anchor_of(request, "after", latest)
    if after:
        newer = list(listing(public(Article.objects.published_after(*after, until=until))).reverse()[: size + 1])
        items = newer[:size][::-1]
        return Page(items, items[-1].pk if items else None, items[0].pk if len(newer) > size else None)
    queryset = public(Article.objects.published_before(*before)) if before else latest
    items = list(listing(queryset)[: size + 1])
    more = len(items) > size
    items = items[:size]
    return Page(items, items[-1].pk if more else None, items[0].pk if before and items else None)


def anchor_of(request, key: str, public):
    """(published_at, id) of the article a cursor names, if it is on this list at all."""
    cursor = request.GET.get(key, "")
    if not CURSOR.fullmatch(cursor):
        return None
    return public.filter(pk=int(cursor)).values_list("published_at", "pk").first()


def valid_day(year: int, month: int, day: int = 1) -> date:
    if year not in YEARS:
        raise Http404("No archive for that year")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise Http404("No such date") from exc


def found(items):
    """An archive of a period with nothing public in it is not a page (readers and crawlers
    get 404, not an empty list)."""
    if not items:
        raise Http404("Nothing published then")
    return items


def day_tags(request, year, month, day, *rest, **kwargs) -> list[str]:
    return [f"day:{get_language()}:{year:04d}-{month:02d}-{day:02d}"]


def month_tags(request, year, month) -> list[str]:
    return [f"month:{get_language()}:{year:04d}-{month:02d}"]


def year_tags(request, year) -> list[str]:
    return [f"year:{get_language()}:{year:04d}"]


def topic_tags(kind: str):
    return lambda request, slug, **kwargs: [f"{kind}:{slug}:{get_language()}"]


LATEST = Statement(lambda lang, limit: listing(Article.objects.published(until=limit).in_edition(lang))[: PAGE_SIZE + 1])
DAY_SIZE = 100
DAY_FIRST = Statement(
    lambda lang, limit, start: listing(
        Article.objects.published(until=limit).in_edition(lang).filter(published_at__gte=start)
    )[: DAY_SIZE + 1]
)


@cached_page(ttl=60)  # most read and the breaking strip change with time too
def home(request):
    page = keyset_page(request, first=LATEST)
    context = {"page": page}
    if not (page.newer or "before" in request.GET):  # the front page itself, not a page back in time
        context["front"] = front_page.build(get_language(), page.articles)
    return render(request, "web/home.html", context)


@cached_page(tags=day_tags)
def day_archive(request, year, month, day):
    wanted = valid_day(year, month, day)
    portal = Portal.load()
    lang = get_language()
    start, end = portal.day_bounds(wanted)
    page = keyset_page(
        request, lambda qs: qs.filter(published_at__gte=start), size=DAY_SIZE, until=end - timedelta(microseconds=1),
        first=lambda lang, limit: DAY_FIRST(lang, limit, start),
    )
    found(page.articles)
    earlier, later = counts.neighbour_days(wanted, portal, lang)
    context = {
        "day": wanted, "day_text": calendars.format_gregorian(wanted, lang), "month_text": month_name(wanted, lang),
        "page": page, "earlier": earlier, "later": later,
        "structured": [breadcrumb_list(request, date_trail(wanted, 3, lang))],
    }
    return render(request, "web/day.html", context)


@cached_page(tags=month_tags)
def month_archive(request, year, month):
    first = valid_day(year, month)
    last = date(year, month, calendar.monthrange(year, month)[1])
    lang = get_language()
    per_day = found(counts.public_days(first, last, Portal.load(), lang))
    days = [(d, per_day[d]) for d in sorted(per_day, reverse=True)]
    context = {
        "month": first, "month_text": month_name(first, lang), "days": days,
        "structured": [breadcrumb_list(request, date_trail(first, 2, lang))],
    }
    return render(request, "web/month.html", context)


@cached_page(tags=year_tags)
def year_archive(request, year):
    first = valid_day(year, 1)
    lang = get_language()
    per_month = Counter()
    for day, n in found(counts.public_days(first, date(year, 12, 31), Portal.load(), lang)).items():
        per_month[day.replace(day=1)] += n
    months = [(m, month_name(m, lang), per_month[m]) for m in sorted(per_month, reverse=True)]
    structured = [breadcrumb_list(request, date_trail(first, 1, lang))]
    return render(request, "web/year.html", {"year": first, "months": months, "structured": structured})


def article_detail(request, year, month, day, slug):
    response = article_page(request, year, month, day, slug)
    if response.status_code == 200 and request.method == "GET" and not getattr(response, "preview", False):
        readership.count_view(slug)  # counted whether the page came from the cache or not
    return response


# Slugs are unique: no order, since one (first()'s, or the model's own) has Django hash each of the
# four joined tables' ~60 columns while compiling. published_on(day) is published(until=the
# day's end) from the day's start.
ARTICLE_ON_DAY = Statement(
    lambda limit, start, slug: Article.objects.published(until=limit).filter(published_at__gte=start)
    .select_related("section", "leadimage__image", "story_version__story").filter(slug=slug).order_by()[:1]
)


@cached_page(tags=day_tags)
def article_page(request, year, month, day, slug):
    wanted = valid_day(year, month, day)
    portal = Portal.load()
    lang = get_language()
    start, end = portal.day_bounds(wanted)
    found = ARTICLE_ON_DAY(public_until(end - timedelta(microseconds=1)), start, slug)
    article = found[0] if found else None
    if article is None:
        return not_public(request, wanted, slug, portal)
    if article.language not in portal.language_list:
        raise Http404("No edition for the article's language")  # stored, counted in the admin, not shown
    if article.edition(portal) != lang:  # one address per article: the one in its own edition
        return HttpResponsePermanentRedirect(article.get_absolute_url())
    return render_article(request, article, portal, lang)


def not_public(request, wanted: date, slug: str, portal):
    """An address with no public article: 410 with its notice for a withdrawn one, a preview for
    those who may see it before readers do (never cached: the page cache skips them), else 404."""
    article = Article.objects.select_related("section", "source").filter(slug=slug).first()
    if article is None or article.published_at is None or article.local_published(portal).date() != wanted:
        raise Http404("No such article")
    if article.status == Article.Status.WITHDRAWN and article.withdrawal_notice:
        context = {"article": article, "stamp": calendars.format_timestamp(article.local_published(portal), get_language())}
        return render(request, "web/withdrawn.html", context, status=410)
    if not article.previewable_by(request.user):
        raise Http404("No such article")
    response = render_article(request, article, portal, get_language(), preview=True)
    response["Cache-Control"] = "private, no-store"
    response.preview = True
    return response


def render_article(request, article, portal, lang: str, preview: bool = False):
    # Its versions in other languages (from its story) are its counterparts; itself in its own.
    story = None if preview else reading.told_with(article)
    request.counterparts = counterparts(article, story)
    url = request.build_absolute_uri(article.get_absolute_url())
    day = article.local_published(portal).date()
    context = {
        "article": article,
        "places": PLACES(article.pk),
        "stamp": calendars.format_timestamp(article.local_published(portal), lang),
        "updated": article.corrected_at and calendars.format_timestamp(
            timezone.localtime(article.corrected_at, portal.zone), lang
        ),
        "share": share_links(url, article.headline),
        "canonical": url,
        "also_reported": ALSO_REPORTED(article.pk),
        "preview": preview,
        "structured": [
            news_article(request, article, url, lang),
            breadcrumb_list(request, date_trail(day, 3, lang) + [(article.headline, article.get_absolute_url())]),
        ],
        "story": story,
        "story_languages": story.languages(portal.language_list) if story else [],
    }
    context["newer"], context["older"] = (None, None) if preview else neighbours(article, lang)
    # Its own parts drawn in Python (article_html): the template only places them in base.html.
    context["article_card"] = article_html.card(request, article)
    context["article_content"] = article_html.content(context)
    return render(request, "web/article.html", context)


PLACES = Statement(lambda pk: Place.objects.filter(articles=pk))
ALSO_REPORTED = Statement(
    lambda pk: AlsoReported.objects.filter(article=pk).only("agency", "url", "article_id")[:10]
)
NEIGHBOUR_FIELDS = ("headline", "slug", "published_at", "language")
NEWER = Statement(
    lambda lang, limit, at: Article.objects.in_edition(lang).published(until=limit)
    .filter(published_at__gt=at).order_by("published_at", "id").only(*NEIGHBOUR_FIELDS)[:1]
)
# published_before(at) is published up to `at`: the article shown is public, so `at` is past.
OLDER = Statement(
    lambda lang, at, pk: Article.objects.in_edition(lang).published_before(at, pk).latest_first()
    .only(*NEIGHBOUR_FIELDS)[:1]
)


def neighbours(article, lang: str):
    """The edition's public articles just newer and just older than this one."""
    newer = NEWER(lang, public_until(), article.published_at)
    older = OLDER(lang, article.published_at, article.pk)
    return (newer[0] if newer else None), (older[0] if older else None)


@cached_page
def story_page(request, pk):
    """Every public version of a story, and the one leading in the reader's edition."""
    story = reading.told(pk)
    if story is None:
        raise Http404("No such story")
    lang, portal = get_language(), Portal.load()
    context = {"story": story, "lead": story.lead_in(lang), "languages": story.languages(portal.language_list)}
    return render(request, "web/story.html", context)


def share_links(url: str, title: str) -> list[tuple[str, str]]:
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("X", f"https://twitter.com/intent/tweet?url={u}&text={t}"),
        ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
        ("E-mail", f"mailto:?subject={t}&body={u}"),
    ]


@cached_page(tags=topic_tags("section"))
def section_page(request, slug):
    section = get_object_or_404(Section, slug=slug)
    page = keyset_page(request, lambda qs: qs.filter(section=section))
    label = section.label(get_language())
    feeds = discovery("section-feed", label, slug=section.slug) + site_feeds()
    return render(request, "web/topic.html", {"topic": label, "page": page, "feeds": feeds})


@cached_page(tags=topic_tags("place"))
def place_page(request, slug):
    place = get_object_or_404(Place, slug=slug)
    page = keyset_page(request, lambda qs: qs.filter(places=place))
    label = place.label(get_language())
    feeds = discovery("place-feed", label, slug=place.slug) + site_feeds()
    return render(request, "web/topic.html", {"topic": label, "page": page, "feeds": feeds})


def manifest(request):
    """The web app manifest of an edition: its name, language, direction and home."""
    portal, lang = Portal.load(), get_language()
    data = {
        "name": portal.site_name(lang),
        "short_name": portal.site_name(lang)[:12],
        "lang": lang,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": reverse("home"),
        "display": "standalone",
        "theme_color": "#0b5d3b",
        "background_color": "#ffffff",
        "icons": [{"src": static("web/icon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


def favicon(request):
    # Asked for by browsers whatever the page says; looked up per request, since the hashed
    # name exists only once static files are collected.
    return HttpResponsePermanentRedirect(static("web/icon.svg"))


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No header here: the database may be what failed.
    return render(request, "500.html", status=500, context={"bare": True})
