"""The proxy forwards bodies byte for byte in both directions (also the ones too large to validate, which stream
through unvalidated), refuses only with --enforce, and answers 502 when the upstream fails."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from idvkit._network import check_url
from idvkit.proxy import ProxyApplication, ProxySettings
from idvkit.proxy._server import running_proxy
from tests.proxy._harness import Recorder, client, proxied
from tests.servers import DEFAULT_CREDENTIALS, FAULTS, correct_server

CREDENTIALS = DEFAULT_CREDENTIALS["idenfy"]
AUTH = (CREDENTIALS.api_key, CREDENTIALS.api_secret or "")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_bodies_are_byte_identical_in_both_directions(tmp_path: Path) -> None:
    recorder = Recorder(correct_server("idenfy")(CREDENTIALS))
    # spacing, key order, escapes and non-ASCII text a re-serialisation would change
    body = '{ "clientId" : "client-\\u0031",\n  "firstName":"Jos\u00e9", "expiryTime": 600 }'.encode()
    with proxied("idenfy", recorder, capture=tmp_path) as proxy, client(proxy.url) as http:
        created = http.post("/api/v2/token", content=body, headers={"content-type": "application/json"}, auth=AUTH)
        scan_ref = created.json()["scanRef"]
        status = http.post("/api/v2/status", json={"scanRef": scan_ref}, auth=AUTH)
    assert created.status_code == 201
    assert status.status_code == 200
    assert _sha(recorder.requests[0]) == _sha(body)
    assert [_sha(r) for r in recorder.responses] == [_sha(created.content), _sha(status.content)]
    assert proxy.app.report.summary()["violations"] == []


class _Large:
    """An upstream that answers every request with ``size`` random bytes (streamed) and keeps the request's digest."""

    def __init__(self, size: int) -> None:
        self.payload = os.urandom(size)
        self.received: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        self.received.append(_sha(await request.body()))

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(self.payload), 65536):
                yield self.payload[start : start + 65536]

        await StreamingResponse(chunks(), media_type="application/zip")(scope, receive, send)


def test_bodies_larger_than_the_validation_limit_stream_through_unchanged() -> None:
    upstream = _Large(3 * 1024 * 1024)
    upload = os.urandom(2 * 1024 * 1024)
    with proxied("idenfy", upstream, validation_limit=64 * 1024) as proxy, client(proxy.url) as http:
        answer = http.post("/api/v2/token", content=upload, headers={"content-type": "application/json"}, auth=AUTH)
    assert upstream.received == [_sha(upload)]
    assert _sha(answer.content) == _sha(upstream.payload)
    assert proxy.app.report.unvalidated == 1


def test_enforce_refuses_an_invalid_request_in_the_vendors_format_and_an_invalid_answer_with_502() -> None:
    recorder = Recorder(FAULTS["missing_required_field"].build(CREDENTIALS))
    with proxied("idenfy", recorder, enforce=True) as proxy, client(proxy.url) as http:
        refused = http.post("/api/v2/token", json={"firstName": "Jane"}, auth=AUTH)
        replaced = http.post("/api/v2/token", json={"clientId": "client-1"}, auth=AUTH)
    assert refused.status_code == 400
    assert refused.json()["identifier"] == "MISSING_VALUE"  # iDenfy's error format, from the sandbox's rendering
    assert len(recorder.requests) == 1  # the refused request never reached the vendor
    assert replaced.status_code == 502
    assert any("/scanRef required" in line for line in replaced.json()["violations"])


def test_observe_only_forwards_an_invalid_request() -> None:
    recorder = Recorder(correct_server("idenfy")(CREDENTIALS))
    with proxied("idenfy", recorder) as proxy, client(proxy.url) as http:
        answer = http.post("/api/v2/token", json={"firstName": "Jane"}, auth=AUTH)
    assert answer.status_code == 400
    assert len(recorder.requests) == 1
    assert "POST /api/v2/token request: /clientId required" in proxy.output.getvalue()


def test_an_unreachable_upstream_gives_a_502_saying_so() -> None:
    app = ProxyApplication(ProxySettings("idenfy", check_url("http://127.0.0.1:9")))  # discard port: nothing listens
    with running_proxy(app) as url, client(url) as http:
        answer = http.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
    assert answer.status_code == 502
    assert "did not answer" in answer.json()["message"]
    assert json.dumps(app.report.summary())  # the summary still renders
