"""The embedded sandbox: requests per second against Stoplight Prism's mock, and memory under load.

Both servers serve the same bundled iDenfy spec on loopback and get the same load from ``wrk``
(same threads, connections and duration), interleaved, so that the ratio is measured side by side.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks import wrk
from benchmarks.harness import ROOT, Budget, Sample, Table, free_port

PRISM_VERSION = "5"
BODY = json.dumps({"clientId": "bench-client", "firstName": "Bench", "lastName": "Client"})
AUTH = "Basic c2FuZGJveC1rZXk6c2FuZGJveC1zZWNyZXQ="  # sandbox-key:sandbox-secret, the sandbox's public default


def _wait(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


@contextmanager
def _server(command: list[str], port: int) -> Iterator[None]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        _wait(port)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def _prism() -> list[str] | None:
    """The prism command, installing @stoplight/prism-cli into a cache folder on first use."""
    if shutil.which("npm") is None:
        return None
    cache = ROOT / ".venv" / "prism"
    binary = cache / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", "--no-audit", "--no-fund", f"@stoplight/prism-cli@{PRISM_VERSION}"],
            cwd=cache,
            check=True,
            capture_output=True,
        )
    return [str(binary)]


def bench_sandbox_throughput(budget: Budget) -> Table:
    table = Table(
        title="Sandbox throughput: POST /api/v2/token, idvkit sandbox vs Stoplight Prism mock (same spec, wrk)",
        command="make bench",
    )
    prism = _prism()
    if not wrk.available() or prism is None:
        table.notes.append("Skipped: needs `wrk` (Debian package) and Node.js/npm for Prism.")
        return table
    seconds = 5 if budget.repeats > 1 else 2
    spec = ROOT / "generated" / "idvkit_specs" / "idenfy.json"
    with tempfile.TemporaryDirectory() as tmp:
        script = wrk.post_script(
            Path(tmp) / "post.lua", BODY, {"Content-Type": "application/json", "Authorization": AUTH}
        )
        ours, theirs = [], []
        for _ in range(max(1, budget.repeats // 2 + 1)):
            port = free_port()
            sandbox = [sys.executable, "-m", "idvkit.cli", "sandbox", "idenfy", "--port", str(port)]
            with _server(sandbox, port):
                ours.append(wrk.run_wrk(f"http://127.0.0.1:{port}/api/v2/token", seconds, script).per_second)
            port = free_port()
            with _server([*prism, "mock", str(spec), "-p", str(port), "-h", "127.0.0.1"], port):
                theirs.append(wrk.run_wrk(f"http://127.0.0.1:{port}/api/v2/token", seconds, script).per_second)
    version = subprocess.run([*prism, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    table.samples.append(Sample("idvkit sandbox: requests/s", ours, "", unit="req/s"))
    table.samples.append(Sample(f"Prism {version} mock: requests/s", theirs, "", unit="req/s"))
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    table.samples.append(Sample("ratio idvkit / Prism (per interleaved pair)", ratios, ">= 3x", unit="x"))
    table.notes.append(
        f"wrk -t{wrk.THREADS} -c{wrk.CONNECTIONS} -d{seconds}s, POST with a JSON body and basic auth; one server at a time,"
        " alternating; both on 127.0.0.1 of the same 2-core machine as wrk. Prism answers from the spec's examples"
        " (no state); the sandbox validates the request, creates a verification and echoes it."
    )
    return table


MEMORY_PROBE = """
import asyncio, json, resource, sys
import httpx
from idvkit.sandbox import create_sandbox
sandbox = create_sandbox("idenfy")
body = {"clientId": "memory-probe", "firstName": "Memory", "lastName": "Probe"}
checkpoints = [int(n) for n in sys.argv[1:]]
async def main():
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=("sandbox-key", "sandbox-secret")) as client:
        done = 0
        for checkpoint in checkpoints:
            while done < checkpoint:
                response = await client.post("/api/v2/token", json=body)
                assert response.status_code == 201, response.text
                done += 1
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(json.dumps({"tokens": done, "peak_rss_kib": rss, "stored": len(sandbox.behaviour.verifications)}), flush=True)
asyncio.run(main())
"""


#: "bounded": what peak RSS may still grow once the store holds its maximum (allocator noise, not storage).
MEMORY_GROWTH_MIB = 5


def bench_sandbox_memory(budget: Budget) -> Table:
    # more than twice the store's bound (10,000): peak RSS must be flat from the first checkpoint on
    total = 24_000 if budget.repeats > 1 else 2_000
    checkpoints = [10_000, total // 2 + 5_000, total] if budget.repeats > 1 else [total // 3, 2 * total // 3, total]
    table = Table(title=f"Sandbox memory: peak RSS while creating {total:,} verifications", command="make bench")
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, *map(str, checkpoints)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    elapsed = time.perf_counter() - started
    points = [json.loads(line) for line in output.splitlines()]
    for point in points:
        table.samples.append(
            Sample(
                f"after {point['tokens']:,} tokens ({point['stored']:,} stored)",
                [point["peak_rss_kib"] / 1024],
                unit="MiB",
            )
        )
    # "bounded", as a number: once the store is full, creating more verifications adds (almost) no memory
    full = [point for point in points if point["stored"] == points[-1]["stored"]]
    growth = (full[-1]["peak_rss_kib"] - full[0]["peak_rss_kib"]) / 1024
    table.samples.append(
        Sample(
            f"peak RSS growth from {full[0]['tokens']:,} to {full[-1]['tokens']:,} tokens (store full)",
            [growth],
            f"<= {MEMORY_GROWTH_MIB} MiB",
            unit="MiB",
        )
    )
    table.notes.append(
        f"In-process (httpx.ASGITransport), {elapsed:.0f} s. The store keeps at most 10,000 verifications"
        " (least recently used first out, 31-day TTL): peak RSS must stop growing once the bound is reached."
    )
    return table
