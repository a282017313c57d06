"""`newsdesk run`: the web server and the job consumer together, stopped together by Ctrl-C."""

import os
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from newsdesk.deployment import webserver
from newsdesk.portal.models import Portal


class Command(BaseCommand):
    help = "Serve the portal (the reference web server, granian) and run the background job consumer."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
        parser.add_argument("--no-consumer", action="store_true", help="serve only; run no background jobs")
        parser.add_argument(
            "--demo-agency", type=int, metavar="PORT", nargs="?", const=8800, default=None,
            help="also serve the demo news agency on 127.0.0.1:PORT (default 8800) and take its feed",
        )

    def handle(self, *args, host, port, workers, no_consumer, demo_agency, **options):
        check_portal()
        node = {**os.environ, "NEWSDESK_BIND": f"{host}:{port}", "WEB_CONCURRENCY": str(workers)}
        children = [spawn(webserver.command(node, access_log=True))]
        if not no_consumer:
            children.append(spawn([sys.executable, "-m", "newsdesk", "run_huey", "--workers", "2"]))
        if demo_agency is not None:
            children.append(spawn([sys.executable, "-m", "newsdesk", "demo_agency", "--port", str(demo_agency), "--register"]))
        self.stdout.write(f"newsdesk is serving at http://{host}:{port}/ (Ctrl-C stops it)")
        supervise(children)


def check_portal() -> None:
    """A bad editorial setting is said at start-up, not as a 500 on the first page view."""
    portal = Portal.objects.filter(pk=1).first()
    if portal is None:
        return
    try:
        portal.full_clean()
    except Exception as exc:  # ValidationError, with its messages per field
        raise CommandError(f"The portal settings are not valid; fix them in the admin: {exc}") from exc


def spawn(argv: list[str]) -> subprocess.Popen:
    return subprocess.Popen(argv, start_new_session=True)


def supervise(children: list[subprocess.Popen]) -> None:
    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        while not stopping and all(c.poll() is None for c in children):
            time.sleep(0.5)
    finally:
        for child in children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
    failed = [c for c in children if c.returncode not in (0, -signal.SIGTERM, None)]
    if failed and not stopping:
        raise CommandError(f"a child process stopped with code {failed[0].returncode}")
