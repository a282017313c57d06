"""Import benchmark: a generated export into a fresh database, then the same file again.

    python bench/import/run.py EXPORT.xml [--database-url URL] [--tree DIR] [--data-dir DIR]

Prints items per second, wall time, CPU (the importing process and its converting process
together) and peak memory of each run: the importer's RSS, the converting process's and the
largest their sum reached (sampled every 0.2 s from /proc). Without --database-url the database
is a fresh SQLite file in a temporary data directory. --tree runs another checkout (its own
.venv, from its own folder): two trees compared in one sitting.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU of the process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(p) for p in task.read_text().split()]
        except OSError:
            pass
    return found


class Peaks:
    """Peak RSS of the importer, of its converting process(es) and of all of them at once, and
    the CPU each had used when last seen."""

    def __init__(self, pid: int):
        self.pid, self.importer, self.others, self.total = pid, 0.0, 0.0, 0.0
        self.cpu: dict[int, float] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        while not self.done.wait(0.2):
            main = rss_mb(self.pid)
            found = children(self.pid)
            rest = sum(rss_mb(c) for c in found)
            for pid in (self.pid, *found):
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu_seconds(pid))
            self.importer, self.others = max(self.importer, main), max(self.others, rest)
            self.total = max(self.total, main + rest)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


def timed(tree: Path, args: list[str], env: dict) -> tuple[float, float, Peaks, str]:
    """(seconds, CPU seconds of the child and its converting process, peaks, its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    child = subprocess.Popen([tree / ".venv/bin/python", "-m", "newsdesk", *args], env=env, cwd=tree,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks = Peaks(child.pid)
    out, err = child.communicate()
    peaks.stop()
    seconds = time.monotonic() - started
    if child.returncode:
        sys.exit(err)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, peaks, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[2], help="the checkout to measure")
    parser.add_argument("--data-dir", default="", help="a fresh data directory (default: a new temporary one)")
    args = parser.parse_args()
    env = {**os.environ, "NEWSDESK_DATA_DIR": args.data_dir or tempfile.mkdtemp(prefix="import-bench-")}
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    export = str(Path(args.export).resolve())
    subprocess.run([args.tree / ".venv/bin/python", "-m", "newsdesk", "migrate", "-v0"], env=env, cwd=args.tree, check=True)
    size = os.path.getsize(export) / 1e6
    print(f"{args.tree}: {export} ({size:.0f} MB)")
    for name in ("first run", "re-run"):
        load = os.getloadavg()[0]
        seconds, cpu, peaks, out = timed(args.tree, ["import-wordpress", export], env)
        items = int(out.split(" items", 1)[0])
        print(f"{name}: {items} items in {seconds:.1f} s ({items / seconds:.0f}/s), CPU {cpu:.1f} s, "
              f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}; peak RSS: importer {peaks.importer:.0f} MB, "
              f"converting process {peaks.others:.0f} MB, both at once {peaks.total:.0f} MB; CPU by process "
              f"(importer first) {', '.join(f'{c:.1f}' for c in peaks.cpu.values())} s")
        print("  " + out.strip().replace("\n", "\n  "))
    print(f"reproduce: python bench/import/run.py {args.export}"
          + (f" --database-url {args.database_url}" if args.database_url else ""))


if __name__ == "__main__":
    main()
