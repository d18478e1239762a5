"""The proxy's connections to its upstream: httpx clients of one connection each ("lanes"), one exchange at a time.

One ``httpx.AsyncClient`` with a pool of many connections gets slower the more requests wait in it at once
(httpcore's pool scans its waiting requests on every change; encode/httpx#3215): on this project's 2-core
machine 32 concurrent requests through one client made about 200 requests per second, 32 clients of one
connection each about 1,600 (docs/BENCHMARKS.md, proxy table). A lane is such a client; an exchange takes an
idle lane (or opens one, up to ``size``), keeps it until its response is closed, and gives it back. Each lane is
a plain httpx client, so timeouts, streaming and errors are httpx's own; waiting longer than the pool timeout
for a lane raises ``httpx.PoolTimeout`` like httpx's own pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx


class UpstreamLanes:
    """Up to ``size`` single-connection clients made by ``make_client``, most recently used first."""

    def __init__(self, make_client: Callable[[httpx.Limits], httpx.AsyncClient], *, size: int, wait: float) -> None:
        if size < 1:
            raise ValueError(f"size: at least one lane is needed, got {size}")
        self._make_client = make_client
        self._size = size
        self._wait = wait
        self._idle: list[httpx.AsyncClient] = []
        self._all: list[httpx.AsyncClient] = []
        self._waiters: list[asyncio.Future[httpx.AsyncClient]] = []

    @property
    def opened(self) -> int:
        """How many lanes exist (idle or busy)."""
        return len(self._all)

    async def acquire(self) -> httpx.AsyncClient:
        """An idle lane, a new one while fewer than ``size`` exist, else the next one given back."""
        if self._idle:
            return self._idle.pop()
        if len(self._all) < self._size:
            client = self._make_client(httpx.Limits(max_connections=1, max_keepalive_connections=1))
            self._all.append(client)
            return client
        waiter: asyncio.Future[httpx.AsyncClient] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter, self._wait)
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self.release(waiter.result())  # handed over just as this exchange gave up: pass it on
            if isinstance(exc, TimeoutError):
                raise httpx.PoolTimeout(f"no upstream connection became free within {self._wait:g} s") from None
            raise
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def release(self, client: httpx.AsyncClient) -> None:
        """Give ``client`` back: to the longest-waiting exchange, else to the idle lanes."""
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(client)
                return
        self._idle.append(client)

    async def aclose(self) -> None:
        clients, self._all, self._idle = self._all, [], []
        for waiter in self._waiters:
            if not waiter.done():
                waiter.cancel()
        self._waiters.clear()
        for client in clients:
            await client.aclose()
