"""The benchmark sites, built once and kept in a data directory for later runs.

    from bench.serve.site import Site, build
    site = Site.sqlite(data_dir, 140_211)          # or Site.postgres(data_dir, 1_000_000, server_url)
    build(site)                                    # does nothing when it is built already
    site.newsdesk("shell", "-c", "...")            # a newsdesk command against that site

A SQLite site and a PostgreSQL site of the original portal's size are the demo generator's own
output (`newsdesk demo`, which stores in bulk, indexes each batch for search and recounts the
days). A larger PostgreSQL site starts as a copy of the original-size one (a template database)
and grows by copying its reports, in SQL, further back in time: see grow.py. Every PostgreSQL
site is vacuumed and analysed once built (`settle`), as autovacuum would leave it on a running
server.
"""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import grow

ORIGINAL = 140_211


@dataclass(frozen=True)
class Site:
    name: str
    articles: int
    data_dir: Path  # settings' NEWSDESK_DATA_DIR: the SQLite file, static files, secret key, caches
    database_url: str = ""  # empty: SQLite in data_dir
    redis_url: str = ""

    @classmethod
    def sqlite(cls, root: Path, articles: int, redis_url: str = "") -> "Site":
        return cls(f"SQLite {articles:,}", articles, root / f"sqlite-{articles}", "", redis_url)

    @classmethod
    def postgres(cls, root: Path, articles: int, server: str, prefix: str, redis_url: str = "") -> "Site":
        url = f"{server.rstrip('/')}/{prefix}_{articles}"
        return cls(f"PostgreSQL {articles:,}", articles, root / f"pg-{articles}", url, redis_url)

    @property
    def database_name(self) -> str:
        return self.database_url.rsplit("/", 1)[1] if self.database_url else ""

    def env(self) -> dict[str, str]:
        env = {**os.environ, "NEWSDESK_DATA_DIR": str(self.data_dir)}
        for name, value in (("DATABASE_URL", self.database_url), ("REDIS_URL", self.redis_url)):
            if value:
                env[name] = value
            else:
                env.pop(name, None)
        return env

    def newsdesk(self, *args: str) -> str:
        return self.python("-m", "newsdesk", *args)

    def python(self, *args: str) -> str:
        done = subprocess.run([sys.executable, *args], env=self.env(), capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{' '.join(args[:4])} failed on {self.name}:\n{done.stderr[-3000:]}")
        return done.stdout

    def built(self) -> bool:
        marker = self.data_dir / "built"
        if not marker.exists():
            return False
        if self.database_url and not database_exists(self.database_url):
            return False  # the database was dropped since
        return marker.read_text().strip() == str(self.articles)


def build(site: Site, template: Site | None = None) -> None:
    """Build `site` unless it is built; a PostgreSQL site larger than `template` is grown from a
    copy of it (which is built first)."""
    if site.built():
        site.newsdesk("migrate", "--noinput")  # a kept site gets the indexes added since it was built
        if site.database_url and not vacuumed(site):
            settle(site)  # built before sites were settled
        return
    site.data_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if site.database_url:
        recreate_database(site.database_url, template.database_name if template else None)
    if template is not None and site.database_url:
        site.newsdesk("migrate", "--noinput")
        added = grow.to(site, site.articles)
        how = f"copied from {template.name} and grown by {added:,} reports in SQL"
    else:
        site.newsdesk("migrate", "--noinput")
        site.newsdesk("demo", "--articles", str(site.articles))
        how = "newsdesk demo"
    site.newsdesk("collectstatic", "--noinput", "--verbosity", "0")
    if site.database_url:
        settle(site)
    (site.data_dir / "built").write_text(str(site.articles))
    print(f"built {site.name} ({how}) in {time.perf_counter() - started:.0f} s, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)


def settle(site: Site) -> None:
    """VACUUM (ANALYZE) a PostgreSQL site, as autovacuum does on a running server (the benchmark's
    server may run without it, and a site must not be measured in a state no server stays in).
    A build rewrites every article once more (the recount sets each one's day), leaving a dead
    copy of each row in the table and its indexes and no page marked all-visible: unsettled, the
    1,000,000-article site's articles table held 1.1 million dead rows (2.4 GB) and its country
    list read 1,503 buffers a query against 686 settled (bench/serve/README.md)."""
    grow.psql(site.database_url, "VACUUM (ANALYZE)")


def vacuumed(site: Site) -> bool:
    return grow.psql(site.database_url, "SELECT last_vacuum IS NOT NULL OR last_autovacuum IS NOT NULL"
                     " FROM pg_stat_user_tables WHERE relname = 'articles_article'") == "t"


def build_all(sites: list[Site]) -> None:
    """Build the sites in order; a PostgreSQL site larger than the original size is grown from
    the original-size PostgreSQL site in the list (built first)."""
    original = next((s for s in sites if s.database_url and s.articles == ORIGINAL), None)
    for site in sorted(sites, key=lambda s: s.articles):
        if site.database_url and site.articles > ORIGINAL:
            if original is None:
                raise SystemExit(f"{site.name} is grown from a {ORIGINAL:,}-article PostgreSQL site: list one too")
            build(original)
            build(site, template=original)
        else:
            build(site)


def psql(server_url: str, sql: str) -> str:
    admin = server_url.rsplit("/", 1)[0] + "/postgres"
    done = subprocess.run(["psql", admin, "-tAc", sql], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"psql: {done.stderr.strip()}")
    return done.stdout.strip()


def database_exists(url: str) -> bool:
    name = url.rsplit("/", 1)[1]
    return psql(url, f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"


def recreate_database(url: str, template: str | None) -> None:
    name = url.rsplit("/", 1)[1]
    psql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    psql(url, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
