"""Hostile clients get bounded treatment: deep nesting is a 400, state is bounded by size, an unauthenticated
body is never read, request heads are bounded in size and every request in time.

Each test is written as the attack (found in the adversarial review of the embedded sandbox) and asserts the
safe outcome; the ones whose subject crosses a socket run a real server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import select
import socket
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idvkit.sandbox import (
    IdenfySandbox,
    LiveIdSandbox,
    Sandbox,
    create_sandbox,
    running_server,
)
from idvkit.sandbox._protocol import BoundedHttpToolsProtocol
from idvkit.sandbox._store import MemoryStore, approximate_size
from idvkit.sandbox._validation import MAX_JSON_DEPTH, json_depth
from tests.sandbox._support import APIKEY, AUTH, Api, asgi_post, assert_vendor_error, basic_auth_header, run

pytestmark = pytest.mark.timeout(180)

LEAF = "LEAF-VALUE-7731"  # stands for personal data: never in an answer
BASIC = basic_auth_header()["Authorization"]
AUTHORIZATION = {"Authorization": BASIC}


def nested(depth: int, kind: str) -> str:
    """JSON text: ``LEAF`` inside ``depth`` arrays or objects (written out: json.dumps would recurse)."""
    if kind == "array":
        return "[" * depth + json.dumps(LEAF) + "]" * depth
    return '{"k":' * depth + json.dumps(LEAF) + "}" * depth


# -- nesting ------------------------------------------------------------------------------------------


@cache
def sandbox_of(vendor: str) -> Sandbox:
    """One sandbox per vendor for the property (the requests it gets change no state)."""
    return create_sandbox(vendor)


#: (vendor, path, field, headers): the places of the review's finding (all POST)
PLACES = [
    ("idenfy", "/__sandbox/clock/advance", "seconds", {}),
    ("idenfy", "/api/v2/token", "clientId", AUTHORIZATION),
    ("idenfy", "/api/v2/status", "scanRef", AUTHORIZATION),
    ("markid", "/api/v2/token", "clientId", AUTHORIZATION),
    ("liveid", "/__sandbox/liveid/calls/x/complete", "closeStatus", {}),
    ("liveid", "/api/service/getCallInfoUID", "uId", APIKEY),
    ("liveid", "/api/service/pushAsyncCall", "b64Data", APIKEY),  # nesting inside the Base64 configuration
]


def nesting_request(
    vendor: str, path: str, field: str, headers: dict[str, str], depth: int, kind: str
) -> httpx.Response:
    """POST ``{field: <depth levels>}`` (for b64Data: the levels inside the Base64 configuration object)."""
    value = nested(depth, kind)
    if field == "b64Data":
        value = json.dumps(base64.b64encode(f'{{"a": {value}}}'.encode()).decode())
    content = f'{{"{field}": {value}}}'.encode()
    sent = {"Content-Type": "application/json", **headers}

    async def scenario(api: Api) -> httpx.Response:
        return await api.request("POST", path, content=content, headers=sent)

    return run(sandbox_of(vendor), scenario)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    place=st.sampled_from(PLACES),
    depth=st.just(300) | st.integers(MAX_JSON_DEPTH, 3_000) | st.integers(3_000, 200_000),
    kind=st.sampled_from(["array", "object"]),
)
def test_deep_nesting_anywhere_is_a_400_naming_the_field(
    place: tuple[str, str, str, dict[str, str]], depth: int, kind: str
) -> None:
    """Before: 300 levels were a 500 (jsonschema-rs: "Recursion limit reached")."""
    vendor, path, field, headers = place
    answer = nesting_request(vendor, path, field, headers, depth, kind)  # Api checks the spec and format
    assert answer.status_code == 400, answer.text
    assert_vendor_error(vendor, answer)
    assert f"'{field}'" in answer.text
    assert LEAF not in answer.text
    assert ("nested at most 64 levels" if field == "b64Data" else "nested too deeply") in answer.text


@pytest.mark.parametrize(("vendor", "path", "field", "headers"), PLACES)
def test_nesting_up_to_the_limit_is_read(vendor: str, path: str, field: str, headers: dict[str, str]) -> None:
    """MAX_JSON_DEPTH levels (the object, then 63 in the field) are read and validated as usual: a wrong type."""
    answer = nesting_request(vendor, path, field, headers, MAX_JSON_DEPTH - 1, "array")
    if field == "b64Data":  # a configuration of 64 levels is accepted
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 400, answer.text
        assert "has the wrong type" in answer.text


def test_a_made_up_field_is_not_repeated_in_the_answer() -> None:
    content = f'{{"clientId": "c", "{LEAF}": {nested(300, "array")}}}'.encode()

    async def scenario(api: Api) -> httpx.Response:
        return await api.request(
            "POST", "/api/v2/token", content=content, headers={"Content-Type": "application/json"}, auth=AUTH
        )

    answer = run(sandbox_of("idenfy"), scenario)
    assert answer.status_code == 400
    assert answer.json()["message"].startswith("The body is nested too deeply")
    assert LEAF not in answer.text


def test_deep_nesting_through_a_real_server_is_a_400() -> None:
    with running_server(create_sandbox("idenfy").app) as url, httpx.Client(base_url=url) as client:
        for path, field in (("/__sandbox/clock/advance", "seconds"), ("/api/v2/status", "scanRef")):
            answer = client.post(
                path,
                content=f'{{"{field}": {nested(300, "array")}}}'.encode(),
                headers={"Content-Type": "application/json"},
                auth=AUTH,
            )
            assert answer.status_code == 400, answer.text
            assert field in answer.text


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        (b"1", 0),
        (b"[]", 1),
        (b'[[1, {"a": [2]}]]', 4),
        (b'{"a": "[[[[{{{{"}', 1),
        (b'{"a": "\\\\", "b": [[]]}', 3),
        (b'["\\"[[[[", []]', 2),
        (b"[" * 100_000 + b"]" * 100_000, 100_000),
    ],
)
def test_json_depth_counts_brackets_outside_strings(text: bytes, depth: int) -> None:
    assert json_depth(text) == depth


# -- stored state bounded by size ---------------------------------------------------------------------


class FakeClock:
    now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_a_store_evicts_least_recently_used_entries_beyond_its_byte_budget() -> None:
    entry = 30 + sys.getsizeof("a")  # the value (sizer=len) and its key
    store: MemoryStore[str] = MemoryStore(max_bytes=4 * entry, clock=FakeClock(), sizer=len)
    for key in "abcd":
        store.put(key, "x" * 30)
    assert (len(store), store.size_bytes) == (4, 4 * entry)
    assert store.get("a") is not None  # "a" is now the most recently used
    store.put("e", "x" * 30)
    assert store.get("b") is None
    assert [store.get(key) is not None for key in "acde"] == [True, True, True, True]
    store.put("c", "x" * (2 * entry))  # grows: the least recently used entries go until the budget holds
    assert store.size_bytes <= 4 * entry
    assert store.get("c") is not None
    assert len(store) == 2
    store.put("f", "x" * (10 * entry))  # larger than the whole budget: kept alone (the newest always stays)
    assert (len(store), store.get("f") is not None) == (1, True)
    store.put("f", "y")  # replaced: the old size is forgotten
    assert store.size_bytes == 1 + sys.getsizeof("f")
    assert store.delete("f")
    assert store.size_bytes == 0
    store.put("g", "x")
    store.clear()
    assert store.size_bytes == 0


def test_approximate_size_counts_shared_values_once_and_does_not_recurse() -> None:
    big = "x" * 1_000_000
    assert 1_000_000 <= approximate_size({"a": big, "b": [big, (big,)]}) < 1_001_000
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert approximate_size(deep) > 100_000


def test_twenty_tokens_with_ten_megabyte_callback_urls_stay_within_the_budget() -> None:
    """Before: 20 tokens with a 10 MB callbackUrl held 236 MB (the stores counted entries only)."""
    sandbox = create_sandbox("idenfy")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    assert isinstance(behaviour.verifications, MemoryStore)
    auth = basic_auth_header()
    ten_mb = 10 * 1024 * 1024

    async def scenario(api: Api) -> list[str]:
        scan_refs = []
        for number in range(20):
            url = f"https://example.invalid/{number}/" + "a" * ten_mb  # no maxLength in the spec: valid
            body = {"clientId": f"c{number}", "callbackUrl": url, "dummyStatus": "APPROVED"}
            status, answer = await asgi_post(sandbox.app, "/api/v2/token", body, auth)
            assert status == 201
            scan_refs.append(answer["scanRef"])
        return scan_refs

    tracemalloc.start()
    try:
        scan_refs = run(sandbox, scenario)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    budget, kept = 64 * 1024 * 1024, 16 * 1024 * 1024  # the documented figures: per store, recorded callbacks
    assert behaviour.verifications.size_bytes <= budget + ten_mb + 100_000  # the newest may take it over
    assert len(behaviour.verifications) < 20
    assert behaviour.verifications.get(scan_refs[0]) is None
    assert behaviour.verifications.get(scan_refs[-1]) is not None
    delivered = sum(delivery.size() for delivery in sandbox.dispatcher.deliveries)
    assert delivered <= kept + ten_mb + 100_000
    # what Python actually holds (not the stores' own accounting): the budgets and a request's worth
    assert held < budget + kept + 3 * ten_mb, f"{held / 2**20:.0f} MiB"


def test_liveid_configurations_stay_within_the_budget() -> None:
    sandbox = create_sandbox("liveid")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, LiveIdSandbox)
    behaviour.requests = MemoryStore(max_bytes=20 * 1024 * 1024, clock=sandbox.clock)
    configuration = base64.b64encode(json.dumps({"note": "n" * 3_000_000}).encode()).decode()

    async def scenario(api: Api) -> None:
        for _ in range(20):
            status, _answer = await asgi_post(
                sandbox.app, "/api/service/pushAsyncCall", {"b64Data": configuration}, APIKEY
            )
            assert status == 200

    run(sandbox, scenario)
    assert isinstance(behaviour.requests, MemoryStore)
    assert behaviour.requests.size_bytes <= 20 * 1024 * 1024
    assert 1 <= len(behaviour.requests) < 20


# -- raw sockets --------------------------------------------------------------------------------------


@contextmanager
def connection(url: str) -> Iterator[socket.socket]:
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10)
    try:
        yield sock
    finally:
        sock.close()


def read_answer(sock: socket.socket, timeout: float) -> tuple[bytes, bool]:
    """What the server sends within ``timeout`` s, and whether it closed the connection by then."""
    data, deadline = b"", time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([sock], [], [], left)
        if not ready:
            break
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return data, True
        if not chunk:
            return data, True
        data += chunk
    return data, False


def head(path: str, *lines: str) -> bytes:
    return "\r\n".join([f"POST {path} HTTP/1.1", "Host: 127.0.0.1", *lines, "", ""]).encode("latin-1")


def test_an_unauthenticated_body_is_never_read() -> None:
    """401 as soon as the head is in: the client has sent none of the 15 MB it announced."""
    sandbox = create_sandbox("idenfy")
    fifteen_mb = str(15 * 1024 * 1024)
    wrong = "Basic " + base64.b64encode(b"attacker-key:attacker-secret").decode()
    with running_server(sandbox.app) as url:
        with connection(url) as sock:
            sock.sendall(
                head(
                    "/api/v2/token",
                    "Content-Type: application/json",
                    f"Content-Length: {fifteen_mb}",
                    f"Authorization: {wrong}",
                )
            )
            answer, closed = read_answer(sock, timeout=5)
        assert answer.startswith(b"HTTP/1.1 401 "), answer[:200]
        assert b"connection: close" in answer.lower()
        assert closed  # nothing more of the body is received
        with connection(url) as sock:  # with the right credentials the server waits for the body
            sock.sendall(
                head(
                    "/api/v2/token",
                    "Content-Type: application/json",
                    f"Content-Length: {fifteen_mb}",
                    f"Authorization: {BASIC}",
                )
            )
            answer, closed = read_answer(sock, timeout=1.5)
        assert (answer, closed) == (b"", False)


def test_an_unauthenticated_body_sent_by_httpx_gets_its_401() -> None:
    with running_server(create_sandbox("liveid").app) as url, httpx.Client(base_url=url) as client:
        try:
            answer = client.post(
                "/api/service/pushAsyncCall", content=b"x" * (15 * 1024 * 1024), headers={"apikey": "wrong"}
            )
        except httpx.TransportError:
            return  # the server closed while the body was still being sent: also refused
        assert answer.status_code == 401
        assert answer.headers["connection"] == "close"


def test_eight_megabytes_of_headers_are_refused_quickly() -> None:
    """Before: 8 MB of headers were parsed, kept and handed to the application."""
    sandbox = create_sandbox("idenfy")
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    body = b'{"clientId": "c"}'
    pads = [f"X-Pad-{number}: {'p' * 1000}" for number in range(8 * 1024)]
    request = (
        head(
            "/api/v2/token",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
            f"Authorization: {BASIC}",
            *pads,
        )
        + body
    )
    with running_server(sandbox.app) as url, connection(url) as sock:
        started = time.monotonic()

        def send() -> None:
            with contextlib.suppress(OSError):  # the server stopped reading and closed: the rest is refused
                sock.sendall(request)

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        answer, closed = read_answer(sock, timeout=10)
        elapsed = time.monotonic() - started
    assert closed, answer[:200]
    assert answer == b"" or answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert elapsed < 5
    assert len(behaviour.verifications) == 0  # the request never reached the sandbox


def test_ordinary_headers_are_accepted() -> None:
    with running_server(create_sandbox("idenfy").app) as url, httpx.Client(base_url=url, auth=AUTH) as client:
        pads = {f"X-Pad-{number}": "p" * 1000 for number in range(30)}  # 30 KiB
        assert client.post("/api/v2/token", json={"clientId": "c"}, headers=pads).status_code == 201


def drip(sock: socket.socket, seconds: float) -> tuple[bytes, float | None]:
    """Send one byte a second; (what came back, seconds until the server closed, or None)."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        answer, closed = read_answer(sock, timeout=1.0)
        if closed:
            return answer, time.monotonic() - started
        try:
            sock.send(b"a")
        except OSError:
            return answer, time.monotonic() - started
    return b"", None


def test_a_client_dripping_its_headers_is_cut_off_after_the_head_timeout() -> None:
    """Before: a header byte a second kept a connection open for ever (the keep-alive timer was reset)."""
    assert BoundedHttpToolsProtocol.HEAD_TIMEOUT == 10
    with running_server(create_sandbox("idenfy").app) as url, connection(url) as sock:
        sock.sendall(b"POST /api/v2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        answer, closed_after = drip(sock, seconds=20)
    assert closed_after is not None
    assert 8 < closed_after < 13
    assert answer.startswith(b"HTTP/1.1 408 ")


def test_a_client_dripping_its_body_is_cut_off_after_the_body_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BoundedHttpToolsProtocol, "BODY_TIMEOUT", 3.0)
    sandbox = create_sandbox("idenfy")
    with running_server(sandbox.app) as url, connection(url) as sock:
        sock.sendall(
            head("/api/v2/token", "Content-Type: application/json", "Content-Length: 100", f"Authorization: {BASIC}")
        )
        answer, closed_after = drip(sock, seconds=15)
    assert closed_after is not None
    assert 2 < closed_after < 6
    assert answer.startswith(b"HTTP/1.1 408 ")


def test_an_idle_connection_is_closed_after_the_head_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BoundedHttpToolsProtocol, "HEAD_TIMEOUT", 2.0)
    with running_server(create_sandbox("idenfy").app) as url, connection(url) as sock:
        started = time.monotonic()
        answer, closed = read_answer(sock, timeout=8)
        assert closed
        assert answer.startswith(b"HTTP/1.1 408 ")
        assert time.monotonic() - started < 4


def test_slow_but_steady_requests_still_succeed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeouts bound a whole head and a whole body, not a pause: a request within them is answered,
    and a kept-alive connection gets a fresh head timeout for its next request."""
    monkeypatch.setattr(BoundedHttpToolsProtocol, "HEAD_TIMEOUT", 3.0)
    monkeypatch.setattr(BoundedHttpToolsProtocol, "BODY_TIMEOUT", 3.0)
    body = b'{"clientId": "slow"}'
    request = head(
        "/api/v2/token", "Content-Type: application/json", f"Content-Length: {len(body)}", f"Authorization: {BASIC}"
    )
    with running_server(create_sandbox("idenfy").app) as url, connection(url) as sock:
        for _ in range(2):
            for part in (request[:20], request[20:], body[:5], body[5:]):
                sock.sendall(part)
                time.sleep(0.6)
            answer, closed = read_answer(sock, timeout=1)
            assert answer.startswith(b"HTTP/1.1 201 "), answer[:200]
            assert not closed


def test_the_server_uses_the_bounded_protocol() -> None:
    """What the timing tests above patch is what ``running_server`` and ``serve`` use."""
    from idvkit.sandbox._server import _config

    config = _config(create_sandbox("idenfy").app, "warning")
    assert config.http is BoundedHttpToolsProtocol
    assert BoundedHttpToolsProtocol.HEAD_LIMIT_BYTES == 64 * 1024
    assert BoundedHttpToolsProtocol.BODY_TIMEOUT == 30


def test_a_client_that_goes_away_mid_body_is_not_a_sandbox_error(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        app = create_sandbox("idenfy").app
        messages = iter([{"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"}])

        async def receive() -> Any:
            return next(messages)

        sent: list[Any] = []

        async def send(message: Any) -> None:
            sent.append(message)

        headers = [
            (b"host", b"sandbox"),
            (b"content-type", b"application/json"),
            (b"content-length", b"50"),
            (b"authorization", BASIC.encode()),
        ]
        scope = {
            "type": "http",
            "method": "POST",
            "path": "/api/v2/token",
            "raw_path": b"/api/v2/token",
            "query_string": b"",
            "headers": headers,
            "server": ("sandbox", 80),
            "client": ("127.0.0.1", 1),
            "scheme": "http",
            "root_path": "",
            "http_version": "1.1",
            "asgi": {"version": "3.0"},
        }
        await app(scope, receive, send)
        assert sent[0]["status"] < 500

    with caplog.at_level("ERROR", logger="idvkit.sandbox"):
        asyncio.run(main())
    assert "sandbox error" not in caplog.text
