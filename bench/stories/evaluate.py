"""How well stories are told apart, across agencies and languages, on newsdesk's own evaluation
set (the demo generator's events and hand-written reports with their hard negatives):

    .venv/bin/python -m bench.stories.evaluate [--events 70] [--seed 7] [--only generated|written|heldout]

The whole set is the generated and written events; the held-out events (heldout.py) are measured
only on their own, with --only heldout.

Prints pair precision / recall / F1 within and across languages, top-1 retrieval of a report's
version in each other language, B-cubed precision / recall / F1 of the stories formed when the
set is streamed in time order, vectors per second per core and peak memory.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # per core: one BLAS thread, set before numpy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from itertools import combinations  # noqa: E402

from newsdesk.stories import (
    clustering,  # noqa: E402
    embedding,  # noqa: E402
)
from newsdesk.stories.matching import THRESHOLD, WINDOW, Version, same_event  # noqa: E402

from . import generated, heldout, written  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=70, help="generated events (siblings come on top)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", choices=["generated", "written", "heldout"], default="")
    parser.add_argument("--mistakes", type=int, default=0, help="print this many wrong pairs")
    return parser.parse_args()


def versions_of(items) -> tuple[list[Version], float]:
    """The items as Versions with their vectors, and the CPU seconds the vectors took."""
    embedding.model()  # loading is not part of the rate
    cpu = time.process_time()
    vectors = embedding.encode([embedding.texts_of(i.headline, i.lede) for i in items])
    cpu = time.process_time() - cpu
    return [Version(i.headline, i.lede, i.language, i.time, vector=v) for i, v in zip(items, vectors, strict=True)], cpu


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pair_scores(items, versions):
    """Per kind of pair (within / across languages, and each language pair): counts of true
    positives, false positives, false negatives."""
    tally = defaultdict(lambda: [0, 0, 0])
    mistakes = []
    for i, j in combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        same = a.event == b.event
        said = same_event(versions[i], versions[j]) >= THRESHOLD
        if not (same or said):
            continue
        kinds = ["within" if a.language == b.language else "across", "-".join(sorted((a.language, b.language)))]
        for kind in kinds + ["all"]:
            tally[kind][0 if same and said else 1 if said else 2] += 1
        if same != said:
            mistakes.append((same_event(versions[i], versions[j]), a, b))
    return tally, mistakes


def retrieval(items, versions) -> tuple[int, int]:
    """Top-1: for each report and each other language its event was reported in, whether the best
    scoring report in that language (within the window) is of its event."""
    hits = total = 0
    for i, a in enumerate(items):
        for language in {b.language for b in items if b.event == a.event and b.language != a.language}:
            pool = [j for j, b in enumerate(items) if b.language == language and abs(b.time - a.time) <= WINDOW]
            best = max(pool, key=lambda j: same_event(versions[i], versions[j]))
            hits += items[best].event == a.event
            total += 1
    return hits, total


def stream_clusters(items, versions) -> list[int]:
    """Stories formed by assigning the reports one by one in time order, as the site does."""
    order = sorted(range(len(items)), key=lambda k: items[k].time)
    clusters = clustering.stream([versions[k] for k in order])
    story_of = [0] * len(items)
    for position, k in enumerate(order):
        story_of[k] = clusters[position]
    return story_of


def bcubed(items, clusters) -> tuple[float, float]:
    by_cluster, by_event = defaultdict(set), defaultdict(set)
    for k, item in enumerate(items):
        by_cluster[clusters[k]].add(k)
        by_event[item.event].add(k)
    precision = recall = 0.0
    for k, item in enumerate(items):
        mine, truth = by_cluster[clusters[k]], by_event[item.event]
        precision += len(mine & truth) / len(mine)
        recall += len(mine & truth) / len(truth)
    return precision / len(items), recall / len(items)


def show_pairs(tally) -> None:
    print("pairs (precision / recall / F1):")
    for kind in ["all", "within", "across", *sorted(k for k in tally if "-" in k)]:
        tp, fp, fn = tally.get(kind, (0, 0, 0))
        p, r = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
        print(f"  {kind:8s} {p:.3f} / {r:.3f} / {f1(p, r):.3f}   (true {tp + fn}, said {tp + fp})")


def main() -> int:
    args = parse_args()
    items = []
    if args.only in ("", "generated"):
        items += generated.items(args.seed, args.events)
    if args.only in ("", "written"):
        items += written.items()
    if args.only == "heldout":
        items += heldout.items()
    languages = defaultdict(int)
    for item in items:
        languages[item.language] += 1
    print(f"evaluation set: {len(items)} reports of {len({i.event for i in items})} events "
          f"({dict(languages)}); threshold {THRESHOLD}, window {WINDOW}")
    versions, cpu = versions_of(items)
    tally, mistakes = pair_scores(items, versions)
    show_pairs(tally)
    hits, total = retrieval(items, versions)
    print(f"top-1 retrieval of the version in each other language: {hits / total:.3f} ({hits}/{total})")
    p, r = bcubed(items, stream_clusters(items, versions))
    print(f"B-cubed on the time-ordered stream: precision {p:.3f} recall {r:.3f} F1 {f1(p, r):.3f}")
    wire = generated.wire_items()
    wire_versions, _ = versions_of(wire)
    p, r = bcubed(wire, stream_clusters(wire, wire_versions))
    print(f"B-cubed on 10 days of the demo wire ({len(wire)} reports of {len({i.event for i in wire})} events): "
          f"precision {p:.3f} recall {r:.3f} F1 {f1(p, r):.3f}")
    print(f"vectors: {len(items) / cpu:.0f} reports per second per core (CPU time, one BLAS thread)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for score, a, b in sorted(mistakes, key=lambda m: m[0])[: args.mistakes]:
        print(f"  {score:.3f} {a.event}/{b.event} {a.language}-{b.language}: {a.headline} | {b.headline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
