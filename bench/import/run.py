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


def timed(args: list[str], env: dict) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB of this child, its output)."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "newsdesk", *args], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode:
        sys.exit(done.stderr)
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, done.stdout


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
        seconds, rss, out = timed(["import-wordpress", args.export], env)
        items = int(out.split(" items", 1)[0])
        print(f"{name}: {items} items in {seconds:.1f} s ({items / seconds:.0f}/s), "
              f"file {size:.0f} MB, peak RSS so far {rss:.0f} MB")
        print("  " + out.strip().replace("\n", "\n  "))


if __name__ == "__main__":
    main()
