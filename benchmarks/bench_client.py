"""Generated-client call overhead versus a raw httpx call on the same transport (sync and async)."""

from __future__ import annotations

import asyncio
import gc
import json
import time
from collections.abc import Awaitable, Callable

import httpx
from idenfy_client.api.verification_data import get_status
from idenfy_client.models import ScanRefRequest

from benchmarks.harness import Budget, Sample, Table
from idvkit import clients

STATUS = {
    "status": "APPROVED",
    "scanRef": "9b11acb2-8c27-11e9-9758-309c231b1bac",
    "clientId": "bench",
    "autoDocument": "DOC_VALIDATED",
    "autoFace": "FACE_MATCH",
    "manualDocument": "DOC_VALIDATED",
    "manualFace": "FACE_MATCH",
    "fraudTags": [],
    "mismatchTags": [],
}
_CONTENT = json.dumps(STATUS).encode()
_BODY = {"scanRef": STATUS["scanRef"]}


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=_CONTENT, headers={"Content-Type": "application/json"})


def _per_call(calls: int, run: Callable[[], object]) -> float:
    gc.collect()  # each side starts with the same heap, not with the other side's garbage
    started = time.perf_counter()
    for _ in range(calls):
        run()
    return (time.perf_counter() - started) / calls * 1e6


async def _per_call_async(calls: int, run: Callable[[], Awaitable[object]]) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(calls):
        await run()
    return (time.perf_counter() - started) / calls * 1e6


def bench_client_overhead(budget: Budget) -> Table:
    calls = 2_000 if budget.repeats > 1 else 50
    table = Table(
        title=f"Client call overhead: generated getStatus vs raw httpx, same MockTransport ({calls:,} calls per run)",
        command="make bench",
    )
    transport = httpx.MockTransport(_handler)
    client = clients.idenfy("bench-key", "bench-secret", retry=None, httpx_args={"transport": transport})
    raw = httpx.Client(base_url=clients.IDENFY_PRODUCTION, transport=transport, auth=("bench-key", "bench-secret"))
    body = ScanRefRequest(scan_ref=str(STATUS["scanRef"]))

    def generated() -> object:
        return get_status.sync_detailed(client=client, body=body).parsed

    def plain() -> object:
        return raw.post("/api/v2/status", json=_BODY).json()

    ours, theirs = [], []
    for repeat in range(budget.repeats):
        # alternate which side goes first (ABBA), so that warm-up and drift do not favour one side
        if repeat % 2:
            ours.append(_per_call(calls, generated))
            theirs.append(_per_call(calls, plain))
        else:
            theirs.append(_per_call(calls, plain))
            ours.append(_per_call(calls, generated))
    table.samples.append(Sample("sync: raw httpx (post + json)", theirs, "", unit="µs"))
    table.samples.append(Sample("sync: generated client (sync_detailed, parsed model)", ours, "", unit="µs"))
    table.samples.append(
        Sample("sync: ratio generated / raw", [a / b for a, b in zip(ours, theirs, strict=True)], "<= 1.15x", unit="x")
    )

    async def measure_async() -> tuple[list[float], list[float]]:
        async_raw = httpx.AsyncClient(
            base_url=clients.IDENFY_PRODUCTION, transport=transport, auth=("bench-key", "bench-secret")
        )

        async def generated_async() -> object:
            return (await get_status.asyncio_detailed(client=client, body=body)).parsed

        async def plain_async() -> object:
            return (await async_raw.post("/api/v2/status", json=_BODY)).json()

        mine, raw_times = [], []
        for repeat in range(budget.repeats):
            if repeat % 2:
                mine.append(await _per_call_async(calls, generated_async))
                raw_times.append(await _per_call_async(calls, plain_async))
            else:
                raw_times.append(await _per_call_async(calls, plain_async))
                mine.append(await _per_call_async(calls, generated_async))
        await async_raw.aclose()
        return mine, raw_times

    ours_async, theirs_async = asyncio.run(measure_async())
    table.samples.append(Sample("async: raw httpx (post + json)", theirs_async, "", unit="µs"))
    table.samples.append(Sample("async: generated client (asyncio_detailed, parsed model)", ours_async, "", unit="µs"))
    ratios = [a / b for a, b in zip(ours_async, theirs_async, strict=True)]
    table.samples.append(Sample("async: ratio generated / raw", ratios, "<= 1.15x", unit="x"))
    table.notes.append(
        "Both sides authenticate with basic auth and decode the JSON body; the generated client also builds"
        " the typed StatusResponse model. Retries are off on the generated side (retry=None) to compare the"
        " call path only. The two sides alternate which goes first (ABBA) and start from a collected heap."
    )
    return table
