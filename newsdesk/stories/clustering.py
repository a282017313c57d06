"""Which open story a report joins: the one it matches best on average over its versions, when
that reaches the threshold. Pure, shared by the background task, the bulk path of the demo and
`stories rebuild`, and the benchmark's stream.

Cosines are taken for all candidates at once; the full decision (facts, time) is only worked out
for the stories holding a version whose stretched cosine could still reach the threshold.
"""

from collections import defaultdict, deque
from collections.abc import Sequence

import numpy as np

from .matching import MOST_ADDED, THRESHOLD, WINDOW, Version, same_event, stretched


def best_story(version: Version, candidates: Sequence[tuple[int, Version]]) -> tuple[int | None, float]:
    """(story id, score) of the best story at or above the threshold, else (None, best score).
    A story's score is the mean over its versions: one version matching by chance does not pull
    a report of another event in (and then the next one after it)."""
    close = {candidates[k][0] for k in worth_scoring(version, [v for _, v in candidates])}
    scores: dict[int, list[float]] = defaultdict(list)
    for story_id, other in candidates:
        if story_id in close:
            scores[story_id].append(same_event(version, other))
    best_id, best = None, 0.0
    for story_id, found in scores.items():
        score = sum(found) / len(found)
        if score > best:
            best_id, best = story_id, score
    return (best_id, best) if best >= THRESHOLD else (None, best)


def worth_scoring(version: Version, others: list[Version]) -> list[int]:
    vector = version.embedded()
    if vector is None or not others:
        return list(range(len(others)))
    readable = [k for k, o in enumerate(others) if o.vector is not None]
    unreadable = [k for k, o in enumerate(others) if o.vector is None]
    if not readable:
        return unreadable
    cosines = np.stack([others[k].vector for k in readable]) @ vector
    close = [readable[k] for k in np.flatnonzero(stretched(cosines) >= THRESHOLD - MOST_ADDED)]
    return sorted(close + unreadable)


def stream(versions: Sequence[Version]) -> list[int]:
    """Stories of versions taken one by one in time order (as `versions` is sorted): each joins
    the best open story or starts one, numbered by the index of its first version."""
    story_of: list[int] = []
    recent: deque[int] = deque()  # indices within the window of the current one
    for k, version in enumerate(versions):
        while recent and version.time - versions[recent[0]].time > WINDOW:
            recent.popleft()
        story, _ = best_story(version, [(story_of[m], versions[m]) for m in recent])
        story_of.append(k if story is None else story)
        recent.append(k)
    return story_of
