"""Web nodes for tests: the reference deployment's web server (granian, started by
newsdesk.deployment.webserver as systemd does) on the test database.

Each node is its own process with its own page store; they share the test database and this
process's file cache (the tests run without Redis), as nodes on one machine do.
"""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
from django.conf import settings
from django.db import connection


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url() -> str:
    """The test database, for a child process."""
    s = connection.settings_dict
    if connection.vendor == "postgresql":
        return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    return f"sqlite:///{s['NAME']}"


def node_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    return {**env, "DATABASE_URL": database_url(), "NEWSDESK_DATA_DIR": str(settings.DATA_DIR),
            "NEWSDESK_HASHED_STATIC": "0", **extra}


def start_node(port: int, env: dict[str, str]) -> subprocess.Popen:
    """A web node on 127.0.0.1:port (one worker unless `env` says WEB_CONCURRENCY), once it answers."""
    env = {"WEB_CONCURRENCY": "1", "LOG_LEVEL": "WARNING", **env, "NEWSDESK_BIND": f"127.0.0.1:{port}"}
    node = subprocess.Popen([sys.executable, "-m", "newsdesk.deployment.webserver"], env=env)
    wait_serving(f"http://127.0.0.1:{port}", node)
    return node


def wait_serving(base: str, node: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and node.poll() is None:
        try:
            httpx.get(base + "/robots.txt", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the web node at {base} did not start (exit code {node.poll()})")


def stop_node(node: subprocess.Popen, timeout: float = 30) -> int:
    """A graceful stop (SIGTERM: requests in hand are finished), as systemd does; its exit code."""
    if node.poll() is None:
        node.send_signal(signal.SIGTERM)
    try:
        return node.wait(timeout)
    except subprocess.TimeoutExpired:
        node.kill()
        return node.wait()
