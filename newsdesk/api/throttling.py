"""Requests per client, counted in the shared 'throttle' cache so that every web process (and,
on Redis, every machine) counts against the same figure."""

import math

from django.conf import settings
from django.core.cache import caches
from ninja.throttling import AnonRateThrottle


class ClientRateThrottle(AnonRateThrottle):
    """NEWSDESK_API_RATE requests per client address (the address NINJA_NUM_PROXIES says to trust)."""

    scope = "api"

    def __init__(self):
        # The rate is read at each request, so a changed setting needs no new instance.
        self.rate = None

    @property
    def cache(self):
        return caches["throttle"]

    def allow_request(self, request) -> bool:
        self.rate = settings.NEWSDESK_API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def wait(self) -> float:
        """Seconds until the oldest request counted leaves the window, when one more is allowed
        (ninja's own estimate spreads the window over the requests left and can say nothing)."""
        oldest = self.history[-1] if self.history else self.now
        return max(1, math.ceil(self.duration - (self.now - oldest)))
