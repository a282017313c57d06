"""The audit log's writing side: what an action changed, and who did it."""

from datetime import date, datetime

from .models import AuditEntry

# The fields an editor changes; internal ones (counts, fingerprints) are left out.
WATCHED = (
    "headline", "slug", "summary", "body", "language", "published_at", "status", "section_id",
    "agency", "author", "breaking", "pinned", "withdrawal_notice", "corrected_at",
)


def plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(article) -> dict:
    """The watched fields' values, JSON-ready."""
    return {name: plain(getattr(article, name)) for name in WATCHED}


def changed(before: dict, after: dict) -> dict:
    """{field: [before, after]} of the fields whose value differs."""
    return {name: [before.get(name), value] for name, value in after.items() if before.get(name) != value}


def record(user, action: str, article=None, changes: dict | None = None, denied: bool = False) -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if user and user.is_authenticated else None,
        username=getattr(user, "username", "") or "",
        action=action,
        article=article if article is not None and article.pk else None,
        headline=(article.headline if article is not None else "")[:300],
        changes=changes or {},
        denied=denied,
    )
