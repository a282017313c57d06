"""`newsdesk demo-agency`: serve the demo news agency on 127.0.0.1 until Ctrl-C."""

import time

from django.core.management.base import BaseCommand

from newsdesk.demo.agency import Agency, register_demo_sources, serve


class Command(BaseCommand):
    help = "Serve a demo news agency (pages, RSS feed, sitemap) with a new report every 20-40 s."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8800)
        parser.add_argument("--seed", type=int, default=2018)
        parser.add_argument("--feed-size", type=int, default=30, help="reports listed in the feed")
        parser.add_argument("--register", action="store_true", help="add (or re-enable) its three editions' feeds as sources")

    def handle(self, *args, host, port, seed, feed_size, register, **options):
        agency = Agency(seed=seed, feed_size=feed_size)
        server = serve(agency, host, port)
        base = f"http://{host}:{server.server_address[1]}"
        if register:
            for source in register_demo_sources(base, agency):
                self.stdout.write(f"Registered {source.feed_url} as source {source.pk} ({source.name}).")
        self.stdout.write(f"{agency.name} is serving at {base}/ (editions /, /tr/, /ar/, each with its "
                          "rss.xml; sitemap /sitemap.xml; Ctrl-C stops it)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
