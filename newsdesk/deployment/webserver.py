"""One newsdesk web node: granian serving newsdesk.wsgi, configured from the environment.

    python -m newsdesk.deployment.webserver      # what deploy/systemd/newsdesk-web@.service runs

The process becomes granian (exec), so systemd's signals reach it: SIGTERM closes the listening
socket at once and lets the requests in hand finish (up to NEWSDESK_GRACEFUL_TIMEOUT seconds),
SIGHUP replaces the workers one by one with the new code.

Why granian and not gunicorn: its HTTP side is Rust, so the Python side of a cached page is only
the application's own work. The same bytes from a minimal WSGI application and the page cache's
answers ran at several times gunicorn's rate in one sitting (deploy/README.md, bench/serve).

Workers: one per core. Rendering a page is CPU work under the GIL, so more processes than cores
only queue; each holds ~125 MB after serving every page kind (bench/serve/README.md). Two threads a worker let one answer a cache hit while the
other waits on the database. nginx in front buffers slow clients.
"""

import os
import sys
from collections.abc import Mapping

APP = "newsdesk.wsgi:application"


def command(env: Mapping[str, str] = os.environ, cores: int | None = None, access_log: bool = False) -> list[str]:
    """granian's command line for this node's environment (`access_log`: each request printed,
    for `newsdesk run`; behind nginx, nginx logs them)."""
    host, _, port = env.get("NEWSDESK_BIND", "127.0.0.1:8000").rpartition(":")
    if not host or not port.isdigit():
        raise SystemExit(f"NEWSDESK_BIND must be host:port, not {env.get('NEWSDESK_BIND')!r}")
    workers = env.get("WEB_CONCURRENCY") or str(cores or os.cpu_count() or 1)
    return [
        sys.executable, "-m", "granian", "--interface", "wsgi", APP,
        "--host", host.strip("[]"), "--port", port,
        "--workers", workers,
        "--blocking-threads", env.get("NEWSDESK_THREADS") or "2",
        "--runtime-threads", "1",
        # nginx speaks HTTP/1.1 to the nodes; WSGI has no websockets.
        "--http", "1", "--no-ws",
        # A worker that dies is started again; one that grows past this (a leak) is replaced.
        "--respawn-failed-workers",
        "--workers-max-rss", env.get("NEWSDESK_WORKER_MAX_RSS") or "400",
        "--workers-kill-timeout", env.get("NEWSDESK_GRACEFUL_TIMEOUT") or "20",
        "--access-log" if access_log else "--no-access-log", "--log-level", (env.get("LOG_LEVEL") or "info").lower(),
    ]


def main() -> None:
    argv = command()
    os.execv(argv[0], argv)


if __name__ == "__main__":
    main()
