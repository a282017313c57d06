"""The address a request came from, behind as many proxies as the operator says stand in front.

Each proxy appends the address it was reached from to X-Forwarded-For, so with N trusted proxies
the client is the N-th entry from the header's end; whatever is further left was written by the
client itself and proves nothing. With no trusted proxy the header is ignored. The API's per-client
rate (django-ninja's NINJA_NUM_PROXIES) reads the header by the same rule from the same setting.
"""

from django.conf import settings


def client_address(request) -> str | None:
    """For sign-in throttling (django-axes' AXES_CLIENT_IP_CALLABLE)."""
    return from_forwarded(request.META.get("HTTP_X_FORWARDED_FOR", ""), request.META.get("REMOTE_ADDR"),
                          settings.NEWSDESK_TRUSTED_PROXIES)


def from_forwarded(forwarded_for: str, remote_addr: str | None, proxies: int) -> str | None:
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    if proxies == 0 or not hops:
        return remote_addr
    return hops[-min(proxies, len(hops))]
