"""`newsdesk sources add|list|import-opml|export-opml`: agency sources from the command line.

It lives beside ingestion because adding a source checks its address against the fetching policy.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.text import slugify

from newsdesk.articles.models import Section
from newsdesk.ingest.addresses import public_address
from newsdesk.ingest.errors import NetworkError, Refused
from newsdesk.portal.models import Portal
from newsdesk.sources import opml
from newsdesk.sources.models import Source

COLUMNS = ["id", "name", "state", "last poll", "last success", "failures", "next poll", "last error"]


class Command(BaseCommand):
    help = "Manage agency sources: add one, list their health, import or export OPML."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="add a feed (RSS, Atom, JSON Feed or sitemap)")
        add.add_argument("url")
        add.add_argument("--name", default="")
        add.add_argument("--language", default="")
        add.add_argument("--section", default="", help="default section (name or slug)")
        add.add_argument("--auto-publish", action="store_true", help="publish at once, no editor review")
        actions.add_parser("list", help="the sources and their health")
        imported = actions.add_parser("import-opml", help="add the feeds of an OPML file")
        imported.add_argument("file")
        actions.add_parser("export-opml", help="print the sources as OPML")

    def handle(self, *args, action, **options):
        getattr(self, action.replace("-", "_"))(**options)

    def add(self, url, name, language, section, auto_publish, **_):
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as exc:
            raise CommandError(f"{url} is not an http(s) URL") from exc
        if Source.objects.filter(feed_url=url).exists():
            raise CommandError(f"a source with the feed {url} exists already")
        source = Source.objects.create(
            feed_url=url, name=name or urlsplit(url).hostname, language=language,
            default_section=find_section(section), auto_publish=auto_publish,
        )
        self.stdout.write(f"Added source {source.pk}: {source.name} ({url}); it is polled within a minute.")
        if warning := private_address_warning(url):
            self.stderr.write(warning)

    def list(self, **_):
        zone = Portal.load().zone  # the zone the admin and the site show times in
        with timezone.override(zone):
            rows = [COLUMNS] + [health_row(s) for s in Source.objects.order_by("name")]
        widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(COLUMNS) - 1)]
        for row in rows:
            cells = [row[i][:40].ljust(widths[i]) for i in range(len(widths))]
            self.stdout.write("  ".join([*cells, row[-1]]).rstrip())
        self.stdout.write(f"Times are in {zone.key}, the site's time zone.")

    def import_opml(self, file, **_):
        try:
            outlines = opml.parse(Path(file).read_bytes())
        except (OSError, opml.OPMLError) as exc:
            raise CommandError(str(exc)) from exc
        added = 0
        for o in outlines:
            _, created = Source.objects.get_or_create(
                feed_url=o.feed_url, defaults={"name": o.name[:120], "homepage": o.homepage, "language": o.language[:8]}
            )
            added += created
        self.stdout.write(f"Imported {added} new sources ({len(outlines) - added} known already).")

    def export_opml(self, **_):
        outlines = [opml.Outline(s.name, s.feed_url, s.homepage, s.language) for s in Source.objects.order_by("name")]
        self.stdout.write(opml.render(outlines), ending="")


def private_address_warning(url: str) -> str:
    """What the operator must know at once when the feed is on a private or loopback address:
    every poll will be refused unless private fetching is allowed."""
    if settings.NEWSDESK_ALLOW_PRIVATE_FETCH:
        return ""
    parts = urlsplit(url)
    try:
        public_address(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), allow_private=False)
    except Refused as exc:
        reason = str(exc).removeprefix("refused: ")
        return (f"Warning: {reason}; polls of this feed will be refused unless private fetching is "
                "allowed (NEWSDESK_ALLOW_PRIVATE_FETCH=1) or the source may use a private address "
                "(allow_private_address in the admin).")
    except NetworkError as exc:
        return f"Warning: {exc}; polls will fail until the name resolves."
    return ""


def find_section(wanted: str) -> Section | None:
    if not wanted:
        return None
    section = Section.objects.filter(slug=slugify(wanted)).first() or Section.objects.filter(name__iexact=wanted).first()
    if section is None:
        raise CommandError(f"no section {wanted!r}; sections: {', '.join(Section.objects.values_list('name', flat=True))}")
    return section


def when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "-"


def health_row(s: Source) -> list[str]:
    state = s.state + (" (flagged)" if s.paused and s.last_error else "")
    return [str(s.pk), s.name, state, when(s.last_polled_at), when(s.last_success_at),
            str(s.consecutive_failures), when(s.next_poll_at), s.last_error or "-"]
