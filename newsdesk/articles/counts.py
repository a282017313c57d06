"""Published articles per site day and language: kept up to date on every write, read by the
header and the archives of each edition.

An article is counted under the site-local day of its publication time while its status is
published (a scheduled article is counted under its future day, which the header only reaches
when that day comes). The header reads today live, so an article scheduled for later today
appears in the count at its time, not before.
"""

from datetime import date

from django.apps import apps
from django.db import connection, transaction
from django.db.models import Count, F, Sum
from django.db.models.functions import TruncDate

from . import changes, tallies
from .statements import Statement


def _models():
    return apps.get_model("articles", "Article"), apps.get_model("articles", "DayCount")


def day_of(article, portal) -> date | None:
    if article.status == "published" and article.published_at is not None:
        return portal.local_day(article.published_at)
    return None


def follow(article) -> None:
    """Move the article's count to the day and language it belongs under now. Call inside the
    save's transaction."""
    from newsdesk.portal.models import Portal

    Article, _ = _models()
    day = day_of(article, Portal.load())
    new = (day, article.language) if day else None
    old = None
    if article.pk:
        # Read the stored day and language under a row lock: an in-memory instance may be stale.
        row = Article.objects.select_for_update().filter(pk=article.pk).values_list("counted_day", "language").first()
        old = row if row and row[0] else None
    if old != new:
        move(old, new)
    article.counted_day = day


def move(old: tuple[date, str] | None, new: tuple[date, str] | None) -> None:
    _, DayCount = _models()
    if old is not None:
        DayCount.objects.filter(day=old[0], language=old[1], count__gt=0).update(count=F("count") - 1)
    if new is not None:
        add(*new, 1)


def add(day: date, language: str, n: int) -> None:
    """Bulk writers (the WordPress import) add a batch's articles per day at once; n may be
    negative (a new row starts at zero then)."""
    _, DayCount = _models()
    key = {"day": connection.ops.adapt_datefield_value(day), "language": language}
    tallies.add(DayCount, key, "count", n, start=max(n, 0))


def rebuild(portal=None) -> int:
    """Recount every day from the articles (after a bulk import or a time zone change)."""
    from newsdesk.portal.models import Portal

    Article, DayCount = _models()
    zone = (portal or Portal.load()).zone
    day = TruncDate("published_at", tzinfo=zone)
    with transaction.atomic():
        # Only the rows whose day is wrong are written: PostgreSQL keeps a dead copy of every row
        # an UPDATE touches until a vacuum, and a recount after a bulk load or a time zone change
        # would otherwise double a large articles table and every index on it.
        counted = Article.objects.exclude(counted_day=None)
        counted.exclude(status="published").update(counted_day=None)
        counted.filter(status="published", published_at__isnull=True).update(counted_day=None)
        Article.objects.filter(status="published", published_at__isnull=False).exclude(counted_day=day).update(
            counted_day=day
        )
        DayCount.objects.all().delete()
        DayCount.objects.bulk_create(counted_rows(Article, DayCount), batch_size=1000)
        changes.bump_on_commit()
    return DayCount.objects.count()


def counted_rows(Article, DayCount) -> list:
    """The day counts as the articles' counted days make them (also used by the migration that
    split the counts by language)."""
    rows = (
        Article.objects.filter(counted_day__isnull=False).order_by()
        .values("counted_day", "language").annotate(n=Count("id"))
    )
    return [DayCount(day=r["counted_day"], language=r["language"], count=r["n"]) for r in rows]


def public_days(first: date, last: date, portal, language: str, today: date | None = None) -> dict[date, int]:
    """What readers of an edition may count per day from `first` to `last`: the stored counts for
    past days and today's live count, since today's stored count already holds articles scheduled
    for later today."""
    _, DayCount = _models()
    today = today or portal.today()
    found = dict(
        DayCount.objects.filter(language=language, day__gte=first, day__lte=min(last, today), count__gt=0)
        .exclude(day=today).values_list("day", "count")
    )
    if first <= today <= last and (live := live_today(portal, language, today)):
        found[today] = live
    return found


def live_today(portal, language: str, today: date) -> int:
    """Today's public articles, counted at the moment asked (see public_days on why)."""
    Article, _ = _models()
    return Article.objects.published_on(today, portal).in_edition(language).count()


def total_before(day: date, language: str) -> int:
    _, DayCount = _models()
    return DayCount.objects.filter(day__lt=day, language=language).aggregate(n=Sum("count"))["n"] or 0


def _counted_days(language: str):
    return _models()[1].objects.filter(language=language, count__gt=0)


DAY_BEFORE = Statement(
    lambda language, day: _counted_days(language).filter(day__lt=day).order_by("-day").values_list("day", flat=True)[:1]
)
DAY_AFTER = Statement(
    lambda language, day, today: _counted_days(language).filter(day__gt=day, day__lte=today).order_by("day")
    .values_list("day", flat=True)[:1]
)


def neighbour_days(day: date, portal, language: str) -> tuple[date | None, date | None]:
    """The edition's nearest days before and after `day` with something public in them."""
    earlier = next(iter(DAY_BEFORE(language, day)), None)
    today = portal.today()
    later = next(iter(DAY_AFTER(language, day, today)), None)
    if later == today and not public_days(today, today, portal, language):
        later = None  # today's only articles are still embargoed
    return earlier, later
