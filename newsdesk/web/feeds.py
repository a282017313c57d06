"""The site's own RSS feed: the latest published reports, for readers and other aggregators."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal


class LatestFeed(Feed):
    feed_type = Rss201rev2Feed
    link = "/"

    def title(self):
        return Portal.load().name

    def description(self):
        return Portal.load().tagline or Portal.load().name

    def items(self):
        return Article.objects.published().latest_first().select_related("section")[:30]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [item.section.name] if item.section else []
