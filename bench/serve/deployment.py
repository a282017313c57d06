"""The deployment under test, on 127.0.0.1: a web node and nginx in front of it with the
reference site (deploy/nginx/newsdesk.conf.template: static files, the micro-cache), plus an nginx
server of one static file, the physical reference. The web node is granian as the reference
deployment runs it (newsdesk.deployment.webserver) or, to compare, gunicorn as newsdesk ran it
before (gunicorn.conf.py beside this file). Each started process is stopped by its own pid."""

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

from newsdesk.deployment import nginx, webserver

ROOT = Path(__file__).resolve().parents[2]
GUNICORN_CONFIG = Path(__file__).resolve().parent / "gunicorn.conf.py"
SERVERS = ("granian", "gunicorn")


@dataclass
class Deployment:
    app: str  # the web node, no nginx
    front: str  # nginx with its micro-cache
    static: str  # nginx serving one file
    server_pid: int
    static_file: Path


def server_command(server: str, port: int, workers: int | None, app: str = "newsdesk.wsgi:application") -> list[str]:
    """The web node's command line: the reference deployment's granian, or gunicorn as it was."""
    if server == "granian":
        env = {"NEWSDESK_BIND": f"127.0.0.1:{port}", **({"WEB_CONCURRENCY": str(workers)} if workers else {})}
        command = webserver.command({**os.environ, **env})
        command[command.index(webserver.APP)] = app
        return command
    command = [sys.executable, "-m", "gunicorn", app, "--config", str(GUNICORN_CONFIG)]
    if workers:
        command += ["--workers", str(workers)]
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


# One line per request nginx answered, for bench.serve.tail: when it ended, how long it took (and
# the node, if asked), what the micro-cache made of it, and which wrk run sent it.
TIMING_LOG = ("log_format timing '$msec $request_time $upstream_response_time $upstream_cache_status "
              "$upstream_status $status $server_port $pid $connection $connection_requests \"$http_x_bench_run\" "
              "\"$request_uri\"';")


@contextmanager
def running(site, ports: range, server: str = "granian", workers: int | None = None, access_log: Path | None = None):
    """The web node on ports[1], nginx on ports[2] (micro-cache) and ports[3] (static file).
    `access_log`: nginx logs every request there (TIMING_LOG) instead of none."""
    app_port, front_port, static_port = ports[1], ports[2], ports[3]
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-nginx-") as scratch:
        scratch = Path(scratch)
        os.chmod(scratch, 0o755)
        static_file = scratch / "static" / "page.html"
        static_file.parent.mkdir()
        conf = nginx_config(scratch, site, app_port, front_port, static_port, static_file.parent, access_log)
        log = open(site.data_dir / "server.log", "w")
        # granian logs to stdout, gunicorn to stderr: both kept (worker_starts reads them).
        app = subprocess.Popen(server_command(server, app_port, workers), env=site.env(), cwd=ROOT,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
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


def nginx_config(scratch: Path, site, app_port: int, front_port: int, static_port: int, static_dir: Path,
                 access_log: Path | None = None) -> Path:
    """The reference site in front of the node, and a server of one file beside it."""
    front = nginx.render_site(listen=f"127.0.0.1:{front_port}", upstreams=[f"127.0.0.1:{app_port}"],
                              static_root=site.data_dir / "static", media_root=site.data_dir / "media",
                              cache_path=scratch / "micro-cache")
    reference = f"server {{\n    listen 127.0.0.1:{static_port};\n    root {static_dir};\n    index page.html;\n}}\n"
    conf = nginx.write_standalone(scratch, front + reference, workers=os.cpu_count() or 1)
    if access_log:
        logged = f"{TIMING_LOG}\n    access_log {Path(access_log).resolve()} timing buffer=256k flush=1s;"
        conf.write_text(conf.read_text().replace("access_log off;", logged))
    return conf


@contextmanager
def ceiling(site, port: int, page: Path, server: str = "granian", workers: int | None = None):
    """The minimal WSGI application (bench/serve/ceiling.py) serving `page`, under the same
    server and configuration as newsdesk: the most any Python answer can reach here."""
    command = server_command(server, port, workers, "bench.serve.ceiling:application")
    app = subprocess.Popen(command, env={**site.env(), "BENCH_PAGE": str(page)}, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(app)


def worker_starts(site) -> int:
    """Workers the server started during the run (more than its worker count: some were replaced,
    and their page store started empty)."""
    log = (site.data_dir / "server.log").read_text()
    return log.count("Booting worker") + log.count("Spawning worker")


def worker_memory(master_pid: int) -> list[float]:
    """Resident memory (MB) of each of the server's workers (the main process's children)."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes
