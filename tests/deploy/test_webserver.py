"""The web node's launcher (newsdesk.deployment.webserver): the environment file's settings become
granian's, and a wrong one is said before anything starts. Serving itself is tested behind nginx
(test_nginx.py) and on its own (tests/web)."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("bind", ["8001", "127.0.0.1:", "127.0.0.1:http"])
def test_a_bind_address_without_host_and_port_is_refused_clearly(bind):
    env = {**os.environ, "NEWSDESK_BIND": bind}
    done = subprocess.run([sys.executable, "-m", "newsdesk.deployment.webserver"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert f"NEWSDESK_BIND must be host:port, not '{bind}'" in done.stderr
