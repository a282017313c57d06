"""Serving benchmark: newsdesk's public pages under wrk, rendered, from the application's own
cache and through nginx's micro-cache, beside nginx serving a static file of the same size.

    .venv/bin/python -m bench.serve [--sites sqlite,pg,pg-large] [--seconds 20] [--wordpress-summary FILE]

Builds (once, kept in --data-dir) the 140,211-article demo site on SQLite, the same on
PostgreSQL and a 1,000,000-article PostgreSQL site grown from it in SQL; then, for each site,
starts the web node as the reference deployment does (granian; `--servers granian,gunicorn`
repeats the rows under gunicorn too) with nginx in front, on 127.0.0.1, and runs `wrk -t2 -c32` for --seconds (after a --warmup run) against each page kind, each way. See
bench/serve/README.md.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from . import deployment, report
from .load import Options, wrk
from .site import ORIGINAL, Site, build_all

PAGES = ("article", "home", "day archive", "country", "search", "deep")
WAYS = ("rendered", "app", "nginx")
WAY_NAMES = {"rendered": "rendered (app, no cache)", "app": "app cache", "nginx": "nginx micro-cache"}
INGEST_PAGES = ("article", "home", "day archive")
SETTLE = 8


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", default="sqlite,pg,pg-large", help="of sqlite, pg, pg-large")
    parser.add_argument("--articles", type=int, default=ORIGINAL)
    parser.add_argument("--large-articles", type=int, default=1_000_000)
    parser.add_argument("--pages", default=",".join(PAGES), help="page kinds, comma separated")
    parser.add_argument("--ways", default=",".join(WAYS), help="of rendered, app, nginx")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--warm-articles", type=int, default=100,
                        help="articles the cached rows cycle through (the anchor's sample size)")
    parser.add_argument("--ingest-every", type=float, default=1.0, help="seconds between publishes; 0: no ingest rows")
    parser.add_argument("--servers", default="granian",
                        help="web servers, comma separated, each with its own rows: granian (the reference), gunicorn")
    parser.add_argument("--workers", type=int, help="web workers (default: the reference configuration's)")
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-bench-serve")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432", help="server URL, no database")
    parser.add_argument("--database-prefix", default="newsdesk_bench_serve")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""),
                        help="cache and queue of the PostgreSQL sites (the reference deployment); SQLite runs embedded")
    parser.add_argument("--ports", type=int, default=9200, help="first of four free ports on 127.0.0.1")
    parser.add_argument("--wordpress-summary", type=Path, help="the WordPress anchor's summary.md of the same sitting")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--access-log", type=Path,
                        help="nginx logs every request's timing and cache status here, each measured run named "
                             "(read it with bench.serve.tail)")
    return parser.parse_args()


def sites_of(args) -> list[Site]:
    wanted = args.sites.split(",")
    unknown = set(wanted) - {"sqlite", "pg", "pg-large"}
    if unknown:
        raise SystemExit(f"--sites: unknown {', '.join(sorted(unknown))}")
    made = {
        "sqlite": lambda: Site.sqlite(args.data_dir, args.articles),
        "pg": lambda: Site.postgres(args.data_dir, args.articles, args.postgres, args.database_prefix, args.redis_url),
        "pg-large": lambda: Site.postgres(args.data_dir, args.large_articles, args.postgres, args.database_prefix,
                                          args.redis_url),
    }
    return [made[name]() for name in wanted]


def addresses(site: Site) -> dict[str, list[str]]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        site.python("-m", "bench.serve.pick", out.name)
        return json.load(open(out.name))


def flush_cache(site: Site) -> None:
    """Empty the site's shared cache (rendered rows leave thousands of one-off pages in it)."""
    site.newsdesk("shell", "-c", "from django.core.cache import caches; [caches[a].clear() for a in ('default', 'pages')]")


def measure(base: str, paths, options: Options, settle: str | None = None, **how):
    """A warm-up run, then the measured one. `settle`: a cache header; every address is asked
    once first, then warm-up runs are repeated (up to SETTLE times) until it says the cache
    answered nearly every request."""
    if settle:
        prime(base, paths)
    for attempt in range(SETTLE if settle else 1):
        if options.warmup:
            warm = wrk(base, paths, options, options.warmup, run_id=f"warm{attempt}", cache_header=settle)
            if not settle or (warm.hit_rate or 0) >= 0.95:
                break
    return wrk(base, paths, options, options.seconds, **how)


def prime(base: str, paths) -> None:
    """Each address asked once (four at a time) before the warm-up: a warm-up judged by its hit
    rate passes while a few pages are still cold (the others' hits outnumber them), and their
    first drawing, seconds on a busy machine, then lands in the measured run's p99. Through
    nginx the pages are new to the application too: they carry nginx's host."""
    # As wrk asks: no gzip (nginx keeps a plain copy apart from the gzipped one).
    plain = {"Accept-Encoding": "identity"}
    with httpx.Client(base_url=base, timeout=120, headers=plain) as client, ThreadPoolExecutor(4) as pool:
        list(pool.map(client.get, paths))


def static_reference(deployed, site_paths, options: Options):
    page = httpx.get(deployed.app + site_paths["article"][0], timeout=60)
    deployed.static_file.write_bytes(page.content)
    return measure(deployed.static, ["/page.html"], options), len(page.content)


def run_site(site: Site, server: str, args, options: Options, wordpress) -> list[str]:
    paths = addresses(site)
    pages = [p for p in args.pages.split(",") if p]
    ways = [w for w in args.ways.split(",") if w]
    lines = []
    ports = range(args.ports, args.ports + 4)
    with deployment.running(site, ports, server, args.workers, args.access_log) as deployed:
        first_requests(deployed, paths)
        static, size = static_reference(deployed, paths, options)
        lines.append(report.row(site.name, "static file", f"nginx, {size:,} bytes", static, static.rate))
        print(lines[-1], flush=True)
        if "app" in ways:
            with deployment.ceiling(site, ports[0], deployed.static_file, server, args.workers) as base:
                ceiling = measure(base, ["/"], options)
            lines.append(report.row(site.name, "minimal WSGI app", f"{server}, the same bytes (ceiling)",
                                    ceiling, static.rate))
            print(lines[-1], flush=True)
        for way in ways:
            if way != "rendered" and site.redis_url:
                flush_cache(site)
            for page in pages:
                lines.append(page_row(site, server, deployed, page, way, paths, options, static.rate, wordpress, args))
                print(lines[-1], flush=True)
        if args.ingest_every > 0 and any(w != "rendered" for w in ways):
            lines += ingest_rows(site, server, deployed, paths, options, static.rate, args, ways)
        memory = deployment.worker_memory(deployed.server_pid)
    lines.append(f"{site.name}: resident memory of each {server} worker after the run: "
                 + ", ".join(f"{m:.0f} MB" for m in memory)
                 + f"; {deployment.worker_starts(site)} workers started in all")
    print(lines[-1], flush=True)
    return lines


def first_requests(deployed, paths) -> None:
    """Every worker loads its code and templates before anything is timed."""
    with httpx.Client(base_url=deployed.app, timeout=120) as client:
        for _ in range(4):
            for chosen in paths.values():
                client.get(chosen[0])


def page_paths(page: str, way: str, paths, warm_articles: int) -> list[str]:
    chosen = paths[page]
    return chosen[:warm_articles] if page == "article" and way != "rendered" else chosen


def way_name(way: str, server: str) -> str:
    return f"{WAY_NAMES[way]} ({server})" if way != "nginx" else WAY_NAMES[way]


def page_row(site, server, deployed, page, way, paths, options, static_rate, wordpress, args) -> str:
    base = deployed.front if way == "nginx" else deployed.app
    chosen = page_paths(page, way, paths, args.warm_articles)
    header = {"app": "X-Cache", "nginx": "X-Cache-Status"}.get(way)
    # Counted where it costs wrk nothing that matters: the rendered rows show that no cache
    # answered (0%), the app rows that it did; the nginx rows run at full speed, uncounted.
    result = measure(base, chosen, options, settle=header, unique=way == "rendered",
                     cache_header=None if way == "nginx" else "X-Cache", label=run_label(args, page, way))
    label = f"{page} ({len(chosen):,})" if page == "article" else page
    return report.row(site.name, label, way_name(way, server), result, static_rate,
                      report.notes_of(result, wordpress, page, way == "rendered"))


def run_label(args, page: str, way: str) -> str | None:
    """The measured run's name in nginx's timing log (none when not logging)."""
    return f"{way}:{page.replace(' ', '-')}" if args.access_log else None


def ingest_rows(site, server, deployed, paths, options, static_rate, args, ways) -> list[str]:
    """The warm rows again while one report a second is published; the hit rate is counted. Each
    address is asked and warmed first, as in the rows without ingest: the page rows in between
    take minutes, nginx drops an entry unused for a minute, and a row that starts on a missing
    page measures its cold start (the requests queued behind nginx's cache lock wait 500 ms,
    the lock's polling interval: p99 ~370 ms in every run, bench/serve/README.md)."""
    every = args.ingest_every
    publisher = subprocess.Popen([sys.executable, "-m", "bench.serve.publisher", "--every", str(every)],
                                 env=site.env(), stdout=subprocess.PIPE, text=True)
    lines = []
    try:
        time.sleep(3)
        for way in (w for w in ways if w != "rendered"):
            for page in INGEST_PAGES:
                base = deployed.front if way == "nginx" else deployed.app
                chosen = page_paths(page, way, paths, args.warm_articles)
                header = {"app": "X-Cache", "nginx": "X-Cache-Status"}[way]
                result = measure(base, chosen, options, settle=header, cache_header=header,
                                 label=run_label(args, page, f"{way}+ingest"))
                lines.append(report.row(site.name, page, f"{way_name(way, server)} + ingest", result, static_rate,
                                        report.notes_of(result, None, page, False)))
                print(lines[-1], flush=True)
    finally:
        publisher.terminate()
        out, _ = publisher.communicate(timeout=60)
    lines.append(f"{site.name}: ingest during those rows: {out.strip() or 'nothing'} reports "
                 f"(one every {every:g} s)")
    print(lines[-1], flush=True)
    return lines


def main() -> None:
    args = arguments()
    if not shutil.which("wrk") or not shutil.which("nginx"):
        raise SystemExit("wrk and nginx are needed: apt-get install wrk nginx")
    sites = sites_of(args)
    servers = [s for s in args.servers.split(",") if s]
    if not servers or set(servers) - set(deployment.SERVERS):
        raise SystemExit(f"--servers: of {', '.join(deployment.SERVERS)}")
    args.data_dir.mkdir(parents=True, exist_ok=True)
    build_all(sites)
    if args.build_only:
        return
    options = Options(args.seconds, args.warmup, args.threads, args.connections)
    wordpress = report.wordpress_rates(args.wordpress_summary) if args.wordpress_summary else None
    print(f"wrk -t{args.threads} -c{args.connections}, {args.seconds} s a row after {args.warmup} s of warm-up, "
          f"{os.cpu_count()} cores shared by server and load; load average {os.getloadavg()[0]:.1f} at the start")
    print(report.HEADER, flush=True)
    lines = []
    for site in sites:
        for server in servers:
            lines += run_site(site, server, args, options, wordpress)
    print("\n" + report.HEADER)
    print("\n".join(lines))
    print("reproduce: .venv/bin/python -m bench.serve " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
