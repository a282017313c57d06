"""Each edition's RSS feed: its latest published reports, for readers and other aggregators."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal


class LatestFeed(Feed):
    feed_type = Rss201rev2Feed

    def link(self):
        return reverse("home")

    def title(self):
        return Portal.load().site_name(get_language())

    def description(self):
        portal = Portal.load()
        return portal.site_tagline(get_language()) or portal.site_name(get_language())

    def items(self):
        return Article.objects.published().in_edition(get_language()).latest_first().select_related("section")[:30]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [item.section.label(get_language())] if item.section else []
