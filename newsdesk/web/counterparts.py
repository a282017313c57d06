"""The language versions of an article, for hreflang on its page and in the sitemaps.

An article's versions in other languages are the leading versions of its story in each edition
(stories.reading); the page passes the story it has read. Sitemaps, which list thousands of
articles, name each article alone for now rather than read every story.
"""

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal


def counterparts(article: Article, story=None) -> dict[str, str]:
    """{edition code: address} of every version of `article`, itself included."""
    own = {article.edition(): article.get_absolute_url()}
    if story is None:
        return own
    return {**story.counterparts(Portal.load().language_list), **own}
