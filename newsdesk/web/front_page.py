"""What the front page shows above the latest list: the lead story, the top stories, the
breaking strip, the latest of each section and the most read, from indexed queries."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from newsdesk.articles import readership
from newsdesk.articles.models import Article, public_until
from newsdesk.articles.statements import Statement
from newsdesk.media.models import LeadImage

TOP_STORIES = 4
PER_SECTION = 4
SECTION_WINDOW = 150  # the latest this many articles are shared out among the sections
BREAKING_HOURS = 12
CARD_FIELDS = ("headline", "slug", "summary", "published_at", "language", "agency", "author",
               "section__name", "section__name_tr", "section__name_ar", "section__slug")


@dataclass
class Front:
    lead: Article | None
    top: list
    breaking: list
    sections: list = field(default_factory=list)  # (section, [articles])
    most_read: list = field(default_factory=list)


def build(lang: str, latest: list) -> Front:
    lead = pinned(lang) or (latest[0] if latest else None)
    top = [a for a in latest if a != lead][:TOP_STORIES]
    if lead is not None:
        with_image(lead)
    shown = {a.pk for a in (lead, *top) if a is not None}
    return Front(
        lead=lead,
        top=top,
        breaking=breaking(lang),
        sections=by_section(lang, shown),
        most_read=readership.most_read(lang),
    )


PINNED = Statement(
    lambda lang, limit: Article.objects.published(until=limit).in_edition(lang).filter(pinned=True).latest_first()
    .select_related("section").only(*CARD_FIELDS)[:1]
)


def pinned(lang: str) -> Article | None:
    """The story an editor pinned to lead the edition (the latest pinned, if several)."""
    found = PINNED(lang, public_until())
    return found[0] if found else None


LEAD_IMAGE = Statement(lambda pk: LeadImage.objects.select_related("image").filter(article_id=pk).order_by("pk")[:1])


def with_image(article: Article) -> None:
    """Read the lead story's picture (if any) in one query, for {% lead_picture %}."""
    found = LEAD_IMAGE(article.pk)
    # Cached even when there is none, so that the template does not ask again.
    Article.leadimage.related.set_cached_value(article, found[0] if found else None)


BREAKING = Statement(
    lambda lang, limit, since: Article.objects.published(until=limit).in_edition(lang)
    .filter(breaking=True, published_at__gte=since).latest_first().only("headline", "slug", "published_at", "language")[:3]
)


def breaking(lang: str) -> list:
    since = timezone.now() - timedelta(hours=BREAKING_HOURS)
    return BREAKING(lang, public_until(), since)


WINDOW = Statement(
    lambda lang, limit: Article.objects.published(until=limit).in_edition(lang).filter(section__isnull=False)
    .latest_first().values_list("pk", "section_id")[:SECTION_WINDOW]
)
SECTION_CARDS = Statement(
    lambda ids: Article.objects.filter(pk__in=ids).latest_first().select_related("section").only(*CARD_FIELDS)
)


def by_section(lang: str, shown: set) -> list:
    """The latest few of each section among the edition's recent articles: the window's ids and
    sections (one indexed query), the first few of each section picked here, then those read for
    their cards. A section that has published nothing lately is left out rather than looked up
    on its own. (The database numbering each section's rows, ROW_NUMBER() in a wrapping query,
    picks the same in one query, but Django took twice as long to compile it as these two:
    bench/serve/README.md.)"""
    window = WINDOW(lang, public_until())
    taken: Counter = Counter()
    chosen = []
    for pk, section in window:
        if pk not in shown and taken[section] < PER_SECTION:
            taken[section] += 1
            chosen.append(pk)
    groups: dict = {}
    for article in SECTION_CARDS(tuple(chosen)):
        groups.setdefault(article.section, []).append(article)
    return sorted(groups.items(), key=lambda item: item[0].name)
