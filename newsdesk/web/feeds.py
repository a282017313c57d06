"""Feeds out: the latest public articles of an edition, a section, a place or a source, in RSS
2.0, Atom 1.0 and JSON Feed 1.1, for readers and other aggregators.

A feed is a channel (a title, the page it follows and a queryset of articles) shown in one
format. Every channel's articles pass through the one visibility rule and the edition here, so a
new channel (search results, say) only hands in its queryset.
"""

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import path, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, override
from django.views.decorators.http import require_safe

from newsdesk.articles import addresses
from newsdesk.articles.html import absolute_urls, sanitize_body
from newsdesk.articles.models import Article, Place, Section
from newsdesk.media.templatetags.lead_images import lead_image_path
from newsdesk.portal.models import Portal
from newsdesk.sources.models import Source

from .feed_formats import AtomFeed, JsonFeed, RssFeed
from .pagecache import cached_page, edition_tag

FEED_SIZE = 30
SUMMARY_WORDS = 50
# The formats, each at its own address below a channel's page: feed/, feed/atom/, feed/json/.
FORMATS = (
    ("", RssFeed, "application/rss+xml", "RSS"),
    ("-atom", AtomFeed, "application/atom+xml", "Atom"),
    ("-json", JsonFeed, "application/feed+json", "JSON Feed"),
)


@dataclass(frozen=True)
class Channel:
    title: str
    page: str  # the address of the page the feed follows
    articles: QuerySet  # which articles, before the visibility rule and the edition narrow them
    origin: str  # scheme and host the feed was asked for: links and bodies are absolute
    full_content: bool


@dataclass(frozen=True)
class Entry:
    article: Article
    url: str  # absolute permanent address
    channel: Channel


class ArticleFeed(Feed):
    """The latest public articles of a channel in one format. Each subclass names the channel an
    address stands for: `channel(request, **kwargs) -> (title, page address, articles)`."""

    def __init__(self, feed_type):
        super().__init__()
        self.feed_type = feed_type

    def get_object(self, request, **kwargs) -> Channel:
        title, page, articles = self.channel(request, **kwargs)
        site = Portal.load().site_name(get_language())
        return Channel(
            title=f"{title} – {site}" if title else site,
            page=page,
            articles=articles,
            origin=request.build_absolute_uri("/").rstrip("/"),
            full_content=Portal.load().feed_full_content,
        )

    def items(self, channel):
        public = channel.articles.published().in_edition(get_language())
        latest = (
            public.latest_first().select_related("section", "leadimage__image").prefetch_related("places")[:FEED_SIZE]
        )
        return [Entry(a, channel.origin + a.get_absolute_url(), channel) for a in latest]

    def title(self, channel):
        return channel.title

    def link(self, channel):
        return channel.page

    def description(self, channel):
        portal = Portal.load()
        return portal.site_tagline(get_language()) or channel.title

    def author_name(self, channel):
        # Atom wants an author for every entry; the site stands in for those without a byline.
        return Portal.load().site_name(get_language())

    def item_title(self, entry):
        return entry.article.headline

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return article_tag(entry.channel.origin, entry.article)

    def item_guid_is_permalink(self, entry):
        return False

    def item_description(self, entry):
        return summary_of(entry.article)

    def item_pubdate(self, entry):
        return entry.article.published_at

    def item_updateddate(self, entry):
        return max(entry.article.updated_at, entry.article.published_at)

    def item_author_name(self, entry):
        return entry.article.author or entry.article.agency or None

    def item_categories(self, entry):
        lang = get_language()
        section = [entry.article.section.label(lang)] if entry.article.section else []
        return section + [p.label(lang) for p in entry.article.places.all()]

    def item_extra_kwargs(self, entry):
        article = entry.article
        return {
            "content": feed_body(article, entry.url) if entry.channel.full_content else None,
            "image": entry.channel.origin + path if (path := lead_image_path(article)) else None,
            "external_url": article.original_url or None,
            "language": article.language,
        }


def article_tag(origin: str, article: Article) -> str:
    """A tag: URI (RFC 4151) that stays the article's id when its address moves (a new day when
    rescheduled, a new prefix when the main edition changes)."""
    host = urlsplit(origin).hostname or "localhost"
    return f"tag:{host},{article.created_at:%Y-%m-%d}:article/{article.pk}"


def summary_of(article: Article) -> str:
    return article.summary or Truncator(strip_tags(article.body)).words(SUMMARY_WORDS)


def feed_body(article: Article, url: str) -> str:
    """The sanitised body with every link and image absolute: a feed reader has no page to
    resolve `/media/...` against."""
    return sanitize_body(absolute_urls(article.body, url))


class EditionFeed(ArticleFeed):
    tags = staticmethod(edition_tag)

    def channel(self, request):
        return "", reverse("home"), Article.objects.all()


class SectionFeed(ArticleFeed):
    tags = staticmethod(lambda request, slug: [f"section:{slug}:{get_language()}"])

    def channel(self, request, slug):
        section = Section.objects.get(slug=slug)
        return section.label(get_language()), section.get_absolute_url(), Article.objects.filter(section=section)


class PlaceFeed(ArticleFeed):
    tags = staticmethod(lambda request, slug: [f"place:{slug}:{get_language()}"])

    def channel(self, request, slug):
        place = Place.objects.get(slug=slug)
        return place.label(get_language()), place.get_absolute_url(), Article.objects.filter(places=place)


class SourceFeed(ArticleFeed):
    tags = staticmethod(edition_tag)  # a source's reports are spread over the edition

    def channel(self, request, pk):
        source = Source.objects.only("name").get(pk=pk)
        return source.name, reverse("home"), Article.objects.filter(source=source)


def feed_patterns(route: str, feed_class: type[ArticleFeed], name: str) -> list:
    """The three formats of a channel whose page is at `route`."""
    return [
        path(f"{route}feed/{suffix.lstrip('-')}{'/' if suffix else ''}",
             require_safe(cached_page(feed_class(kind), tags=feed_class.tags)), name=f"{name}{suffix}")
        for suffix, kind, _, _ in FORMATS
    ]


@dataclass(frozen=True)
class FeedLink:
    type: str
    title: str
    url: str


def discovery(name: str, title: str, **kwargs) -> list[FeedLink]:
    """The <link rel=alternate> a page gives feed readers for a channel's three formats."""
    lang = get_language()
    urls = feed_urls(name, lang, addresses.home(lang), tuple(kwargs.items()))
    return [FeedLink(mime, f"{title} ({label})", url) for (_, _, mime, label), url in zip(FORMATS, urls, strict=True)]


@lru_cache(maxsize=1024)
def feed_urls(name: str, lang: str, home: str, kwargs: tuple) -> tuple[str, ...]:
    """Reversed once a process per channel and edition (every page names the edition's feeds);
    `home`, the edition's address, is in the key so that a new main edition is a new entry."""
    with override(lang):
        return tuple(reverse(f"{name}{suffix}", kwargs=dict(kwargs)) for suffix, *_ in FORMATS)
