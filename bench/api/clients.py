"""What one API request costs as the number of clients grows: each client's requests are counted
in the throttle's store, so a store whose writes grow with its size makes every request dearer.
Run inside a site's environment (any built site; the store is emptied before and after):

    NEWSDESK_DATA_DIR=... python -m bench.api.clients [--clients 4200] [--requests 200]

Prints the process's CPU ms per request for the first clients and once the store holds --clients.
"""

import argparse
import os
import sys
import time

import django


def address(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=4200)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.core.cache import caches
    from django.test import Client

    client, store = Client(HTTP_HOST="127.0.0.1"), caches["throttle"]

    def cost(first: int) -> float:
        started = time.process_time()
        for n in range(first, first + args.requests):
            assert client.get("/api/v1/sections", REMOTE_ADDR=address(n)).status_code == 200
        return (time.process_time() - started) / args.requests * 1000

    store.clear()
    try:
        fresh = cost(0)
        for n in range(args.requests, args.clients, 500):
            for m in range(n, min(n + 500, args.clients)):
                client.get("/api/v1/sections", REMOTE_ADDR=address(m))
        full = cost(args.clients)
    finally:
        store.clear()
    print(f"API request, CPU per request: {fresh:.2f} ms with {args.requests} clients, "
          f"{full:.2f} ms with {args.clients + args.requests:,} ({store.__class__.__name__}, "
          f"load average {os.getloadavg()[0]:.1f})")
    print("reproduce: NEWSDESK_DATA_DIR=<site> python -m bench.api.clients " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
