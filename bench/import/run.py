"""Import benchmark: a generated export into a fresh database, then the same file again.

    python bench/import/run.py EXPORT.xml [--database-url URL]

Prints items per second, wall time and peak memory (RSS) of each run. Without --database-url the
database is a fresh SQLite file in a temporary data directory.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time


def timed(args: list[str], env: dict) -> tuple[float, float, float, str]:
    """(seconds, CPU seconds of the child and its converting process, peak RSS in MB of the
    largest child so far, its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "newsdesk", *args], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode:
        sys.exit(done.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, after.ru_maxrss / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    env = {**os.environ, "NEWSDESK_DATA_DIR": tempfile.mkdtemp(prefix="import-bench-")}
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    subprocess.run([sys.executable, "-m", "newsdesk", "migrate", "-v0"], env=env, check=True)
    size = os.path.getsize(args.export) / 1e6
    for name in ("first run", "re-run"):
        load = os.getloadavg()[0]
        seconds, cpu, rss, out = timed(["import-wordpress", args.export], env)
        items = int(out.split(" items", 1)[0])
        print(f"{name}: {items} items in {seconds:.1f} s ({items / seconds:.0f}/s), CPU {cpu:.1f} s, "
              f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}, file {size:.0f} MB, peak RSS so far {rss:.0f} MB")
        print("  " + out.strip().replace("\n", "\n  "))


if __name__ == "__main__":
    main()
