"""Bounded, thread-safe state: MemoryStore's LRU and TTL, the sandboxes' memory bound, concurrent requests."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from idvkit.sandbox import IdenfySandbox, LiveIdSandbox, create_sandbox, running_server
from idvkit.sandbox._idenfy import Verification
from idvkit.sandbox._store import MemoryStore
from tests.sandbox._support import APIKEY, AUTH, Api, asgi_post, basic_auth_header, check_response, document, run


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_least_recently_used_entries_are_evicted_first() -> None:
    store: MemoryStore[int] = MemoryStore(max_entries=3, clock=FakeClock())
    for number, key in enumerate("abc"):
        store.put(key, number)
    assert store.get("a") == 0  # "a" is now the most recently used
    store.put("d", 3)
    assert len(store) == 3
    assert store.get("b") is None
    assert [store.get(key) for key in "acd"] == [0, 2, 3]
    store.put("c", 20)  # a write counts as a use too
    store.put("e", 4)
    assert store.get("a") is None
    assert sorted(store.values()) == [3, 4, 20]
    assert store.delete("e") is True
    assert store.delete("e") is False
    assert len(store) == 2
    store.clear()
    assert len(store) == 0
    assert store.values() == []


def test_entries_expire_ttl_seconds_after_their_last_write() -> None:
    clock = FakeClock()
    store: MemoryStore[str] = MemoryStore(max_entries=10, ttl=60, clock=clock)
    store.put("old", "o")
    clock.now += 30
    store.put("new", "n")
    clock.now += 30
    assert store.get("old") == "o"  # exactly ttl seconds: still alive
    assert sorted(store.values()) == ["n", "o"]
    clock.now += 0.5
    assert store.get("old") is None
    assert store.values() == ["n"]
    assert len(store) == 1
    store.put("new", "n2")  # rewriting restarts the TTL
    clock.now += 59
    assert store.get("new") == "n2"
    clock.now += 2
    assert store.get("new") is None
    assert store.values() == []


@pytest.mark.parametrize(("max_entries", "ttl"), [(0, 10.0), (-1, 10.0), (10, 0.0), (10, -5.0)])
def test_a_store_needs_a_positive_bound_and_ttl(max_entries: int, ttl: float) -> None:
    with pytest.raises(ValueError, match="max_entries"):
        MemoryStore(max_entries=max_entries, ttl=ttl, clock=FakeClock())


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads as often as possible, so that unlocked check-then-act sequences interleave."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


@pytest.mark.usefixtures("fast_switching")
def test_concurrent_use_from_many_threads() -> None:
    clock = FakeClock()
    store: MemoryStore[tuple[str, int]] = MemoryStore(max_entries=50, ttl=5, clock=clock)
    keys = [f"key-{n}" for n in range(80)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(seed: int) -> None:
        rng = random.Random(seed)
        barrier.wait()
        try:
            for step in range(4_000):
                key = rng.choice(keys)
                action = rng.random()
                if action < 0.4:
                    store.put(key, (key, step))
                elif action < 0.8:
                    found = store.get(key)
                    assert found is None or found[0] == key
                elif action < 0.9:
                    store.delete(key)
                elif action < 0.95:
                    assert all(value[0] in keys for value in store.values())
                else:
                    assert len(store) <= 50
                    list(iter(store))
                if step % 500 == 0 and seed == 0:
                    clock.now += 3  # some entries expire while others are read
        except BaseException as error:  # collected and checked in the main thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store) <= 50


def test_idenfy_sandbox_keeps_the_store_it_is_given() -> None:
    clock = FakeClock()
    store: MemoryStore[Verification] = MemoryStore(max_entries=100, clock=clock)
    sandbox = IdenfySandbox(document("idenfy"), store=store)
    assert sandbox.verifications is store


def test_a_non_empty_store_is_kept() -> None:
    """The same constructor keeps a store that already holds something (so the bug above is emptiness only)."""
    store: MemoryStore[Verification] = MemoryStore(max_entries=100, clock=FakeClock())
    store.put("x", Verification("x", "t", "c", 0.0, 1.0, {}))
    assert IdenfySandbox(document("idenfy"), store=store).verifications is store


def test_the_idenfy_sandboxs_memory_stays_bounded() -> None:
    sandbox = create_sandbox("idenfy")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    verifications: MemoryStore[Verification] = MemoryStore(max_entries=100, clock=sandbox.clock)
    tokens: MemoryStore[str] = MemoryStore(max_entries=100, clock=sandbox.clock)
    behaviour.verifications, behaviour.tokens = verifications, tokens

    auth = basic_auth_header()

    async def scenario(api: Api) -> tuple[str, str]:
        first = last = ""
        for number in range(3_000):
            body: dict[str, str] = {"clientId": f"c{number}"}
            if number % 10 == 0:  # a finished verification records a (skipped) callback delivery
                body |= {"dummyStatus": "APPROVED", "callbackUrl": "https://example.com/cb"}
            status, answer = await asgi_post(sandbox.app, "/api/v2/token", body, auth)
            assert status == 201
            last = answer["scanRef"]
            first = first or last
            assert len(verifications) <= 100
            assert len(tokens) <= 100
            assert len(sandbox.dispatcher.deliveries) <= 200
        assert (await api.idenfy("status", {"scanRef": last})).status_code == 200
        return first, last

    first, _ = run(sandbox, scenario)
    assert len(verifications) == 100
    assert verifications.get(first) is None


def test_the_liveid_sandboxs_memory_stays_bounded() -> None:
    sandbox = create_sandbox("liveid")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, LiveIdSandbox)
    behaviour.requests = MemoryStore(max_entries=50, clock=sandbox.clock)
    behaviour.conferences = MemoryStore(max_entries=50, clock=sandbox.clock)

    async def scenario(api: Api) -> str:
        first = ""
        for _ in range(1_000):
            status, answer = await asgi_post(sandbox.app, "/api/service/pushAsyncCall", {"b64Data": "e30="}, APIKEY)
            assert status == 200
            first = first or answer["uId"]
            assert len(behaviour.requests) <= 50
            assert len(behaviour.conferences) <= 50
        return first

    first = run(sandbox, scenario)
    assert behaviour.requests.get(first) is None


def test_concurrent_token_creation_through_a_real_server() -> None:
    sandbox = create_sandbox("idenfy")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    with running_server(sandbox.app) as url:

        def create(worker: int) -> list[tuple[str, str]]:
            created = []
            with httpx.Client(base_url=url, auth=AUTH) as client:
                for number in range(10):
                    response = client.post("/api/v2/token", json={"clientId": f"w{worker}-{number}"})
                    assert response.status_code == 201, response.text
                    check_response("idenfy", response)
                    created.append((response.json()["scanRef"], response.json()["authToken"]))
                    status = client.post("/api/v2/status", json={"scanRef": created[-1][0]})
                    assert status.json()["clientId"] == f"w{worker}-{number}"
            return created

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = [pair for batch in pool.map(create, range(8)) for pair in batch]
    assert len(results) == 80
    assert len({scan_ref for scan_ref, _ in results}) == 80
    assert len({token for _, token in results}) == 80
    assert len(behaviour.verifications) == 80


def test_concurrent_mixed_operations_through_a_real_server() -> None:
    sandbox = create_sandbox("idenfy")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    image = "iVBORw0KGgo="
    with running_server(sandbox.app) as url:

        def lifecycle(worker: int) -> list[int]:
            statuses: list[int] = []
            with httpx.Client(base_url=url, auth=AUTH) as client:
                for number in range(5):
                    token = client.post("/api/v2/token", json={"clientId": f"m{worker}-{number}"}).json()
                    process = {"authToken": token["authToken"], "country": "LT", "documentType": "PASSPORT"}
                    answers = [
                        client.post("/api/v2/process", json={**process, "images": {"FRONT": image, "FACE": image}}),
                        client.post("/api/v2/process", json={**process, "images": {"FRONT": image, "FACE": image}}),
                        client.post("/api/v2/data", json={"scanRef": token["scanRef"]}),
                        client.post("/api/v2/delete", json={"scanRef": token["scanRef"]}),
                        client.post("/api/v2/status", json={"scanRef": token["scanRef"]}),
                    ]
                    statuses.extend(answer.status_code for answer in answers)
                    for answer in answers:
                        check_response("idenfy", answer)
            return statuses

        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = [status for batch in pool.map(lifecycle, range(6)) for status in batch]
    assert statuses == [200, 400, 200, 200, 404] * 30
    assert len(behaviour.verifications) == 0
