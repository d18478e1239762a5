"""Sandbox load test: concurrent clients running mixed verification flows on loopback for a fixed time.

Each client loops: create a token, read its status and data, finish it through the control API,
read the status again, delete it, and check that it is gone. Counted: requests, transport errors,
5xx answers, verifications that were not readable before deletion or still readable after it, and
the sandbox process's peak memory (VmHWM).
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from benchmarks.harness import ROOT, Budget, Sample, Table, free_port

AUTH = ("sandbox-key", "sandbox-secret")


@dataclass
class LoadResult:
    requests: int = 0
    transport_errors: int = 0
    server_errors: int = 0
    lost: int = 0  # a created verification not readable before its deletion
    undead: int = 0  # a deleted verification still readable
    flows: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


async def _flow(client: httpx.AsyncClient, result: LoadResult, index: int) -> None:
    async def call(method: str, path: str, **kwargs: object) -> httpx.Response | None:
        result.requests += 1
        try:
            response = await client.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError:
            result.transport_errors += 1
            return None
        result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500:
            result.server_errors += 1
        return response

    created = await call("POST", "/api/v2/token", json={"clientId": f"load-{index}", "firstName": "Load"}, auth=AUTH)
    if created is None or created.status_code != 201:
        return
    scan = {"scanRef": created.json()["scanRef"]}
    status = await call("POST", "/api/v2/status", json=scan, auth=AUTH)
    if status is not None and status.status_code != 200:
        result.lost += 1
    await call("POST", "/api/v2/data", json=scan, auth=AUTH)
    await call("POST", f"/__sandbox/idenfy/verifications/{scan['scanRef']}/finish", json={"status": "APPROVED"})
    await call("POST", "/api/v2/status", json=scan, auth=AUTH)
    await call("POST", "/api/v2/delete", json=scan, auth=AUTH)
    gone = await call("POST", "/api/v2/status", json=scan, auth=AUTH)
    if gone is not None and gone.status_code != 404:
        result.undead += 1
    result.flows += 1


async def _client(base_url: str, result: LoadResult, deadline: float, number: int) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        index = 0
        while time.monotonic() < deadline:
            await _flow(client, result, number * 1_000_000 + index)
            index += 1


#: "bounded", as a number: the sandbox process under load (store capped at 10,000 verifications) stays below this.
PEAK_RSS_MIB = 256


def run_load(base_url: str, *, clients: int, seconds: float) -> LoadResult:
    result = LoadResult()

    async def main() -> None:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(_client(base_url, result, deadline, n) for n in range(clients)))

    asyncio.run(main())
    return result


def peak_rss_mib(pid: int) -> float:
    """The peak resident memory (VmHWM) of process ``pid``, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextlib.contextmanager
def sandbox_process(vendor: str = "idenfy") -> Iterator[tuple[str, int]]:
    """(base URL, pid) of ``idvkit sandbox VENDOR`` in its own process on a free loopback port."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "idvkit.cli", "sandbox", vendor, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        text=True,
    )
    try:
        assert server.stdout is not None
        if "127.0.0.1" not in server.stdout.readline():  # the start-up line: the server is listening
            raise RuntimeError(f"idvkit sandbox {vendor} did not start")
        yield f"http://127.0.0.1:{port}", server.pid
    finally:
        server.terminate()
        server.wait(timeout=10)


def bench_sandbox_load(budget: Budget) -> Table:
    clients, seconds = (50, 30.0) if budget.repeats > 1 else (5, 2.0)
    table = Table(
        title=f"Sandbox load: {clients} concurrent clients, {seconds:.0f} s of mixed flows", command="make bench"
    )
    with sandbox_process() as (base_url, pid):
        started = time.perf_counter()
        result = run_load(base_url, clients=clients, seconds=seconds)
        elapsed = time.perf_counter() - started
        peak = peak_rss_mib(pid)
    table.samples += [
        Sample("requests per second", [result.requests / elapsed], "", unit="req/s"),
        Sample("requests", [float(result.requests)], "", unit=""),
        Sample("complete flows", [float(result.flows)], "", unit=""),
        Sample("transport errors", [float(result.transport_errors)], "0", unit=""),
        Sample("5xx answers", [float(result.server_errors)], "0", unit=""),
        Sample("verifications not readable before deletion", [float(result.lost)], "0", unit=""),
        Sample("verifications readable after deletion", [float(result.undead)], "0", unit=""),
        Sample("sandbox peak RSS", [peak], f"<= {PEAK_RSS_MIB} MiB", unit="MiB"),
    ]
    table.notes.append(f"Statuses seen: {dict(sorted(result.statuses.items()))}. One run (a soak, not a median).")
    return table
