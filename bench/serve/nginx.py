"""nginx's configuration for a benchmark run: the site in front of gunicorn with a micro-cache
that follows the application's Cache-Control (s-maxage, stale-while-revalidate), one request to
the application per page at a time (proxy_cache_lock), static files from the collected
directory, and a second server of one file (the physical reference)."""

from pathlib import Path

TEMPLATE = """
worker_processes {workers};
daemon off;
pid {scratch}/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path {scratch}/body;
    proxy_temp_path {scratch}/proxy;
    fastcgi_temp_path {scratch}/fastcgi;
    uwsgi_temp_path {scratch}/uwsgi;
    scgi_temp_path {scratch}/scgi;
    proxy_cache_path {scratch}/cache levels=1:2 keys_zone=pages:20m max_size=1g inactive=10m use_temp_path=off;
    upstream newsdesk {{ server 127.0.0.1:{app_port}; keepalive 64; }}
    server {{
        listen 127.0.0.1:{front_port};
        location /static/ {{ alias {static_root}/; expires max; }}
        location / {{
            proxy_pass http://newsdesk;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_cache pages;
            proxy_cache_key $scheme$host$request_uri;
            proxy_cache_lock on;
            proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
            proxy_cache_background_update on;
            proxy_no_cache $cookie_sessionid;
            proxy_cache_bypass $cookie_sessionid;
            add_header X-Micro-Cache $upstream_cache_status;
        }}
    }}
    server {{
        listen 127.0.0.1:{static_port};
        root {static_dir};
        index page.html;
    }}
}}
"""


def write_config(scratch: Path, app_port: int, front_port: int, static_port: int, static_root: Path,
                 static_dir: Path, workers: int = 2) -> Path:
    conf = scratch / "nginx.conf"
    conf.write_text(TEMPLATE.format(scratch=scratch, app_port=app_port, front_port=front_port,
                                    static_port=static_port, static_root=static_root, static_dir=static_dir,
                                    workers=workers))
    return conf
