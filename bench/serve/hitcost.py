"""What one cached-page answer costs in Python, in one process: the page asked again and again
through newsdesk's WSGI application (the front cache answers) and through Django's handler alone
(the page cache answers behind the middlewares), as function calls and microseconds each.

    NEWSDESK_DATA_DIR=... python -m bench.serve.hitcost / /2017/01/28/ [--requests 2000]
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time

import django


def environ(path: str) -> dict:
    route, _, query = path.partition("?")
    return {"REQUEST_METHOD": "GET", "PATH_INFO": route, "QUERY_STRING": query, "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1:8000",
            "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr, "wsgi.multithread": True, "wsgi.multiprocess": True}


def ask(app, path: str) -> str:
    seen = []
    body = app(environ(path), lambda status, headers, exc_info=None: seen.append(status))
    b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return seen[0]


def cost(app, path: str, requests: int) -> tuple[float, float]:
    """(calls, microseconds) per answer."""
    for _ in range(3):
        assert ask(app, path).startswith("200"), path
    started = time.perf_counter()
    for _ in range(requests):
        ask(app, path)
    took = (time.perf_counter() - started) / requests * 1e6
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(100):
        ask(app, path)
    profiler.disable()
    return pstats.Stats(profiler, stream=io.StringIO()).total_calls / 100, took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    import newsdesk.wsgi as wsgi

    ways = {"through Django": getattr(wsgi, "django_application", wsgi.application)}
    if hasattr(wsgi, "django_application"):
        ways["in front of Django"] = wsgi.application
    for path in args.paths:
        for name, app in ways.items():
            calls, micros = cost(app, path, args.requests)
            print(f"{path}: {name}: {calls:,.0f} Python calls, {micros:,.0f} µs an answer "
                  f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
