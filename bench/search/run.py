"""Search benchmark: latency and throughput of /search/ on a site of the original portal's size.

    .venv/bin/python -m bench.search.run [--articles 140211] [--seconds 10] [--connections 32]

Builds (once) the demo site in its own data directory on SQLite, turns every tenth report into
a Turkish or an Arabic one, then rebuilds the search index with `newsdesk reindex` and reports
its time and size. It picks searches from the index (common words found in 10-20% of articles,
rare words, two-word phrases, prefixes, Arabic, Turkish, filtered, newest-first and deep pages),
prints where one search's time goes, serves the site as the reference deployment does (granian,
newsdesk.deployment.webserver's command) and loads each class from a second process, wrk
(Debian's package), with -t2 and --connections connections.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from newsdesk.deployment import webserver

HERE = Path(__file__).resolve().parent


def run(data_dir: Path, *args: str) -> str:
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run([sys.executable, *args], env=env, check=True, capture_output=True, text=True)
    return out.stdout


def prepare(data_dir: Path, articles: int) -> None:
    marker = data_dir / f"built-{articles}"
    if marker.exists():
        return
    started = time.perf_counter()
    run(data_dir, "-m", "newsdesk", "migrate", "--noinput")
    run(data_dir, "-m", "newsdesk", "demo", "--articles", str(articles))
    run(data_dir, "-m", "newsdesk", "collectstatic", "--noinput")
    print(run(data_dir, "-m", "bench.search.editions").strip())
    print(f"built a {articles:,}-article site in {time.perf_counter() - started:.0f} s (demo build indexes as it goes)")
    marker.touch()


def reindex(data_dir: Path) -> None:
    """Wall time, and the CPU time of the command (the figure that holds when the cores are shared)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = run(data_dir, "-m", "newsdesk", "reindex").strip()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"index build (`newsdesk reindex`): {wall:.1f} s wall, {cpu:.1f} s CPU, load average {os.getloadavg()[0]:.1f}: {out}")


def load(base: str, label: str, addresses: list[str], args, uncached: bool, server) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(addresses))
    env = {**os.environ, "ADDRESSES": f.name, **({"UNCACHED": "1"} if uncached else {})}
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "10s",
               "-s", str(HERE / "addresses.lua"), base]
    for url in addresses[:5]:  # warm each worker's connection a little
        httpx.get(base + url, timeout=30)
    if not uncached:  # a first, unreported run fills every worker's cache with the class's pages
        subprocess.run(command, env=env, check=True, capture_output=True)
    before = server_cpu(server)
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    spent = server_cpu(server) - before
    os.unlink(f.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    requests, rate, p50, p95, p99, bad, errors = line.split()[1:]
    flag = f"   ({bad} non-2xx, {errors} socket errors)" if int(bad) or int(errors) else ""
    cpu = f"   server CPU {spent / int(requests) * 1000:5.1f} ms/request" if int(requests) else ""
    print(f"  {label:9} {float(rate):7.0f} req/s   p50 {float(p50):6.1f} ms   p95 {float(p95):6.1f} ms   p99 {float(p99):6.1f} ms"
          f"{cpu}   ({requests} requests){flag}")


def server_cpu(server) -> float:
    """CPU seconds the server's processes (granian's main process and its workers) have used
    (Linux /proc): the cost of a request that holds when other work shares the cores, unlike
    the rate."""
    ticks = 0
    for pid in tree(server.pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # a worker that ended since the tree was read
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (every thread's)
    return ticks / os.sysconf("SC_CLK_TCK")


def tree(pid: int) -> list[int]:
    """The process and its descendants."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [pid, *(p for child in children for p in tree(int(child)))]


def serve(data_dir: Path, workers: int | None, port: int):
    """The site under granian, started as the reference deployment starts a web node."""
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(data_dir), "NEWSDESK_BIND": f"127.0.0.1:{port}",
           **({"WEB_CONCURRENCY": str(workers)} if workers else {})}
    env.pop("DATABASE_URL", None)
    command = webserver.command(env)
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            httpx.get(base + "/", timeout=1)
            return server, base, "granian with {} workers of {} threads".format(
                command[command.index("--workers") + 1], command[command.index("--blocking-threads") + 1])
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("granian did not answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=140_211)
    parser.add_argument("--seconds", type=int, default=10, help="of load per class of search")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, help="granian's (default: the deployment's, one per core)")
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-bench-search")
    parser.add_argument("--port", type=int, default=9300, help="the server's, on 127.0.0.1")
    parser.add_argument("--no-reindex", action="store_true", help="keep the index as it is")
    parser.add_argument("--uncached-only", action="store_true", help="skip the cached runs (repeated searches)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    args.data_dir.mkdir(parents=True, exist_ok=True)
    prepare(args.data_dir, args.articles)
    if not args.no_reindex:
        reindex(args.data_dir)
    with tempfile.NamedTemporaryFile(suffix=".json") as chosen:
        print(run(args.data_dir, "-m", "bench.search.queries", chosen.name).rstrip())
        classes = json.load(open(chosen.name))
    server, base, described = serve(args.data_dir, args.workers, args.port)
    try:
        print(f"{args.articles:,} articles, SQLite, {described}, wrk -t2 -c{args.connections} "
              f"for {args.seconds} s per class, {os.cpu_count()} cores shared by server and load, "
              f"load average {os.getloadavg()[0]:.1f} before the load")
        print("uncached: every request a new address, so every search runs (the worst case: no reader repeats a search)")
        for label, addresses in classes.items():
            load(base, label, addresses, args, uncached=True, server=server)
        if not args.uncached_only:
            print(f"cached: each class's {len(addresses)} searches asked again and again (popular searches)")
            for label, addresses in classes.items():
                load(base, label, addresses, args, uncached=False, server=server)
    finally:
        server.terminate()
        server.wait()
    print("reproduce: .venv/bin/python -m bench.search.run " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
