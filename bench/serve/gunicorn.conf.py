"""gunicorn as newsdesk's web nodes ran it before granian, kept for the serving benchmark's
comparison (`python -m bench.serve --servers granian,gunicorn`; bench/serve/README.md says why
granian replaced it): `gunicorn -c bench/serve/gunicorn.conf.py newsdesk.wsgi`.

Workers: one per core (rendering is CPU work under the GIL); gthread with 2 threads, which keeps
nginx's upstream connections open between requests.
"""

import multiprocessing
import os

bind = [os.environ.get("NEWSDESK_BIND", "127.0.0.1:8000")]
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count())
worker_class = os.environ.get("NEWSDESK_WORKER_CLASS", "gthread")
threads = int(os.environ.get("NEWSDESK_THREADS", "2"))

# A worker is replaced after about this many requests (the jitter staggers the replacements so
# the workers never restart together): bounds the memory any slow leak can take. Each worker's
# page store starts empty, so the figure is high: at a thousand cached pages a second, 5,000 let a
# worker live five seconds and cost a third of the hits in the serving benchmark's ingest rows.
max_requests = int(os.environ.get("NEWSDESK_MAX_REQUESTS", "200000"))
max_requests_jitter = max_requests // 10

# No page takes seconds to draw: a worker silent for 30 s is stuck and is replaced. On SIGTERM
# (systemctl stop, an upgrade) the listening socket closes at once, so nginx sends new requests to
# the other nodes, and the requests in hand get up to 20 s to finish.
timeout = 30
graceful_timeout = 20
# Connections from nginx are kept between requests a little longer than nginx keeps them idle.
keepalive = 75

# X-Forwarded-Proto is believed only from nginx on this machine (gunicorn's default addresses);
# newsdesk reads X-Forwarded-For itself (NEWSDESK_TRUSTED_PROXIES).
forwarded_allow_ips = os.environ.get("NEWSDESK_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# nginx logs every request; gunicorn logs what goes wrong, to the journal.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
proc_name = "newsdesk-web"
