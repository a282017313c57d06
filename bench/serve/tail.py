"""Where a row's slow requests come from, read from nginx's timing log (`bench.serve --access-log
FILE`, deployment.TIMING_LOG): per measured run, the requests by what the micro-cache made of them
(HIT, STALE, UPDATING, REVALIDATED, EXPIRED, MISS …), their times, the waits nginx never timed
(a connection's gap between one answer and its next request), when the slow ones came, and the
p99 wrk prints for such a run.

    .venv/bin/python -m bench.serve.tail FILE [--run nginx:article] [--slow-ms 20] [--connections 32]

wrk (4.x) corrects its latencies for coordinated omission before printing them or handing them
to a script's done(): a request that took D on a connection whose requests take e on average
(the run's time over its requests per connection) is also counted as the requests that
connection would have sent meanwhile, D - e, D - 2e … down to 2e. So one request of a second in
a run of 48,000 req/s over 32 connections weighs some 1,500 requests: wrk's p99 is the time x at
which the run's requests spent 1% of the connections' time (32 connections × 10 s: 3.2 s) past x.
`wrk_p99` applies the same correction to the logged times.
"""

import argparse
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

LINE = re.compile(r'(?P<end>[\d.]+) (?P<took>[\d.]+) (?P<upstream>\S+) (?P<cache>\S+) (?P<upstream_status>\S+) '
                  r'(?P<status>\d+) (?P<port>\d+) (?P<pid>\d+) (?P<connection>\d+) (?P<nth>\d+) '
                  r'"(?P<run>[^"]*)" "(?P<uri>[^"]*)"')


@dataclass
class Request:
    end: float  # seconds since the epoch, when nginx wrote the answer's last byte
    took: float  # seconds, from the request's first byte read to its last byte sent
    upstream: float | None  # seconds the node took (the sum when nginx asked more than once)
    cache: str
    upstream_status: str
    status: int
    worker: int
    connection: int
    nth: int  # the request's number on its connection
    run: str
    uri: str

    @property
    def start(self) -> float:
        return self.end - self.took


def parse(path: Path) -> list[Request]:
    requests = []
    for line in path.read_text().splitlines():
        m = LINE.fullmatch(line)
        if not m:
            continue
        upstream = [float(x) for x in re.split(r"[,:] ?", m["upstream"]) if x not in ("-", "")]
        requests.append(Request(float(m["end"]), float(m["took"]), sum(upstream) if upstream else None,
                                m["cache"], m["upstream_status"], int(m["status"]), int(m["pid"]),
                                int(m["connection"]), int(m["nth"]), m["run"], m["uri"]))
    return requests


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def wrk_p99(times: list[float], seconds: float, connections: int, p: float = 99) -> float:
    """The percentile wrk would print for these request times (seconds), after its correction."""
    if not times:
        return 0.0
    every = seconds / (len(times) / connections)  # e: one connection's time per request
    extra = [max(0, math.ceil((t - every) / every) - 1) if t >= 2 * every else 0 for t in times]
    total = len(times) + sum(extra)
    wanted = total * (1 - p / 100)  # requests, real and added, at or above the answer

    def at_or_above(x: float) -> float:
        # a real time t counts itself and its added copies t - k·e that are still >= x
        return sum(1 + min(n, math.floor((t - x) / every)) for t, n in zip(times, extra, strict=True) if t >= x)

    low, high = 0.0, max(times)
    for _ in range(50):
        middle = (low + high) / 2
        if at_or_above(middle) >= wanted:
            low = middle
        else:
            high = middle
    return low


def gaps(requests: list[Request]) -> list[tuple[float, Request]]:
    """For each request after a connection's first: the time from the previous answer's last byte
    to this request's first byte read (wrk's turnaround, or nginx not reading: a wait nginx's
    request time never shows)."""
    by_connection = defaultdict(list)
    for r in requests:
        by_connection[(r.worker, r.connection)].append(r)
    found = []
    for chain in by_connection.values():
        chain.sort(key=lambda r: r.nth)
        found += [(b.start - a.end, b) for a, b in pairwise(chain) if b.nth == a.nth + 1]
    return found


def table(requests: list[Request], slow: float) -> list[str]:
    lines = [f"{'cache status':12} {'requests':>9} {'share':>7} {'p50 ms':>7} {'p99 ms':>8} {'max ms':>8} "
             f"{'>= slow':>8} {'s past slow':>11} {'node p50':>9} {'node max':>9}"]
    by_class = defaultdict(list)
    for r in requests:
        by_class[r.cache].append(r)
    for cache, group in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        took = [r.took for r in group]
        node = [r.upstream for r in group if r.upstream is not None]
        over = [t for t in took if t >= slow]
        lines.append(f"{cache:12} {len(group):9d} {len(group) / len(requests):7.2%} {percentile(took, 50) * 1e3:7.1f} "
                     f"{percentile(took, 99) * 1e3:8.1f} {max(took) * 1e3:8.1f} {len(over):8d} "
                     f"{sum(t - slow for t in over):11.3f} "
                     + (f"{percentile(node, 50) * 1e3:9.1f} {max(node) * 1e3:9.1f}" if node else f"{'':9} {'':9}"))
    return lines


def timeline(requests: list[Request], slow: float, origin: float, step: float = 0.5) -> list[str]:
    """Per `step` seconds of the run: requests ended, the slow ones by cache status, the longest."""
    bins = defaultdict(list)
    for r in requests:
        bins[int((r.end - origin) / step)].append(r)
    lines = []
    for b in range(max(bins) + 1 if bins else 0):
        group = bins.get(b, [])
        slow_ones = [r for r in group if r.took >= slow]
        kinds = Counter(r.cache for r in slow_ones)
        longest = max((r.took for r in group), default=0.0)
        lines.append(f"  {b * step:5.1f}s {len(group):7d} ended, {len(slow_ones):4d} slow "
                     + (", ".join(f"{k} {n}" for k, n in kinds.most_common()) if kinds else "") +
                     (f"; longest {longest * 1e3:.0f} ms" if slow_ones else ""))
    return lines


def report(requests: list[Request], run: str, slow: float, connections: int, show_timeline: bool) -> list[str]:
    chosen = sorted((r for r in requests if r.run == run), key=lambda r: r.end)
    if not chosen:
        return [f"{run}: no request logged"]
    origin = min(r.start for r in chosen)
    seconds = max(r.end for r in chosen) - origin
    took = [r.took for r in chosen]
    waits = gaps(chosen)
    wait_times = [w for w, _ in waits]
    long_waits = sorted(((w, r) for w, r in waits if w >= slow), key=lambda x: -x[0])
    lines = [f"{run}: {len(chosen):,} requests in {seconds:.1f} s ({len(chosen) / seconds:,.0f} req/s), "
             f"{len({(r.worker, r.connection) for r in chosen})} connections",
             f"  nginx's request time: p50 {percentile(took, 50) * 1e3:.1f} ms, p99 {percentile(took, 99) * 1e3:.1f} ms, "
             f"p99.9 {percentile(took, 99.9) * 1e3:.1f} ms, max {max(took) * 1e3:.0f} ms; "
             f"as wrk counts it (corrected): p99 {wrk_p99(took, seconds, connections) * 1e3:.1f} ms",
             f"  gaps between a connection's answer and its next request: p50 {percentile(wait_times, 50) * 1e3:.2f} ms, "
             f"p99 {percentile(wait_times, 99) * 1e3:.2f} ms, max {max(wait_times, default=0) * 1e3:.0f} ms, "
             f"{len(long_waits)} >= {slow * 1e3:.0f} ms"]
    lines += ["  " + line for line in table(chosen, slow)]
    slowest = sorted(chosen, key=lambda r: -r.took)[:12]
    lines.append("  slowest requests (s into the run, ms, cache status, node ms, node status, worker, uri):")
    lines += [f"    {r.start - origin:6.2f} {r.took * 1e3:7.0f} {r.cache:11} "
              f"{(r.upstream or 0) * 1e3:7.0f} {r.upstream_status:5} {r.worker} {r.uri}" for r in slowest]
    if long_waits:
        lines.append("  longest gaps before a request (s into the run, ms, worker, connection):")
        lines += [f"    {r.start - origin - w:6.2f} {w * 1e3:7.0f} {r.worker} {r.connection}" for w, r in long_waits[:8]]
    if show_timeline:
        lines.append("  timeline:")
        lines += timeline(chosen, slow, origin)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", type=Path)
    parser.add_argument("--run", action="append", help="a measured run's name (default: every named run)")
    parser.add_argument("--slow-ms", type=float, default=20)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--timeline", action="store_true", help="the run half a second at a time")
    args = parser.parse_args()
    requests = parse(args.log)
    runs = args.run or list(dict.fromkeys(r.run for r in requests if r.run != "-"))
    for run in runs:
        print("\n".join(report(requests, run, args.slow_ms / 1e3, args.connections, args.timeline)), end="\n\n")
    if not runs:
        print(f"no named run in {args.log} ({len(requests)} requests)")


if __name__ == "__main__":
    main()
