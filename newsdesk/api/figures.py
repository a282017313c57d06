"""The header's figures for any edition: published articles per site day and the total, from
the maintained day counts (never a count of the table)."""

from datetime import date, timedelta

from ninja import Query, Router
from ninja.errors import HttpError
from pydantic import Field

from newsdesk.articles import counts
from newsdesk.portal.models import Portal

from . import schemas
from .articles import LANGUAGE
from .routing import read_only

router = Router(tags=["figures"])
MAX_DAYS = 366


class Range(schemas.Schema):
    start: date | None = Field(None, description="First day (site's zone); default: the header strip's first.")
    end: date | None = Field(None, description="Last day, included; default: today.")
    language: str | None = Field(None, pattern=LANGUAGE, description="Default: the main edition's.")


@read_only(router, "/counts", response={200: schemas.Counts, 400: schemas.Error, 429: schemas.Error})
def day_counts(request, wanted: Query[Range]):
    """Published articles per day over at most 366 days, and the total to this moment."""
    portal = Portal.load()
    lang = wanted.language or portal.default_language
    today = portal.today()
    end = wanted.end or today
    start = wanted.start or date.fromordinal(max(1, end.toordinal() - portal.strip_days + 1))
    if start > end:
        raise HttpError(400, f"start: {start} is after end {end}")
    if (end - start).days >= MAX_DAYS:
        raise HttpError(400, f"start, end: at most {MAX_DAYS} days at a time ({start} to {end} is more)")
    per_day = counts.public_days(start, end, portal, lang, today)
    in_range = start <= today <= end
    today_count = per_day.get(today, 0) if in_range else counts.live_today(portal, lang, today)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return {
        "language": lang, "start": start, "end": end,
        "days": [{"day": d, "count": per_day.get(d, 0)} for d in days],
        "total": counts.total_before(today, lang) + today_count,
    }
