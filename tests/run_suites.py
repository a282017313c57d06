"""`make test`: the whole suite on SQLite, then on PostgreSQL when one is configured or answers.

TEST_DATABASE_URL (or DATABASE_URL) names the PostgreSQL server; otherwise 127.0.0.1:5432 is
tried. With REQUIRE_POSTGRES=1 (CI) a missing server fails the run instead of being skipped.
"""

import os
import socket
import subprocess
import sys
import tempfile

LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/newsdesk"


def postgres_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url:
        return url if url.startswith(("postgres://", "postgresql://")) else None
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return LOCAL_POSTGRES
    except OSError:
        return None


def pytest(label: str, env: dict, extra: list[str]) -> int:
    print(f"\n=== tests on {label} ===", flush=True)
    return subprocess.call([sys.executable, "-m", "pytest", *extra], env=env)


def main() -> int:
    extra = sys.argv[1:]
    base = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    base.setdefault("NEWSDESK_DATA_DIR", tempfile.mkdtemp(prefix="newsdesk-test-"))
    failures = pytest("SQLite", base, extra)
    url = postgres_url()
    if url:
        failures |= pytest("PostgreSQL", {**base, "DATABASE_URL": url}, extra)
    elif os.environ.get("REQUIRE_POSTGRES") == "1":
        print("PostgreSQL is required (REQUIRE_POSTGRES=1) but none answers on 127.0.0.1:5432 "
              "and TEST_DATABASE_URL is not set.", file=sys.stderr)
        return 1
    else:
        print("\nPostgreSQL not found: the suite ran on SQLite only.")
    return failures


if __name__ == "__main__":
    sys.exit(main())
