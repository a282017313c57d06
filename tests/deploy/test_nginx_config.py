"""`newsdesk nginx-config`: the template filled in from a deployment's settings, accepted by nginx."""

import subprocess

import pytest

from newsdesk.deployment import nginx

from ..test_deploy import newsdesk


def test_the_printed_configuration_follows_the_settings_and_nginx_accepts_it(tmp_path):
    result = newsdesk("nginx-config", "--listen", "127.0.0.1:8080", "--upstream", "10.0.0.5:8001",
                      "--upstream", "10.0.0.6:8001", "--cache-path", str(tmp_path / "cache"),
                      NEWSDESK_DATA_DIR=str(tmp_path), NEWSDESK_ADMIN_PATH="desk-7f3a/",
                      ALLOWED_HOSTS="news.example.org,www.news.example.org")
    assert result.returncode == 0, result.stderr
    site = result.stdout
    assert "server_name news.example.org www.news.example.org;" in site
    assert "server 10.0.0.5:8001" in site and "server 10.0.0.6:8001" in site
    assert "location /desk-7f3a/ {" in site and f"alias {tmp_path / 'static'}/;" in site
    conf = nginx.write_standalone(tmp_path / "nginx", site)
    test = subprocess.run([nginx.NGINX, "-t", "-p", str(conf.parent), "-c", str(conf), "-e", str(conf.parent / "error.log")],
                          capture_output=True, text=True)
    assert test.returncode == 0, test.stderr


def test_a_missing_value_is_named():
    with pytest.raises(ValueError, match="no value for cache_path"):
        nginx.render_site(listen="80", upstreams=["127.0.0.1:8001"], static_root="/s", media_root="/m", cache_path="")
