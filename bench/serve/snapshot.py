"""The HTML of rendered pages, whitespace normalised, one file a page: draw the same pages with
two versions of the code against one site and `diff -r` the two directories to show that a
change to rendering kept the pages' content. Run inside a site's environment:

    NEWSDESK_DATA_DIR=... python -m bench.serve.snapshot OUT_DIR / /tr/ /ar/ /place/syria/ ...
"""

import argparse
import hashlib
import os
import re
from pathlib import Path
from urllib.parse import unquote

import django

SPACE = re.compile(r"\s+")
BETWEEN_TAGS = re.compile(r">\s+<")
THROWAWAY = re.compile(r"[?&]snapshot=\d+")


def normalised(html: str) -> str:
    """One line a tag: runs of white space are one space, none between tags."""
    html = THROWAWAY.sub("", html)
    return BETWEEN_TAGS.sub(">\n<", SPACE.sub(" ", html)).strip() + "\n"


def file_name(path: str) -> str:
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", unquote(path)[:60]).strip("_") or "home"
    return f"{readable}-{hashlib.sha1(path.encode()).hexdigest()[:8]}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    args.out.mkdir(parents=True, exist_ok=True)
    for n, path in enumerate(args.paths):
        # A throwaway parameter of its own: the page cache never answers with a page drawn by
        # other code.
        glue = "&" if "?" in path else "?"
        response = client.get(f"{path}{glue}snapshot={os.getpid()}{n}")
        body = normalised(response.content.decode())
        (args.out / file_name(path)).write_text(f"{response.status_code} {path}\n{body}")
        print(response.status_code, path, len(response.content), "bytes")


if __name__ == "__main__":
    main()
