"""The generated secret key is private from the moment its file exists."""

import os
import stat
import subprocess
import sys

# Records the key file's permissions at every audited step of start-up (each open, chmod, ...),
# so a file first written readable by others and only then chmod-ed is caught.
WATCH_KEY_FILE = """
import os, stat, sys
path = os.path.join(os.environ["NEWSDESK_DATA_DIR"], "secret_key")
seen = []
def audit(event, args):
    if event != "os.stat" and os.path.exists(path):
        seen.append(oct(stat.S_IMODE(os.stat(path).st_mode)))
sys.addaudithook(audit)
os.umask(0o022)
import newsdesk.settings
print(sorted(set(seen)))
"""


def start(data_dir) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "NEWSDESK_PRODUCTION"}}
    env["NEWSDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-c", WATCH_KEY_FILE], env=env, capture_output=True,
                          text=True, timeout=60)


def test_secret_key_file_is_never_readable_by_others(tmp_path):
    result = start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['0o600']"
    key_file = tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text().strip()) >= 50


def test_secret_key_is_kept_across_starts(tmp_path):
    assert start(tmp_path).returncode == 0
    first = (tmp_path / "secret_key").read_text()
    assert start(tmp_path).returncode == 0
    assert (tmp_path / "secret_key").read_text() == first
