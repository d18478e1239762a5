"""Callbacks through the proxy: a signed one reaches the receiver byte for byte; a tampered one is reported (and,
with --enforce, not forwarded); a payload the spec's webhooks refuse is reported."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import idvkit_specs
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from idvkit._network import check_url
from idvkit.proxy import CALLBACK_PATH
from idvkit.sandbox import running_server
from idvkit.webhooks import sign
from tests.proxy._harness import Proxied, Recorder, client, proxied
from tests.servers import DEFAULT_CREDENTIALS, correct_server

KEY = "callback-key-for-the-proxy-tests"


async def _accepting(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "http":
        await Request(scope, receive).body()
        await Response(b"ok", status_code=200)(scope, receive, send)


def _approved() -> bytes:
    content = idvkit_specs.load("idenfy")["webhooks"]["verificationResult"]["post"]["requestBody"]["content"]
    example: Any = content["application/json"]["examples"]["approved"]["value"]
    return json.dumps(example, indent=3).encode()  # a spelling a re-serialisation would not keep


@contextmanager
def _callback_proxy(*, enforce: bool = False) -> Iterator[tuple[Proxied, Recorder]]:
    receiver = Recorder(_accepting)
    with running_server(receiver) as receiver_url:
        upstream = correct_server("idenfy")(DEFAULT_CREDENTIALS["idenfy"])
        with proxied(
            "idenfy", upstream, callbacks_to=check_url(receiver_url), callback_key=KEY, enforce=enforce
        ) as proxy:
            yield proxy, receiver


def _deliver(proxy: Proxied, body: bytes, signature: str, event: str = "IDENTIFICATION") -> int:
    headers = {"content-type": "application/json", "Idenfy-Signature": signature, "Idenfy-Event-Type": event}
    with client(proxy.url) as http:
        return http.post(CALLBACK_PATH, content=body, headers=headers).status_code


def _codes(proxy: Proxied) -> set[str]:
    return {entry["code"] for entry in proxy.app.report.summary()["violations"]}


def test_a_signed_callback_reaches_the_receiver_byte_identical() -> None:
    body = _approved()
    with _callback_proxy() as (proxy, receiver):
        assert _deliver(proxy, body, sign(body, KEY)) == 200
    assert [hashlib.sha256(r).hexdigest() for r in receiver.requests] == [hashlib.sha256(body).hexdigest()]
    assert _codes(proxy) == set()


def test_a_tampered_callback_is_reported() -> None:
    body = _approved()
    tampered = body.replace(b'"APPROVED"', b'"DENIED"', 1)
    assert tampered != body
    with _callback_proxy() as (proxy, receiver):
        _deliver(proxy, tampered, sign(body, KEY))
    assert "callback_signature" in _codes(proxy)
    assert "callback_signature" in proxy.output.getvalue()
    assert receiver.requests == [tampered]  # observe-only: forwarded as it came, and reported


def test_with_enforce_a_tampered_callback_is_not_forwarded() -> None:
    body = _approved()
    with _callback_proxy(enforce=True) as (proxy, receiver):
        assert _deliver(proxy, body + b" ", sign(body, KEY)) == 401
    assert receiver.requests == []


def test_a_callback_the_webhooks_refuse_is_reported() -> None:
    body = json.dumps({"scanRef": ""}).encode()
    with _callback_proxy() as (proxy, _):
        _deliver(proxy, body, sign(body, KEY))
    assert "callback_conformance" in _codes(proxy)
