"""Upstreams that misbehave below HTTP: the proxy answers 502 (or cuts the answer it already began), says so in
the report, never hangs, never leaks the upstream's bytes as a valid answer, and serves the next request.

The upstream is a raw TCP server on 127.0.0.1 that reads one request head and then does one wrong thing.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from idvkit._network import check_url
from idvkit.proxy import ProxyApplication, ProxySettings
from idvkit.proxy._server import running_proxy

AUTH = ("sandbox-key", "sandbox-secret")
GOOD = b'{"authToken": "T", "scanRef": "S", "clientId": "c", "tokenType": "IDENTIFICATION"}'


def _read_head(connection: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")),
        0,
    )
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return
        rest += chunk


def good_answer(connection: socket.socket) -> None:
    connection.sendall(
        b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(GOOD)).encode()
        + b"\r\n\r\n"
        + GOOD
    )


def close_at_once(connection: socket.socket) -> None:
    connection.close()


def reset(connection: socket.socket) -> None:
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    connection.close()


def garbage(connection: socket.socket) -> None:
    connection.sendall(b"this is not HTTP at all\r\n\r\n")
    connection.close()


def cut_in_the_body(connection: socket.socket) -> None:
    connection.sendall(
        b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n" + GOOD[:20]
    )
    connection.close()


def never_answers(connection: socket.socket) -> None:
    time.sleep(3)
    connection.close()


@contextlib.contextmanager
def raw_upstream(first: Callable[[socket.socket], None]) -> Iterator[str]:
    """Answers the first connection with ``first``, every later one correctly (so recovery can be seen)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()
    seen = 0

    def serve() -> None:
        nonlocal seen
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            behaviour = first if seen == 0 else None
            seen += 1

            def handle(connection: socket.socket = connection, behaviour: object = behaviour) -> None:
                with contextlib.suppress(OSError):
                    _read_head(connection)
                    if callable(behaviour):
                        behaviour(connection)
                        return
                    while True:  # keep-alive: answer every request on this connection
                        good_answer(connection)
                        _read_head(connection)

            threading.Thread(target=handle, daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        server.close()
        thread.join(timeout=2)


@pytest.mark.parametrize(
    ("fault", "timeout"),
    [(close_at_once, 5.0), (reset, 5.0), (garbage, 5.0), (never_answers, 0.5)],
    ids=["closed", "reset", "not-http", "silent"],
)
def test_an_upstream_that_fails_before_answering_gives_a_502_and_the_next_request_works(
    fault: Callable[[socket.socket], None], timeout: float
) -> None:
    with raw_upstream(fault) as upstream:
        app = ProxyApplication(ProxySettings("idenfy", check_url(upstream), timeout=timeout))
        with running_proxy(app) as url, httpx.Client(base_url=url, timeout=10, trust_env=False) as http:
            started = time.monotonic()
            failed = http.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
            elapsed = time.monotonic() - started
            assert failed.status_code == 502
            message = failed.json()["message"]
            assert message.startswith(f"idvkit proxy: the upstream {upstream} did not answer (")
            assert elapsed < timeout + 2
            recovered = http.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
            assert recovered.status_code == 201
            assert recovered.content == GOOD
        summary = app.report.summary()
        assert any("did not answer" in note for note in summary["errors"])
        assert json.dumps(summary)


def test_an_answer_cut_in_its_body_is_cut_for_the_client_too() -> None:
    """The status line was relayed already: the client must see a broken answer, never a short 'valid' one."""
    with raw_upstream(cut_in_the_body) as upstream:
        app = ProxyApplication(ProxySettings("idenfy", check_url(upstream), timeout=5))
        with running_proxy(app) as url, httpx.Client(base_url=url, timeout=10, trust_env=False) as http:
            with pytest.raises(httpx.HTTPError):  # reading the answer fails: a short body would be a lie
                http.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
            recovered = http.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
            assert recovered.status_code == 201
            assert recovered.content == GOOD
