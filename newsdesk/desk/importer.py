"""The WordPress import: an export file in, articles, pages and old addresses out.

Two passes over the file: the first only checks that it is well-formed (libxml2 builds nothing, a
few seconds for a large file), so a broken or truncated file stops before anything is written;
the second reads the records and writes in batches, each in
one transaction with the day counts it moves and the identities it records. A run that is killed
leaves whole batches behind, and the next run finds their items by identity and skips them; items
whose digest has not changed are skipped without being converted again.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import connection, transaction

from newsdesk.articles import changes
from newsdesk.articles.models import Article
from newsdesk.desk.models import ImportedItem
from newsdesk.portal.models import Portal
from newsdesk.stories import queueing

from . import posts, wxr
from .checkpoints import Checkpoints
from .converting import Converter, Settings
from .filing import Filing
from .seen import Hashes
from .writing import Batch, file_post, finish, write_batch

CONTENT_TYPES = ("post", "page", "attachment")
# From this many items a second process converts posts: below it, starting one costs more than
# it saves.
PARALLEL_FROM = 1000


@dataclass
class Options:
    dry_run: bool = False
    section_map: dict[str, str] = field(default_factory=dict)
    status_map: dict[str, str] = field(default_factory=dict)
    create_users: bool = False
    time_zone: str = ""
    batch_size: int = 500


@dataclass
class Summary:
    items: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    reported: Counter = field(default_factory=Counter)  # what was left out or needs a look
    queued: int = 0  # articles whose stories are assigned in the background

    def lines(self) -> list[str]:
        out = [
            f"{self.items} items: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped"
        ]
        if self.queued:
            out.append(f"{self.queued} articles queued to join their stories (in the background)")
        out += [f"  {n} {reason}" for reason, n in sorted(self.reported.items())]
        return out


def check(path: str) -> int:
    """The first pass: the whole file read, raising WXRError where it cannot be; about how many
    items it holds. What makes it a WordPress export (its wxr_version, before any item) is checked
    by the second pass before its first write."""
    with wxr.open_export(path) as stream:
        return wxr.check(stream)


class Import:
    def __init__(self, options: Options, portal: Portal | None = None):
        self.options = options
        self.portal = portal or Portal.load()
        self.zone = ZoneInfo(options.time_zone) if options.time_zone else self.portal.zone
        self.filing = Filing(options.section_map, write=not options.dry_run)
        self.summary = Summary()
        self.site = wxr.Site()
        self.authors: dict[str, wxr.Author] = {}
        self.terms: dict[tuple[str, str], wxr.Term] = {}
        # Hashes of identities seen this run: a repeated item is reported, not imported twice.
        self.seen = Hashes()
        self.guids = Hashes()
        # Accounts wait for the first write: only then is the file known to be an export.
        self.new_users: list[wxr.Author] = []
        self.checkpoints = Checkpoints()  # the run's own, once it starts

    def run(self, path: str, advance: Callable[[int], None] = lambda n: None, parallel: bool = False) -> Summary:
        """Batches are read and sent for conversion one ahead of the batch being written."""
        items: list[wxr.Item] = []
        waiting: Batch | None = None
        with wxr.open_export(path) as stream, Converter(parallel) as converter, Checkpoints() as self.checkpoints:
            for record in wxr.read(stream):
                if not isinstance(record, wxr.Item):
                    self.take_record(record)
                    continue
                items.append(record)
                if len(items) >= self.options.batch_size:
                    ready = self.prepare(items, converter)  # converted while `waiting` is written
                    self.write(waiting, advance)
                    waiting, items = ready, []
            last = self.prepare(items, converter)
            self.write(waiting, advance)
            self.write(last, advance)
        if not self.options.dry_run:
            with transaction.atomic():
                self.create_users()
                finish(self)
            if self.summary.created:
                self.queue_stories()
        return self.summary

    def queue_stories(self) -> None:
        """Imported articles without a story join theirs in the background (bulk writes send no
        signals). Those of an earlier run that was killed before this point are among them."""
        imported = ImportedItem.objects.filter(article__isnull=False).values("article_id")
        self.summary.queued = queueing.queue_unassigned(Article.objects.filter(pk__in=imported))

    def take_record(self, record) -> None:
        if isinstance(record, wxr.Site):
            self.site = record
        elif isinstance(record, wxr.Author):
            self.authors[record.login] = record
            if self.options.create_users and not self.options.dry_run:
                self.new_users.append(record)
        elif record.taxonomy in ("category", "post_tag"):
            self.terms.setdefault((record.taxonomy, record.slug), record)
        else:
            self.summary.reported[f"{record.taxonomy or 'unnamed'} terms skipped (menus and others)"] += 1

    def create_users(self) -> None:
        for author in self.new_users:
            self.create_user(author)
        self.new_users = []

    def create_user(self, author: wxr.Author) -> None:
        from django.contrib.auth import get_user_model

        user, created = get_user_model().objects.get_or_create(
            username=author.login[:150],
            defaults={"email": author.email, "first_name": author.first_name[:150], "last_name": author.last_name[:150]},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            self.summary.reported["accounts created (no usable password)"] += 1

    def prepare(self, items: list[wxr.Item], converter: Converter) -> Batch | None:
        """What each item of a batch needs (new, changed or not), its posts sent for conversion."""
        if not items:
            return None
        ids = {item.post_id for item in items}
        batch = Batch({(r.post_id, r.guid): r for r in ImportedItem.objects.filter(post_id__in=ids)}, len(items))
        # Attachments first: a post later in the batch finds its featured image at once.
        for item in sorted(items, key=lambda i: i.post_type != "attachment"):
            self.take(item, batch)
        batch.converted = converter.submit(self.settings, [p.item for p in batch.articles])
        return batch

    def write(self, batch: Batch | None, advance: Callable[[int], None]) -> None:
        if batch is None:
            return
        self.checkpoints.ready()
        with transaction.atomic():
            for pending, converted in zip(batch.articles, batch.converted(), strict=True):
                file_post(pending, converted, self)
            if not self.options.dry_run:
                self.create_users()
                write_batch(self, batch)
                changes.bump_on_commit()
        self.checkpoints.committed()  # the log copied into the database while the next batch is read
        advance(batch.size)

    @property
    def settings(self) -> Settings:
        o = self.options
        # The blog's own address: on WordPress.com and multisite networks base_site_url is the
        # network's (http://wordpress.com/), not where the posts' relative links point.
        base = self.site.base_blog_url or self.site.base_site_url
        vendor = "" if o.dry_run else connection.vendor
        return Settings(self.zone, base, self.portal.default_language, tuple(o.status_map.items()), vendor)

    def take(self, item: wxr.Item, batch: Batch) -> None:
        s = self.summary
        s.items += 1
        if item.comments:
            s.reported["comments skipped"] += item.comments
        if item.post_type == "attachment" and not item.attachment_url:
            s.reported["attachments without a web address for their file (their old addresses answer 404)"] += 1
        if reason := self.left_out(item):
            s.skipped += 1
            s.reported[reason] += 1
            return
        identity = hash((item.post_id, item.guid))
        if identity in self.seen:
            s.skipped += 1
            s.reported["repeated items skipped (same post id and GUID as an earlier one)"] += 1
            return
        self.seen.add(identity)
        if hash(item.guid) in self.guids:
            s.reported["GUIDs shared by different post ids (each imported)"] += 1
        self.guids.add(hash(item.guid))
        for term in item.terms:
            if term.taxonomy in ("category", "post_tag"):
                self.terms.setdefault((term.taxonomy, term.slug), term)
        digest = posts.digest(item)
        row = batch.known.get((item.post_id, item.guid))
        if row is not None and row.digest == digest:
            s.unchanged += 1
            return
        if row is None:
            s.created += 1
        else:
            s.updated += 1
        batch.add(item, digest, row)

    def left_out(self, item: wxr.Item) -> str:
        if item.post_type not in CONTENT_TYPES:
            return f"{item.post_type} items skipped"
        if item.status in posts.NOT_CONTENT or self.options.status_map.get(item.status) == "skip":
            return f"{item.status} {item.post_type}s skipped"
        return ""
