"""The reference deployment: Debian's nginx, configured from deploy/'s template, in front of two
web nodes (granian, newsdesk.deployment.webserver) on the test database."""

import threading
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
import pytest
from django.conf import settings
from django.contrib.auth.models import User

from newsdesk.deployment import nginx

from ..webnodes import free_port, node_env, start_node, stop_node

ISTANBUL = ZoneInfo("Europe/Istanbul")


class Deployment:
    def __init__(self, base: str, nodes: list, node_ports: list[int]):
        self.base, self.nodes, self.node_ports = base, nodes, node_ports


@pytest.fixture
def deployment(transactional_db, portal, tmp_path):
    # Each node runs the reference web server as systemd would, with one worker; the client's
    # address is read behind one proxy.
    env = node_env(WEB_CONCURRENCY="1", NEWSDESK_TRUSTED_PROXIES="1")
    ports = [free_port(), free_port()]
    nodes = [start_node(port, env) for port in ports]
    listen = f"127.0.0.1:{free_port()}"
    site = nginx.render_site(listen=listen, upstreams=[f"127.0.0.1:{p}" for p in ports],
                             static_root=settings.STATIC_ROOT, media_root=settings.MEDIA_ROOT,
                             cache_path=tmp_path / "cache")
    proxy = nginx.start(nginx.write_standalone(tmp_path / "nginx", site), listen)
    yield Deployment(f"http://{listen}", nodes, ports)
    nginx.stop(proxy)
    for node in nodes:
        stop_node(node, 10)


def load(base: str, paths: list[str], stop: threading.Event, results: list) -> None:
    """Requests one after another until `stop`; each a distinct address, so none comes from a cache."""
    with httpx.Client(base_url=base, timeout=30) as client:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                status = client.get(f"{paths[n % len(paths)]}?load={threading.get_ident()}-{n}").status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            results.append((time.monotonic(), status))


def test_stopping_a_web_node_under_load_loses_no_request(deployment, make_article):
    article = make_article(headline="Breaking report", when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL))
    paths = ["/", article.get_absolute_url(), "/2018/07/19/"]
    stop, results = threading.Event(), []
    clients = [threading.Thread(target=load, args=(deployment.base, paths, stop, results)) for _ in range(4)]
    for client in clients:
        client.start()
    time.sleep(2)
    stopped_at = time.monotonic()
    exit_code = stop_node(deployment.nodes[0])  # SIGTERM: graceful, as `systemctl stop` does
    time.sleep(2)
    stop.set()
    for client in clients:
        client.join()

    assert exit_code == 0  # it finished what it had in hand and left
    failed = [status for _, status in results if status != 200]
    assert failed == [], f"{len(failed)} of {len(results)} requests failed: {sorted(set(map(str, failed)))}"
    before = [t for t, _ in results if t < stopped_at]
    after = [t for t, _ in results if t > stopped_at]
    assert len(before) >= 4 and len(after) >= 4  # load ran on both sides of the stop
    page = httpx.get(deployment.base + article.get_absolute_url(), timeout=10)
    assert page.status_code == 200 and "Breaking report" in page.text


def test_the_micro_cache_answers_a_repeat_request_but_never_a_signed_in_one(deployment, make_article):
    article = make_article()
    url = deployment.base + article.get_absolute_url()
    first, again = httpx.get(url), httpx.get(url)
    assert (first.headers["X-Cache-Status"], again.headers["X-Cache-Status"]) == ("MISS", "HIT")
    assert again.text == first.text
    # A client that does not take gzip gets the same page, kept plain beside the gzipped one.
    plain = [httpx.get(url, headers={"Accept-Encoding": encoding}) for encoding in ("identity", "br", "identity")]
    assert [p.headers["X-Cache-Status"] for p in plain] == ["MISS", "HIT", "HIT"]
    assert all("Content-Encoding" not in p.headers and p.text == first.text for p in plain)
    assert httpx.get(url, headers={"Accept-Encoding": "deflate, gzip;q=0.5"}).headers["X-Cache-Status"] == "HIT"
    refused = httpx.get(url, headers={"Accept-Encoding": "gzip;q=0, br"})
    assert "Content-Encoding" not in refused.headers and refused.text == first.text
    signed_in = httpx.get(url, cookies={"sessionid": "anything"})
    assert signed_in.headers["X-Cache-Status"] == "BYPASS"
    assert "X-Cache-Status" not in httpx.get(deployment.base + "/admin/login/").headers


@pytest.mark.parametrize("notice", ["", "Withdrawn at the agency's request."])
def test_a_withdrawn_article_is_gone_through_nginx_within_seconds(deployment, make_article, notice):
    article = make_article(headline="Soon withdrawn")
    url = deployment.base + article.get_absolute_url()
    assert [httpx.get(url).status_code for _ in range(2)] == [200, 200]
    assert httpx.get(url).headers["X-Cache-Status"] == "HIT"

    assert "Soon withdrawn" in httpx.get(deployment.base + "/").text

    article.status, article.withdrawal_notice = "withdrawn", notice
    article.save()
    withdrawn_at = time.monotonic()
    # A page may be kept for its s-maxage (5 s), and served stale while a node draws the new answer
    # (a second or two on a busy machine).
    took = seconds_until(lambda: httpx.get(url).status_code != 200, withdrawn_at)
    assert took < 9, f"the article still answers 200 after {took:.1f} s"
    assert {httpx.get(url).status_code for _ in range(5)} == {410 if notice else 404}  # and stays gone
    took = seconds_until(lambda: "Soon withdrawn" not in httpx.get(deployment.base + "/").text, withdrawn_at)
    assert took < 9, f"the home page still lists it after {took:.1f} s"


def seconds_until(condition, since: float, limit: float = 15) -> float:
    """Seconds from `since` until `condition()` holds (polled every 0.2 s; `limit` at most)."""
    while not condition() and time.monotonic() - since < limit:
        time.sleep(0.2)
    return time.monotonic() - since


def sign_in(base: str, address: str, username: str, password: str, **headers) -> int:
    """A sign-in from `address` (a loopback address of its own: another client of nginx)."""
    with httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address), timeout=10) as client:
        form = client.get("/admin/login/")
        token = form.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        return client.post("/admin/login/", headers=headers, data={
            "csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"}).status_code


def test_two_clients_behind_the_proxy_are_paused_separately(deployment):
    User.objects.create_user("editor", password="the-right-one-2024", is_staff=True)
    guesser, editor = "127.0.0.2", "127.0.0.3"
    statuses = [sign_in(deployment.base, guesser, "editor", f"guess-{n}") for n in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses[-1] == 429  # the guesser is paused...
    # ...and claiming another address in X-Forwarded-For does not free it: nginx appends the real one.
    assert sign_in(deployment.base, guesser, "editor", "guess-x", **{"X-Forwarded-For": "198.51.100.9"}) == 429
    # The editor, another client of the same proxy, still signs in.
    assert sign_in(deployment.base, editor, "editor", "the-right-one-2024") == 302


def test_bodies_are_bounded_by_nginx_and_by_the_node(deployment):
    five_mb = b"x" * (5 * 1024 * 1024)
    through_nginx = httpx.post(deployment.base + "/search/", content=five_mb)
    assert through_nginx.status_code == 413
    # Straight to a node (a proxy with a larger limit): refused before the body is read.
    assert refused_unread(deployment.node_ports[1], len(five_mb)) == 413


def refused_unread(port: int, length: int) -> int:
    """Announce a body of `length` bytes, send almost none of it, and read the answer: a node that
    tried to read the body would wait for the rest and the read would time out. The request carries
    a CSRF cookie, so that the CSRF check would read the body for its token."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  f"Cookie: csrftoken={'a' * 32}\r\nContent-Length: {length}\r\n\r\n".encode() + b"q=" + b"x" * 1000)
        head = s.recv(200).decode()
    return int(head.split()[1])
