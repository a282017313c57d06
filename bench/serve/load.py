"""One wrk run (paths.lua) and its figures."""

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Options:
    seconds: int = 20
    warmup: int = 5
    threads: int = 2
    connections: int = 32
    timeout: str = "30s"


@dataclass
class Result:
    requests: int
    rate: float
    p50: float  # ms
    p99: float  # ms
    non_2xx: int
    socket_errors: int
    hits: int
    answered: int
    load: float  # load average (1 min) at the end of the run

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.answered if self.answered else None


def wrk(base: str, paths: list[str], options: Options, seconds: int, unique: bool = False,
        cache_header: str | None = None, run_id: str = "0", label: str | None = None) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="newsdesk-bench-paths-") as listed:
        listed.write("\n".join(paths) + "\n")
        listed.flush()
        env = {**os.environ, "PATHS": listed.name, "RUN_ID": run_id}
        for name in ("UNIQUE", "CACHE_HEADER", "RUN_LABEL"):
            env.pop(name, None)
        if unique:
            env["UNIQUE"] = "1"
        if cache_header:
            env["CACHE_HEADER"] = cache_header
        if label:
            env["RUN_LABEL"] = label
        command = ["wrk", f"-t{options.threads}", f"-c{options.connections}", f"-d{seconds}s",
                   "--timeout", options.timeout, "-s", str(HERE / "paths.lua"), base]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"wrk gave no result:\n{done.stdout}\n{done.stderr}")
    requests, rate, p50, p99, non_2xx, socket_errors, hits, answered = line.split()[1:]
    return Result(int(requests), float(rate), float(p50), float(p99), int(non_2xx), int(socket_errors),
                  int(hits), int(answered), os.getloadavg()[0])
