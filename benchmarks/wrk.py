"""``wrk`` (the Debian package), the C load generator of the throughput benchmarks: a client that costs less
than the servers it measures, which matters on a 2-core machine where client and servers share the cores."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

THREADS, CONNECTIONS = 2, 50


@dataclass(frozen=True)
class WrkResult:
    requests: int
    per_second: float


def available() -> bool:
    return shutil.which("wrk") is not None


def post_script(path: Path, body: str, headers: dict[str, str]) -> Path:
    """Write a wrk Lua script that POSTs ``body`` with ``headers`` to ``path``; returns it."""
    lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(body)}"]
    lines += [f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}" for name, value in headers.items()]
    path.write_text("\n".join(lines) + "\n")
    return path


def run_wrk(url: str, seconds: float, script: Path, *, connections: int = CONNECTIONS) -> WrkResult:
    """Load ``url`` for ``seconds``; raises when wrk fails or sees a socket error or a non-2xx answer."""
    output = subprocess.run(
        ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    count = re.search(r"(\d+) requests in", output)
    if not rate or not count or re.search(r"Non-2xx or 3xx responses:|Socket errors:", output):
        raise RuntimeError(f"wrk failed or saw errors:\n{output}")
    return WrkResult(int(count.group(1)), float(rate.group(1)))
