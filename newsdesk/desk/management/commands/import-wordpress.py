"""newsdesk import-wordpress FILE: a WordPress export (WXR, plain or .gz) into articles, pages and
redirects from the old site's addresses. Safe to run again; safe to stop."""

import os

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from newsdesk.articles.models import Article
from newsdesk.desk import importer, wxr
from newsdesk.desk.filing import SectionMapError, read_section_map

OUR_STATUSES = {*Article.Status.values, "skip"}


class Command(BaseCommand):
    help = "Import a WordPress export file (WXR 1.0-1.2, plain or gzip): posts, pages, old addresses."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="read and report; write nothing")
        parser.add_argument("--section-map", metavar="FILE", help="lines 'wordpress-slug = section-slug' (or place:SY, or -)")
        parser.add_argument(
            "--status-map", action="append", default=[], metavar="WP=OURS",
            help="e.g. private=withdrawn,pending=draft (ours: draft, pending, published, withdrawn, skip)",
        )
        parser.add_argument("--create-users", action="store_true", help="an account per author, with no usable password")
        parser.add_argument("--time-zone", default="", help="the old site's zone, for posts without a GMT date (default: the portal's)")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--one-process", action="store_true",
            help="convert posts in this process too: slower on two cores, about 130 MB less memory",
        )

    def handle(self, *args, **options):
        path = options["file"]
        if not os.path.isfile(path):
            raise CommandError(f"{path}: no such file")
        run = importer.Import(importer.Options(
            dry_run=options["dry_run"], section_map=self.section_map(options["section_map"]),
            status_map=status_map(options["status_map"]), create_users=options["create_users"],
            time_zone=options["time_zone"], batch_size=max(1, options["batch_size"]),
        ))
        try:
            total = importer.check(path)
            bar = tqdm(total=total, unit="item", desc="import", file=self.stderr._out, disable=not self.stderr.isatty())
            with bar:
                parallel = total >= importer.PARALLEL_FROM and not options["one_process"]
                summary = run.run(path, bar.update, parallel=parallel)
        except wxr.WXRError as error:
            raise CommandError(f"{path}: {error}; nothing was imported") from error
        heading = "Dry run, nothing written: " if options["dry_run"] else ""
        lines = summary.lines()
        self.stdout.write(heading + lines[0])
        for line in lines[1:]:
            self.stdout.write(line)

    def section_map(self, path: str | None) -> dict[str, str]:
        if not path:
            return {}
        try:
            return read_section_map(path)
        except (OSError, SectionMapError) as error:
            raise CommandError(str(error)) from error


def status_map(values: list[str]) -> dict[str, str]:
    found = {}
    for pair in ",".join(values).split(","):
        if not pair.strip():
            continue
        theirs, sep, ours = (part.strip() for part in pair.partition("="))
        if not sep or ours not in OUR_STATUSES:
            raise CommandError(f"--status-map: '{pair}' should be WP_STATUS=one of {', '.join(sorted(OUR_STATUSES))}")
        found[theirs] = ours
    return found
