"""Which open story a report joins: the one holding its best-matching version, when that match
reaches the threshold (and no other story's is as good). Pure, shared by the background task,
the bulk path of the demo and `stories rebuild`, and the benchmark's stream."""

from collections.abc import Iterable

from .matching import THRESHOLD, Version, same_event


def best_story(version: Version, candidates: Iterable[tuple[int, Version]]) -> tuple[int | None, float]:
    """(story id, score) of the best candidate at or above the threshold, else (None, best score)."""
    best_id, best = None, 0.0
    for story_id, other in candidates:
        score = same_event(version, other)
        if score > best:
            best_id, best = story_id, score
    return (best_id, best) if best >= THRESHOLD else (None, best)
