"""`newsdesk nginx-config`: deploy/'s nginx template filled in with this deployment's settings."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsdesk.deployment import nginx


class Command(BaseCommand):
    help = ("Print the nginx site configuration for this deployment (static and media directories, admin "
            "path and host names from its settings); save it as /etc/nginx/sites-enabled/newsdesk.conf.")

    def add_arguments(self, parser):
        parser.add_argument("--listen", default="80", help="what nginx's listen takes (default 80)")
        parser.add_argument("--upstream", action="append", metavar="HOST:PORT",
                            help="a web node; repeat for each (default 127.0.0.1:8001 and 127.0.0.1:8002)")
        parser.add_argument("--cache-path", default="/var/cache/nginx/newsdesk", help="the micro-cache's directory")
        parser.add_argument("--desk-body-max", default="32m", help="largest request to the admin (default 32m)")

    def handle(self, *args, listen, upstream, cache_path, desk_body_max, **options):
        hosts = [h for h in settings.ALLOWED_HOSTS if h != "*"] or ["_"]
        try:
            text = nginx.render_site(
                listen=listen, upstreams=upstream or ["127.0.0.1:8001", "127.0.0.1:8002"],
                static_root=settings.STATIC_ROOT, media_root=settings.MEDIA_ROOT, cache_path=cache_path,
                server_name=" ".join(hosts), admin_path=settings.NEWSDESK_ADMIN_PATH,
                desk_body_max=desk_body_max, session_cookie=settings.SESSION_COOKIE_NAME)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(text, ending="")
