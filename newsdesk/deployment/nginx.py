"""The reference nginx configuration (deploy/nginx/newsdesk.conf.template), filled in.

`render_site` gives the site's part (upstream, micro-cache, server) for an operator's nginx;
`write_standalone` adds the few lines that let nginx run from a directory of its own, as an
ordinary user and in the foreground (tests and benchmarks), and `start` runs it.
"""

import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "newsdesk.conf.template"
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
# Debian puts it in /usr/sbin, which an ordinary user's PATH may lack.
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MIME_TYPES = Path("/etc/nginx/mime.types")  # Debian's; nginx's own list of file types


def render_site(*, listen: str, upstreams: list[str], static_root: str | Path, media_root: str | Path,
                cache_path: str | Path, server_name: str = "_", admin_path: str = "admin/",
                desk_body_max: str = "32m", session_cookie: str = "sessionid") -> str:
    """The site's configuration for the web nodes at `upstreams` ("host:port" each)."""
    if not upstreams:
        raise ValueError("at least one web node (host:port) is needed")
    values = {
        "listen": str(listen),
        "server_name": server_name,
        "upstream_servers": "\n".join(f"    server {node} max_fails=1 fail_timeout=5s;" for node in upstreams),
        "static_root": str(Path(static_root)).rstrip("/"),
        "media_root": str(Path(media_root)).rstrip("/"),
        "cache_path": str(cache_path),
        "admin_path": admin_path.strip("/") + "/",
        "desk_body_max": desk_body_max,
        "session_cookie": re.escape(session_cookie),
    }
    return fill(TEMPLATE.read_text(), values)


def fill(template: str, values: dict[str, str]) -> str:
    """Each {{name}} outside comment lines replaced by its value (the header names them all)."""
    lines = template.splitlines(keepends=True)
    missing = {name for line in lines if not is_comment(line) for name in PLACEHOLDER.findall(line) if not values.get(name)}
    if missing:
        raise ValueError(f"no value for {', '.join(sorted(missing))} in the nginx template")
    return "".join(line if is_comment(line) else PLACEHOLDER.sub(lambda m: values[m.group(1)], line) for line in lines)


def is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def write_standalone(prefix: str | Path, site: str, *, workers: int = 1) -> Path:
    """nginx.conf in `prefix` around `site`: pid, logs and temporary files all under `prefix`."""
    prefix = Path(prefix).resolve()
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    (prefix / "site.conf").write_text(site)
    # As root, nginx would hand its workers to an unprivileged user who cannot read a private
    # directory; they stay with whoever started it.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    temp = "".join(f"    {kind}_temp_path {prefix}/tmp/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    conf = prefix / "nginx.conf"
    conf.write_text(
        f"{user}worker_processes {workers};\ndaemon off;\npid {prefix}/nginx.pid;\n"
        f"error_log {prefix}/error.log warn;\nevents {{ worker_connections 4096; }}\n"
        f"http {{\n    include {MIME_TYPES};\n    default_type application/octet-stream;\n"
        f"    access_log off;\n    sendfile on;\n    tcp_nopush on;\n{temp}"
        f"    include {prefix}/site.conf;\n}}\n"
    )
    return conf


def start(conf: str | Path, listen: str, *, timeout: float = 10) -> subprocess.Popen:
    """nginx on `conf`, in the foreground, once it accepts connections on `listen` (host:port)."""
    conf = Path(conf)
    test = subprocess.run([NGINX, "-t", "-q", "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log")],
                          capture_output=True, text=True)
    if test.returncode != 0:
        raise RuntimeError(f"nginx refuses {conf}: {test.stderr.strip()}")
    process = subprocess.Popen([NGINX, "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log")])
    host, _, port = listen.rpartition(":")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection((host or "127.0.0.1", int(port)), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"nginx did not start on {listen}: see {conf.parent / 'error.log'}")


def stop(process: subprocess.Popen) -> None:
    """A quick stop (SIGTERM); SIGQUIT would wait for open keep-alive connections."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
