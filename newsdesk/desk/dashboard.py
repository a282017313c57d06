"""What the desk's front page shows: today's work, what waits, sources in trouble, the latest
actions. Each figure is one indexed query."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal
from newsdesk.sources.models import Source
from newsdesk.stories import upkeep
from newsdesk.stories.admin import degraded_message

from .models import AuditEntry


@dataclass
class Board:
    published_today: int
    waiting: int
    scheduled: int
    troubled: list
    latest: list | None  # None: the user may not read the audit log
    stories_degraded: str  # why story matching runs without the model, or ''


def board(user) -> Board:
    portal = Portal.load()
    now = timezone.now()
    articles = Article.objects.order_by()
    troubled = (
        Source.objects.filter(enabled=True).filter(Q(paused=True) | Q(consecutive_failures__gt=0))
        .order_by("-consecutive_failures", "name")
        .only("name", "paused", "consecutive_failures", "last_error", "last_success_at", "next_poll_at")[:10]
    )
    latest = None
    if user.has_perm("desk.view_auditentry"):
        latest = list(AuditEntry.objects.only("at", "username", "action", "headline", "denied", "article_id")[:10])
    return Board(
        published_today=articles.published_on(portal.today(), portal).count(),
        waiting=articles.filter(status=Article.Status.PENDING).count(),
        scheduled=articles.filter(status=Article.Status.PUBLISHED, published_at__gt=now).count(),
        troubled=list(troubled),
        latest=latest,
        stories_degraded=degraded_message(reason) if (reason := upkeep.degraded_reason()) else "",
    )
