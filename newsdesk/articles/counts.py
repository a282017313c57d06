"""Published articles per site day: kept up to date on every write, read by the header.

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

from . import changes


def _models():
    return apps.get_model("articles", "Article"), apps.get_model("articles", "DayCount")


def day_of(article, portal) -> date | None:
    if article.status == "published" and article.published_at is not None:
        return portal.local_day(article.published_at)
    return None


def follow(article) -> None:
    """Move the article's count to the day it belongs under now. Call inside the save's transaction."""
    from newsdesk.portal.models import Portal

    Article, _ = _models()
    new = day_of(article, Portal.load())
    old = None
    if article.pk:
        # Read the stored day under a row lock: an in-memory instance may be stale.
        old = Article.objects.select_for_update().filter(pk=article.pk).values_list("counted_day", flat=True).first()
    if old != new:
        move(old, new)
    article.counted_day = new


def move(old: date | None, new: date | None) -> None:
    _, DayCount = _models()
    if old is not None:
        DayCount.objects.filter(day=old, count__gt=0).update(count=F("count") - 1)
    if new is not None:
        add_one(new)


def add_one(day: date) -> None:
    """One upsert (SQLite and PostgreSQL both have ON CONFLICT): atomic under concurrent writers."""
    _, DayCount = _models()
    table, day_, count = (connection.ops.quote_name(n) for n in (DayCount._meta.db_table, "day", "count"))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({day_}, {count}) VALUES (%s, 1) "
            f"ON CONFLICT ({day_}) DO UPDATE SET {count} = {table}.{count} + 1",
            [connection.ops.adapt_datefield_value(day)],
        )


def rebuild(portal=None) -> int:
    """Recount every day from the articles (after a bulk import or a time zone change)."""
    from newsdesk.portal.models import Portal

    Article, DayCount = _models()
    zone = (portal or Portal.load()).zone
    with transaction.atomic():
        Article.objects.exclude(status="published").update(counted_day=None)
        Article.objects.filter(status="published", published_at__isnull=True).update(counted_day=None)
        Article.objects.filter(status="published", published_at__isnull=False).update(
            counted_day=TruncDate("published_at", tzinfo=zone)
        )
        rows = (
            Article.objects.filter(counted_day__isnull=False)
            .order_by()
            .values("counted_day")
            .annotate(n=Count("id"))
        )
        DayCount.objects.all().delete()
        DayCount.objects.bulk_create([DayCount(day=r["counted_day"], count=r["n"]) for r in rows], batch_size=1000)
        changes.bump_on_commit()
    return DayCount.objects.count()


def public_days(first: date, last: date, portal, today: date | None = None) -> dict[date, int]:
    """What readers may count per day from `first` to `last`: the stored counts for past days and
    today's live count, since today's stored count already holds articles scheduled for later today."""
    Article, DayCount = _models()
    today = today or portal.today()
    found = dict(
        DayCount.objects.filter(day__gte=first, day__lte=min(last, today), count__gt=0)
        .exclude(day=today).values_list("day", "count")
    )
    if first <= today <= last:
        live = Article.objects.published_on(today, portal).count()
        if live:
            found[today] = live
    return found


def total_before(day: date) -> int:
    _, DayCount = _models()
    return DayCount.objects.filter(day__lt=day).aggregate(n=Sum("count"))["n"] or 0
