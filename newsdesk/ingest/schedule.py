"""When to poll a source next. Pure: plain values in, plain values out (the caller stores them).

A source that publishes often is polled more often, a quiet one less, always within the source's
[min_interval, max_interval]; failures back off exponentially with jitter so that an agency that
is down is not hammered, and after `pause_after` failures in a row the source is paused for an
editor to look at.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_BACKOFF = 6 * 3600  # seconds; a failing agency is still retried four times a day


@dataclass(frozen=True)
class Bounds:
    min_interval: int
    max_interval: int

    def clamp(self, seconds: float) -> int:
        low = max(1, self.min_interval)
        return int(min(max(seconds, low), max(low, self.max_interval)))


@dataclass(frozen=True)
class Decision:
    next_poll_at: datetime
    interval: int  # the adaptive interval to remember (unchanged by failures)
    paused: bool = False


def adapted_interval(current: int, new_items: int, bounds: Bounds) -> int:
    """Halve the interval after a busy poll, stretch it by half after an empty one."""
    if current <= 0:
        current = bounds.min_interval
    if new_items >= 3:
        current = current / 2
    elif new_items == 0:
        current = current * 1.5
    return bounds.clamp(current)


def after_success(now: datetime, current: int, new_items: int, bounds: Bounds) -> Decision:
    interval = adapted_interval(current, new_items, bounds)
    return Decision(next_poll_at=now + timedelta(seconds=interval), interval=interval)


def backoff_seconds(failures: int, bounds: Bounds, rng: random.Random) -> float:
    """Exponential from the shortest interval, with "equal jitter" (half fixed, half random) so
    that sources failing together (one network outage) do not retry in lockstep."""
    ceiling = min(MAX_BACKOFF, max(1, bounds.min_interval) * 2 ** min(failures - 1, 20))
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


def after_failure(now: datetime, current: int, failures: int, bounds: Bounds, *, pause_after: int,
                  retry_after: float | None = None, rng: random.Random | None = None) -> Decision:
    """`failures` counts this one. A server's Retry-After is honoured when it asks for longer."""
    wait = backoff_seconds(failures, bounds, rng or random.Random())
    if retry_after is not None:
        wait = max(wait, min(retry_after, 7 * 24 * 3600))
    return Decision(
        next_poll_at=now + timedelta(seconds=wait),
        interval=current or bounds.min_interval,
        paused=failures >= pause_after,
    )
