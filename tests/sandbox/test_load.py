"""Load on loopback: 50 concurrent clients run mixed verification flows against a sandbox process.

The same driver as ``make bench`` (benchmarks/bench_load.py, 30 s there), for a shorter time: no transport
error, no 5xx, every created verification readable until deleted and gone after, memory bounded.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_load import peak_rss_mib, run_load, sandbox_process

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

CLIENTS = 50
SECONDS = 8.0


def test_fifty_concurrent_clients_get_no_errors_and_lose_nothing() -> None:
    with sandbox_process("idenfy") as (base_url, pid):
        result = run_load(base_url, clients=CLIENTS, seconds=SECONDS)
        peak = peak_rss_mib(pid)
    assert result.flows >= CLIENTS, result  # every client finished at least one whole flow
    assert result.transport_errors == 0, result
    assert result.server_errors == 0, result
    assert result.lost == 0, result
    assert result.undead == 0, result
    assert set(result.statuses) <= {200, 201, 404}, result.statuses
    assert peak < 300
