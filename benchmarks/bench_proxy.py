"""``idvkit proxy``: what it adds to each exchange, side by side with the same calls sent directly.

The embedded iDenfy sandbox runs in its own process (``idvkit sandbox``), the proxy in another (``idvkit proxy
--upstream`` the sandbox, observe-only, no capture), and one asyncio client process sends the load:

- latency: ``POST /api/v2/token`` with JSON bodies of about 100 B, 1 KB and 10 KB at a fixed 200 requests per
  second (open loop), alternating between the sandbox directly and through the proxy, so both see the same
  machine at the same moment; the added latency is the difference of the percentiles;
- throughput: the proxy's own, in front of an upstream that costs next to nothing (``constant_upstream``: the
  documented createToken answer, which the proxy validates like any other), loaded by ``wrk`` (C) where it is
  installed, else by 32 asyncio clients; side by side with the same load sent to that upstream directly;
- memory: the proxy's peak RSS (VmHWM) after 1,000 requests and after 100,000, which stays flat when memory is
  bounded (target: at most 32 MiB of growth).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx

from benchmarks import wrk
from benchmarks.bench_load import peak_rss_mib, sandbox_process
from benchmarks.harness import ROOT, Budget, Sample, Table, free_port

AUTH = ("sandbox-key", "sandbox-secret")  # the embedded sandbox's documented default credentials
RATE = 200
SIZES = (100, 1_000, 10_000)
CONCURRENCY = 32
#: transport errors seen, by target and kind (reported under the table, never hidden)
ERRORS: Counter[str] = Counter()


def _body(size: int) -> bytes:
    """A TokenRequest of about ``size`` bytes (the padding is in additionalData, a free-form object)."""
    base = {"clientId": "bench-client", "additionalData": {"BENCH": {"note": ""}}}
    padding = max(0, size - len(json.dumps(base)))
    base["additionalData"] = {"BENCH": {"note": "x" * padding}}
    return json.dumps(base).encode()


@contextlib.contextmanager
def proxy_process(upstream: str) -> Iterator[tuple[str, int]]:
    """(base URL, pid) of ``idvkit proxy idenfy --upstream UPSTREAM`` on a free loopback port."""
    port = free_port()
    command = [sys.executable, "-m", "idvkit.cli", "proxy", "idenfy", "--upstream", upstream, "--port", str(port)]
    command += ["--summary", "/dev/null"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True)
    try:
        assert server.stdout is not None
        if "proxy on" not in server.stdout.readline():
            raise RuntimeError("idvkit proxy did not start")
        # the live report (a line per violation) must not block on a full pipe
        drain = subprocess.Popen(["cat"], stdin=server.stdout, stdout=subprocess.DEVNULL)
        yield f"http://127.0.0.1:{port}", server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)
        drain.wait(timeout=10)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _paced(direct: str, proxied: str, body: bytes, seconds: float) -> tuple[list[float], list[float]]:
    """Latencies (ms) of requests sent at RATE per second, alternately direct and through the proxy."""
    latencies: dict[str, list[float]] = {direct: [], proxied: []}
    headers = {"content-type": "application/json"}
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(auth=AUTH, timeout=30, limits=limits, trust_env=False) as client:

        async def one(url: str) -> None:
            started = time.perf_counter()
            try:
                await client.post(f"{url}/api/v2/token", content=body, headers=headers)
            except httpx.HTTPError as exc:
                ERRORS[f"{'proxy' if url == proxied else 'direct'}: {type(exc).__name__}"] += 1
                return
            latencies[url].append((time.perf_counter() - started) * 1000)

        for url in (direct, proxied):  # warm the connections
            await one(url)
        latencies = {direct: [], proxied: []}
        tasks = []
        start = time.perf_counter()
        for index in range(int(RATE * seconds)):
            delay = start + index / RATE - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(direct if index % 2 == 0 else proxied)))
        await asyncio.gather(*tasks)
    return latencies[direct], latencies[proxied]


async def _flood(url: str, body: bytes, *, requests: int | None = None, seconds: float | None = None) -> int:
    """Requests completed by CONCURRENCY clients: ``requests`` in all, or as many as fit in ``seconds``."""
    done = 0
    deadline = time.monotonic() + (seconds or 1e9)
    headers = {"content-type": "application/json"}
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(auth=AUTH, timeout=30, limits=limits, trust_env=False) as client:

        async def worker() -> None:
            nonlocal done
            while time.monotonic() < deadline and (requests is None or done < requests):
                done += 1
                try:
                    await client.post(f"{url}/api/v2/token", content=body, headers=headers)
                except httpx.HTTPError as exc:
                    ERRORS[f"{url}: {type(exc).__name__}"] += 1

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return done


@contextlib.contextmanager
def constant_upstream() -> Iterator[str]:
    """Base URL of benchmarks.constant_upstream under uvicorn (httptools, uvloop) on a free loopback port."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "benchmarks.constant_upstream:app", "--port", str(port)]
    command += ["--host", "127.0.0.1", "--http", "httptools", "--loop", "uvloop", "--log-level", "warning"]
    command += ["--no-access-log"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.post(f"http://127.0.0.1:{port}/api/v2/token", content=b"{}", timeout=1, trust_env=False)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the constant upstream did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class _Load:
    """Sends the 1 KB token request to a URL: with wrk when installed, else with asyncio clients (_flood)."""

    def __init__(self, script: Path | None) -> None:
        self.script = script

    def per_second(self, url: str, seconds: float) -> float:
        if self.script is not None:
            return wrk.run_wrk(f"{url}/api/v2/token", seconds, self.script).per_second
        started = time.perf_counter()
        count = asyncio.run(_flood(url, _body(1_000), seconds=seconds))
        return count / (time.perf_counter() - started)

    def send(self, url: str, requests: int) -> int:
        """At least ``requests`` requests (wrk runs by time: repeated until the count is reached)."""
        if self.script is None:
            return asyncio.run(_flood(url, _body(1_000), requests=requests))
        sent = 0
        while sent < requests:
            rate = self.per_second(url, 1) if sent == 0 else None
            seconds = max(1.0, (requests - sent) / (rate or 1_000))
            sent += wrk.run_wrk(f"{url}/api/v2/token", seconds, self.script).requests
        return sent


def bench_proxy(budget: Budget, *, requests: int = 100_000, seconds: float = 5.0) -> Table:
    """Latency added, throughput and memory of ``idvkit proxy`` (see the module docstring)."""
    repeats = min(budget.repeats, 3)
    if budget.repeats <= 1:  # the harness test's tiny budget
        requests, seconds = 2_000, 1.0
    table = Table(
        title="Proxy: direct vs through idvkit proxy (iDenfy sandbox upstream, observe-only)",
        command="make bench",
    )
    with sandbox_process() as (direct, _), proxy_process(direct) as (proxied, _pid):
        for size in SIZES:
            body = _body(size)
            added50, added95, direct95, proxy95 = [], [], [], []
            for _ in range(repeats):
                plain, through = asyncio.run(_paced(direct, proxied, body, seconds))
                added50.append(statistics.median(through) - statistics.median(plain))
                added95.append(_percentile(through, 0.95) - _percentile(plain, 0.95))
                direct95.append(_percentile(plain, 0.95))
                proxy95.append(_percentile(through, 0.95))
            label = f"{len(body) / 1000:.1f} KB JSON at {RATE} req/s"
            table.samples += [
                Sample(f"p95 direct, {label}", direct95, "", unit="ms"),
                Sample(f"p95 through the proxy, {label}", proxy95, "", unit="ms"),
                Sample(f"added latency p50, {label}", added50, "", unit="ms"),
                Sample(f"added latency p95, {label}", added95, "<= 5 ms", unit="ms"),
            ]
    with (
        tempfile.TemporaryDirectory() as tmp,
        constant_upstream() as upstream,
        proxy_process(upstream) as (
            proxied,
            pid,
        ),
    ):
        script = None
        if wrk.available():
            headers = {
                "Content-Type": "application/json",
                "Authorization": "Basic c2FuZGJveC1rZXk6c2FuZGJveC1zZWNyZXQ=",
            }
            script = wrk.post_script(Path(tmp) / "token.lua", _body(1_000).decode(), headers)
        load = _Load(script)
        throughput, direct_throughput = [], []
        for _ in range(repeats):
            throughput.append(load.per_second(proxied, seconds))
            direct_throughput.append(load.per_second(upstream, seconds))
        table.samples += [
            Sample("max throughput, constant upstream directly, 1 KB JSON", direct_throughput, "", unit="req/s"),
            Sample("max throughput through the proxy, 1 KB JSON", throughput, ">= 1000 req/s", unit="req/s"),
        ]
        early = load.send(proxied, min(1_000, requests))
        after_early = peak_rss_mib(pid)
        total = early + load.send(proxied, requests - early)
        after_all = peak_rss_mib(pid)
        table.samples += [
            Sample(f"proxy peak RSS after {early:,} requests", [after_early], "", unit="MiB"),
            Sample(f"proxy peak RSS after {total:,} requests", [after_all], "", unit="MiB"),
            Sample(
                f"proxy peak RSS growth from {early:,} to {total:,} requests",
                [after_all - after_early],
                "<= 32 MiB",
                unit="MiB",
            ),
        ]
    if ERRORS:
        table.notes.append(f"Transport errors: {dict(ERRORS)}.")
    client = f"wrk -t{wrk.THREADS} -c{wrk.CONNECTIONS}" if script else f"{CONCURRENCY} concurrent asyncio clients"
    table.notes.append(
        f"Latency: {RATE} req/s for {seconds:.0f} s per run, half of them direct, half through the proxy, "
        f"interleaved; {repeats} runs; upstream the embedded iDenfy sandbox. Throughput and memory: upstream "
        f"benchmarks/constant_upstream.py (createToken's documented answer, validated by the proxy), load {client} "
        f"for {seconds:.0f} s per run, proxy and direct alternating. Client, proxy and upstream share this machine's "
        "2 cores."
    )
    return table
