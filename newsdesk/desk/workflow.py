"""Moving articles through the desk: publish, schedule, withdraw, reject, pin. Each article is
saved on its own (its day count follows) and each change is written to the audit log in the
same transaction."""

from collections.abc import Callable, Iterable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from newsdesk.articles.models import Article

from . import audit
from .roles import can_publish


def apply(user, action: str, articles: Iterable[Article], change: Callable[[Article], None]) -> int:
    """Change and save each article, auditing what changed; the number changed."""
    done = 0
    with transaction.atomic():
        for article in articles:
            before = audit.snapshot(article)
            change(article)
            article.save()
            audit.record(user, action, article, audit.changed(before, audit.snapshot(article)))
            done += 1
    return done


def require_publisher(user, action: str, articles: Iterable[Article] = ()) -> None:
    """Refuse (403) anyone who may not publish, leaving a trace of the attempt."""
    if can_publish(user):
        return
    articles = list(articles) or [None]
    for article in articles:
        audit.record(user, action, article, denied=True)
    raise PermissionDenied(f"{getattr(user, 'username', '')} may not {action} articles")


def publish_now(article: Article) -> None:
    # A report keeps the agency's time (the archive stays in the order the news broke); a draft
    # without one, or a scheduled article, goes out now.
    if article.published_at is None or article.published_at > timezone.now():
        article.published_at = timezone.now()
    article.status = Article.Status.PUBLISHED


def scheduler(when) -> Callable[[Article], None]:
    def schedule(article: Article) -> None:
        article.status = Article.Status.PUBLISHED
        article.published_at = when

    return schedule


def withdrawer(notice: str) -> Callable[[Article], None]:
    def withdraw(article: Article) -> None:
        article.status = Article.Status.WITHDRAWN
        article.withdrawal_notice = notice
        article.pinned = False

    return withdraw


def reject(article: Article) -> None:
    # Never public and never fetched again (its address and text stay known to ingestion).
    article.status = Article.Status.WITHDRAWN
    article.withdrawal_notice = ""


def pinner(pinned: bool) -> Callable[[Article], None]:
    def pin(article: Article) -> None:
        article.pinned = pinned

    return pin
