"""Serving benchmark: the public pages of a site of the original portal's size, through gunicorn.

    .venv/bin/python -m bench.serving.run [--articles 140211] [--seconds 20] [--concurrency 8]

Builds (once) a demo site with --articles reports in its own data directory, serves it with
gunicorn on 127.0.0.1, and requests a mix of pages (home, deep keyset pages, day/month/year
archives, sections, countries, articles, three languages) from --concurrency client threads
for --seconds. Prints requests per second and latency percentiles twice: "cold" requests each
address once from an empty cache (every page is built: the long tail of old articles), "hot"
requests a few dozen popular pages at random (served from the page cache, as most traffic is).
"""

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def newsdesk(data_dir: Path, *args: str) -> str:
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-m", "newsdesk", *args], env=env, check=True, capture_output=True, text=True)
    return out.stdout


def prepare(data_dir: Path, articles: int) -> None:
    marker = data_dir / f"built-{articles}"
    if marker.exists():
        return
    started = time.perf_counter()
    newsdesk(data_dir, "migrate", "--noinput")
    newsdesk(data_dir, "demo", "--articles", str(articles))
    newsdesk(data_dir, "collectstatic", "--noinput")
    print(f"built a {articles:,}-article site in {time.perf_counter() - started:.0f} s")
    marker.touch()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def addresses(data_dir: Path, count: int) -> list[str]:
    script = (
        "from newsdesk.articles.models import Article, Place, Section\n"
        "import random\n"
        "r = random.Random(1)\n"
        "ids = list(Article.objects.published().values_list('id', flat=True))\n"
        f"for a in Article.objects.filter(id__in=r.sample(ids, {count})):\n"
        "    print(a.get_absolute_url())\n"
        "    d = a.local_published()\n"
        "    print(f'/{d:%Y/%m/%d}/'); print(f'/{d:%Y/%m}/'); print(f'/{d:%Y}/')\n"
        "    print(f'/?before={a.pk}')\n"
        "for s in Section.objects.all(): print(s.get_absolute_url())\n"
        "for p in Place.objects.all(): print(p.get_absolute_url())\n"
    )
    urls = [u for u in newsdesk(data_dir, "shell", "-c", script).split() if u.startswith("/")]
    return [prefix + u for u in urls for prefix in ("", "/tr", "/ar")] + ["/", "/tr/", "/ar/"]


def hammer(base: str, urls: list[str], seconds: float, concurrency: int, once: bool) -> list[float]:
    """Request `urls` for `seconds`: each once in a shuffled order (`once`), or at random."""
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    queue = random.Random(0).sample(urls, len(urls))

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=10) as client:
            while time.monotonic() < deadline:
                if once and not queue:
                    return
                url = queue.pop() if once else rng.choice(urls)
                t = time.perf_counter()
                r = client.get(url)
                latencies.append(time.perf_counter() - t)
                if r.status_code != 200:
                    raise SystemExit(f"{r.request.url} answered {r.status_code}")

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    return latencies


def report(label: str, latencies: list[float], seconds: float) -> None:
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    print(f"{label:7} {len(ms) / seconds:8.0f} req/s   p50 {q[49]:6.1f} ms   p95 {q[94]:6.1f} ms   p99 {q[98]:6.1f} ms   ({len(ms)} requests)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=140_211)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-bench-serving")
    args = parser.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    prepare(args.data_dir, args.articles)
    urls = addresses(args.data_dir, 300)
    port = free_port()
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(args.data_dir)}
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsdesk.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        newsdesk(args.data_dir, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        print(f"{args.articles:,} articles, {len(urls)} addresses, {args.workers} gunicorn workers, "
              f"{args.concurrency} clients, {os.cpu_count()} cores, SQLite")
        started = time.monotonic()
        cold = hammer(base, urls, args.seconds, args.concurrency, once=True)
        report("cold", cold, time.monotonic() - started)
        hot = urls[-3:] + urls[:60]  # the three home pages and a few dozen articles and archives
        for url in hot:
            httpx.get(base + url)
        report("hot", hammer(base, hot, args.seconds, args.concurrency, once=False), args.seconds)
    finally:
        server.terminate()
        server.wait()
    print("reproduce: .venv/bin/python -m bench.serving.run " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
