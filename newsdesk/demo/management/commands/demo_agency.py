"""`newsdesk demo-agency`: serve the demo news agency on 127.0.0.1 until Ctrl-C."""

import time

from django.core.management.base import BaseCommand

from newsdesk.demo.agency import Agency, register_demo_source, serve


class Command(BaseCommand):
    help = "Serve a demo news agency (pages, RSS feed, sitemap) with a new report every 20-40 s."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8800)
        parser.add_argument("--seed", type=int, default=2018)
        parser.add_argument("--feed-size", type=int, default=30, help="reports listed in the feed")
        parser.add_argument("--register", action="store_true", help="add (or re-enable) it as a source")

    def handle(self, *args, host, port, seed, feed_size, register, **options):
        agency = Agency(seed=seed, feed_size=feed_size)
        server = serve(agency, host, port)
        feed = f"http://{host}:{server.server_address[1]}/rss.xml"
        if register:
            source = register_demo_source(feed, name=agency.name)
            self.stdout.write(f"Registered as source {source.pk} ({source.name}).")
        self.stdout.write(f"{agency.name} is serving at http://{host}:{server.server_address[1]}/ "
                          f"(feed {feed}, sitemap /sitemap.xml; Ctrl-C stops it)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
