"""The fastest a Python WSGI application can answer under a web server's reference configuration:
one page of bytes held in memory, with the headers a cached newsdesk page carries, and nothing
else. The app-cache rows are read against it as well as against nginx's static file.

    BENCH_PAGE=page.html granian --interface wsgi bench.serve.ceiling:application    # as bench.serve starts it
"""

import os
from pathlib import Path

PAGE = Path(os.environ["BENCH_PAGE"]).read_bytes()
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(PAGE))),
    ("Cache-Control", "public, max-age=0, s-maxage=5, stale-while-revalidate=30"),
    ("ETag", 'W/"0123456789abcdef01234567"'),
    ("Vary", "Accept-Encoding"),
    ("X-Cache", "hit"),
]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [PAGE]
