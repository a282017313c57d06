"""The language versions of an article, for hreflang on its page and in the sitemaps.

Articles do not link their translations yet, so an article's only version is itself; once they
do, this is the one place that names them and every hreflang follows.
"""

from newsdesk.articles.models import Article


def counterparts(article: Article) -> dict[str, str]:
    """{edition code: address} of every version of `article`, itself included."""
    return {article.edition(): article.get_absolute_url()}
