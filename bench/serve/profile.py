"""Where a rendered page's time goes: the page drawn N times in one process (each request with a
throwaway parameter, so the page cache never answers), its mean time, CPU (the process's, and on
a PostgreSQL server on this machine its backend's) and queries, then cProfile's heaviest calls.
Run inside a site's environment:

    NEWSDESK_DATA_DIR=... python -m bench.serve.profile / /place/syria/ [--requests 50] [--top 30]

`--pick PICK.json` (a bench.serve.pick output) adds its article row as one entry: each request a
different article of the 20,000, in a fixed order, so no card or fragment repeats as in the
wrk runs.
"""

import argparse
import cProfile
import io
import itertools
import json
import os
import pstats
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--pick", help="a bench.serve.pick output: profile its articles, one after another")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", help="cProfile order: cumulative or tottime")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    rows = [(path, [path]) for path in args.paths]
    if args.pick:
        with open(args.pick) as f:
            rows.append(("article (one of the pick's)", json.load(f)["article"]))
    for path, addresses in rows:
        unique = (f"{a}{'&' if '?' in a else '?'}profile={n}" for n, a in enumerate(itertools.cycle(addresses)))
        for _ in range(3):
            assert client.get(next(unique)).status_code == 200, path
        queries: list[str] = []

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            client.get(next(unique))
        backend = backend_pid(connection)
        started, cpu, served = time.perf_counter(), time.process_time(), backend_cpu(backend)
        for _ in range(args.requests):
            client.get(next(unique))
        took = (time.perf_counter() - started) / args.requests * 1000
        # The process's own CPU time: on a shared machine, far steadier than the wall clock.
        spent = (time.process_time() - cpu) / args.requests * 1000
        database = ""
        if backend is not None and backend == backend_pid(connection):  # the same connection throughout
            database = f" + {(backend_cpu(backend) - served) / args.requests * 1000:.2f} ms in PostgreSQL"
        print(f"{path}: {took:.1f} ms a page drawn ({spent:.2f} ms of CPU{database}), {len(queries)} queries, "
              f"load average {os.getloadavg()[0]:.1f}")
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            client.get(next(unique))
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())


def backend_pid(connection) -> int | None:
    """The PostgreSQL backend serving this connection, if it runs on this machine."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return pid if os.path.exists(f"/proc/{pid}/stat") else None


def backend_cpu(pid: int | None) -> float:
    """Seconds of CPU (user and system) the process has used."""
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
