"""Web nodes for tests: gunicorn processes on the test database, as a deployment runs them.

Each node is its own process with its own page store; they share the test database and this
process's file cache (the tests run without Redis), as nodes on one machine do.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from django.conf import settings
from django.db import connection

GUNICORN_CONF = Path(__file__).resolve().parents[1] / "deploy" / "gunicorn.conf.py"


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


def start_node(port: int, env: dict[str, str], *options: str) -> subprocess.Popen:
    """gunicorn on 127.0.0.1:port (one worker unless `options` say otherwise), once it answers."""
    args = options or ("-w", "1", "--log-level", "warning")
    node = subprocess.Popen([sys.executable, "-m", "gunicorn", "newsdesk.wsgi", *args, "-b", f"127.0.0.1:{port}"], env=env)
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
