"""Which network addresses newsdesk may fetch from: public ones only, checked after DNS resolution.

A feed URL is typed by an editor and its redirects are chosen by a remote server, so either can
point at the machine itself, the local network or a cloud metadata service (169.254.169.254).
"""

import ipaddress
import socket

from .errors import NetworkError, Refused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def why_not_public(ip: IPAddress) -> str | None:
    """A reason this address is not on the public internet, or None when it is."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return why_not_public(ip.ipv4_mapped)
    for flag, reason in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_private", "a private address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(ip, flag):
            return reason
    if not ip.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise NetworkError(f"cannot resolve {host}: {exc.strerror}") from exc
    found: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if ip not in found:
            found.append(ip)
    return found


def public_address(host: str, port: int, allow_private: bool) -> IPAddress:
    """The address to connect to for `host`; refuses when any of its addresses is not public.

    Every resolved address is checked, not only the first: a name that resolves to one public and
    one private address could otherwise be steered to the private one on the next lookup.
    """
    addresses = resolve(host, port)
    if not allow_private:
        for ip in addresses:
            if reason := why_not_public(ip):
                raise Refused(f"refused: {ip} is {reason}" + ("" if str(ip) == host else f" ({host})"))
    return addresses[0]
