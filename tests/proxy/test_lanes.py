"""The proxy's upstream lanes (proxy/_lanes.py): one exchange per single-connection client, none lost or shared."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.proxy._lanes import UpstreamLanes


def lanes(size: int, wait: float = 5.0) -> tuple[UpstreamLanes, list[httpx.Limits]]:
    made: list[httpx.Limits] = []

    def make(limits: httpx.Limits) -> httpx.AsyncClient:
        made.append(limits)
        return httpx.AsyncClient(limits=limits)

    return UpstreamLanes(make, size=size, wait=wait), made


def test_each_lane_is_a_single_connection_client_opened_only_when_needed() -> None:
    async def scenario() -> None:
        pool, made = lanes(3)
        first = await pool.acquire()
        pool.release(first)
        again = await pool.acquire()
        assert again is first  # an idle lane is reused before a new one is opened
        second = await pool.acquire()
        assert second is not first
        assert pool.opened == 2
        assert all(limits.max_connections == 1 for limits in made)
        await pool.aclose()

    asyncio.run(scenario())


@settings(max_examples=30, deadline=None)
@given(size=st.integers(1, 5), exchanges=st.integers(1, 40), delays=st.lists(st.integers(0, 3), min_size=1))
def test_concurrent_exchanges_never_share_a_lane_and_never_exceed_its_size(
    size: int, exchanges: int, delays: list[int]
) -> None:
    async def scenario() -> None:
        pool, _ = lanes(size)
        busy: set[int] = set()
        most = 0

        async def exchange(index: int) -> None:
            nonlocal most
            lane = await pool.acquire()
            assert id(lane) not in busy, "a lane was handed to two exchanges at once"
            busy.add(id(lane))
            most = max(most, len(busy))
            for _ in range(delays[index % len(delays)]):
                await asyncio.sleep(0)
            busy.remove(id(lane))
            pool.release(lane)

        await asyncio.gather(*(exchange(index) for index in range(exchanges)))
        assert pool.opened <= size
        assert most <= size
        await pool.aclose()

    asyncio.run(scenario())


def test_waiting_longer_than_the_timeout_is_an_httpx_pool_timeout() -> None:
    async def scenario() -> None:
        pool, _ = lanes(1, wait=0.05)
        held = await pool.acquire()
        with pytest.raises(httpx.PoolTimeout, match=r"no upstream connection became free within 0\.05 s"):
            await pool.acquire()
        pool.release(held)
        assert await pool.acquire() is held  # the timed-out waiter took nothing with it
        await pool.aclose()

    asyncio.run(scenario())


def test_a_lane_handed_to_a_cancelled_exchange_goes_to_the_next() -> None:
    async def scenario() -> None:
        pool, _ = lanes(1)
        held = await pool.acquire()
        cancelled = asyncio.create_task(pool.acquire())
        patient = asyncio.create_task(pool.acquire())
        await asyncio.sleep(0)
        pool.release(held)  # handed to the first waiter...
        cancelled.cancel()  # ...which is cancelled before it runs
        # Python 3.11's wait_for returns a result that arrived with the cancellation: the exchange goes on with
        # the lane and gives it back; 3.12+ raise, and the lane is passed on at once
        with contextlib.suppress(asyncio.CancelledError):
            pool.release(await cancelled)
        assert await asyncio.wait_for(patient, 1) is held
        await pool.aclose()

    asyncio.run(scenario())


def test_at_least_one_lane() -> None:
    with pytest.raises(ValueError, match="at least one lane"):
        lanes(0)
