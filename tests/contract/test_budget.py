"""The request/time budget of remote runs: a ceiling that trips exactly once."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from idvkit.contract._budget import MAX_REQUESTS_VARIABLE, MAX_SECONDS_VARIABLE, RunBudget, environment_of


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=0, max_value=600))
def test_request_budget_trips_on_the_nth_request_and_only_then(limit: int, sent: int) -> None:
    budget = RunBudget(max_requests=limit)
    trips = [budget.spend() for _ in range(sent)]
    assert trips.count(True) == (1 if sent >= limit else 0)
    if sent >= limit:
        assert trips.index(True) == limit - 1
        assert budget.exhausted == "requests"
    assert budget.requests == sent


def test_time_budget_counts_from_the_first_request() -> None:
    clock = FakeClock()
    budget = RunBudget(max_seconds=60, clock=clock)
    clock.now += 1000  # time before the first request is not spent
    assert budget.spend() is False
    clock.now += 59.9
    assert budget.spend() is False
    clock.now += 0.1
    assert budget.spend() is True
    assert budget.exhausted == "time"
    assert budget.spend() is False


def test_unlimited_budget_never_trips() -> None:
    budget = RunBudget()
    assert not budget.limited
    assert not any(budget.spend() for _ in range(10_000))


def test_budget_travels_by_environment() -> None:
    environment = environment_of(25, 90.5)
    assert environment == {MAX_REQUESTS_VARIABLE: "25", MAX_SECONDS_VARIABLE: "90.5"}
    budget = RunBudget.from_environment(environment)
    assert (budget.max_requests, budget.max_seconds) == (25, 90.5)
    assert environment_of(None, None) == {}
    assert not RunBudget.from_environment({}).limited


def test_concurrent_spending_trips_once() -> None:
    budget = RunBudget(max_requests=1000)
    trips: list[bool] = []
    lock = threading.Lock()

    def spend() -> None:
        for _ in range(250):
            tripped = budget.spend()
            with lock:
                trips.append(tripped)

    threads = [threading.Thread(target=spend) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert budget.requests == 2000
    assert trips.count(True) == 1
