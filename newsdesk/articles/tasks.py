"""Huey tasks of the content model, thin."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from . import readership


@db_periodic_task(crontab(minute="*"))
def fold_views() -> None:
    """Every minute: the web processes' counted views into the most-read table."""
    readership.fold()
