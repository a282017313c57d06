"""The deployment under test, on 127.0.0.1: gunicorn with the reference configuration
(deploy/gunicorn.conf.py) and nginx in front of it with the reference site
(deploy/nginx/newsdesk.conf.template: static files, the micro-cache), plus an nginx server of one
static file, the physical reference. Each started process is stopped by its own pid."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from newsdesk.deployment import nginx

ROOT = Path(__file__).resolve().parents[2]
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


@dataclass
class Deployment:
    app: str  # gunicorn, no nginx
    front: str  # nginx with its micro-cache
    static: str  # nginx serving one file
    gunicorn_pid: int
    static_file: Path


def gunicorn_command(port: int, workers: int | None, app: str = "newsdesk.wsgi") -> list[str]:
    command = [sys.executable, "-m", "gunicorn", app]
    if GUNICORN_CONFIG.exists():
        command += ["--config", str(GUNICORN_CONFIG)]
    if workers or not GUNICORN_CONFIG.exists():
        command += ["--workers", str(workers or 2 * (os.cpu_count() or 1))]
    return command + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null"]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds:.0f} s")


@contextmanager
def running(site, ports: range, workers: int | None = None):
    """gunicorn on ports[1], nginx on ports[2] (micro-cache) and ports[3] (static file)."""
    app_port, front_port, static_port = ports[1], ports[2], ports[3]
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-nginx-") as scratch:
        scratch = Path(scratch)
        os.chmod(scratch, 0o755)
        static_file = scratch / "static" / "page.html"
        static_file.parent.mkdir()
        conf = nginx_config(scratch, site, app_port, front_port, static_port, static_file.parent)
        log = open(site.data_dir / "gunicorn.log", "w")
        app = subprocess.Popen(gunicorn_command(app_port, workers), env=site.env(), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        proxy = None
        try:
            wait_for(f"http://127.0.0.1:{app_port}/static/does-not-exist")
            proxy = nginx.start(conf, f"127.0.0.1:{static_port}")
            yield Deployment(f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{front_port}",
                             f"http://127.0.0.1:{static_port}", app.pid, static_file)
        finally:
            for process in (proxy, app):
                if process is not None:
                    stop(process)
            log.close()


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, and SIGKILL if it has not ended in 30 s."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def nginx_config(scratch: Path, site, app_port: int, front_port: int, static_port: int, static_dir: Path) -> Path:
    """The reference site in front of the node, and a server of one file beside it."""
    front = nginx.render_site(listen=f"127.0.0.1:{front_port}", upstreams=[f"127.0.0.1:{app_port}"],
                              static_root=site.data_dir / "static", media_root=site.data_dir / "media",
                              cache_path=scratch / "micro-cache")
    reference = f"server {{\n    listen 127.0.0.1:{static_port};\n    root {static_dir};\n    index page.html;\n}}\n"
    return nginx.write_standalone(scratch, front + reference, workers=os.cpu_count() or 1)


@contextmanager
def ceiling(site, port: int, page: Path, workers: int | None = None):
    """The minimal WSGI application (bench/serve/ceiling.py) serving `page`, under the same
    gunicorn configuration as newsdesk: the most any Python answer can reach here."""
    command = gunicorn_command(port, workers, "bench.serve.ceiling")
    app = subprocess.Popen(command, env={**site.env(), "BENCH_PAGE": str(page)}, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(app)


def worker_starts(site) -> int:
    """Workers gunicorn started during the run (more than its worker count: some were replaced,
    e.g. after max_requests, and their page store started empty)."""
    return (site.data_dir / "gunicorn.log").read_text().count("Booting worker")


def worker_memory(master_pid: int) -> list[float]:
    """Resident memory (MB) of each of the gunicorn master's workers."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes
