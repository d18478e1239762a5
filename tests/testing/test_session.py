"""idvkit.testing: a sandbox in a test, a ready client, its controls, callbacks into an ASGI/WSGI app or a callable."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import idvkit_specs
import pytest
from fastapi import FastAPI, Request, Response
from flask import Flask
from flask import request as flask_request
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from idenfy_client.api.tokens import create_token
from idenfy_client.api.verification_data import get_status
from idenfy_client.models import ScanRefRequest, TokenRequest, TokenResponse
from liveid_client.api.service import get_call_info_uid, push_async_call
from liveid_client.api.v1 import conference_data
from liveid_client.models import (
    ConferenceDataResponse,
    GetCallInfoUIDRequest,
    GetCallInfoUIDResponse,
    PushAsyncCallRequest,
    PushAsyncCallResponse,
)

from idvkit import clients
from idvkit.sandbox import running_server
from idvkit.testing import SandboxError, SandboxSession, start_sandbox
from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, parse_idenfy_callback

_CONTROL = idvkit_specs.load("sandbox-control")["components"]["schemas"]
#: the outcomes the control API's finishVerification takes (specs/sandbox-control.yaml)
FINAL_STATUSES: list[str] = _CONTROL["FinishVerificationRequest"]["properties"]["status"]["enum"]


def _token(session: SandboxSession, client_id: str = "customer-1") -> TokenResponse:
    created = create_token.sync(client=session.idenfy_client(), body=TokenRequest(client_id=client_id))
    assert isinstance(created, TokenResponse), created
    return created


def _fastapi_receiver(key: Callable[[], str | None], received: list[str]) -> FastAPI:
    app = FastAPI()

    @app.post("/webhooks/idenfy")
    async def hook(request: Request) -> Response:
        body = await request.body()
        parse_idenfy_callback(
            body,
            signature=request.headers.get(SIGNATURE_HEADER),
            event_type=request.headers.get(EVENT_TYPE_HEADER),
            key=key() or "",
        )
        received.append(json.loads(body)["status"]["overall"])
        return Response(status_code=200)

    return app


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from(FINAL_STATUSES))
def test_finishing_a_verification_delivers_the_signed_callback_into_a_fastapi_app(status: str) -> None:
    received: list[str] = []
    keys: list[str | None] = []
    app = _fastapi_receiver(lambda: keys[0], received)
    with start_sandbox("idenfy", callback_asgi=app, callback_path="/webhooks/idenfy") as sandbox:
        keys.append(sandbox.callback_key)
        token = _token(sandbox)
        assert sandbox.finish_verification(token.scan_ref, status)["status"] == status
        callbacks = sandbox.callbacks()
        *_, callback = callbacks  # the last is the final result (an automatic one before it, except on expiry)
    assert callback.delivered
    assert callback.attempts == (200,)
    assert callback.url == "http://127.0.0.1/webhooks/idenfy"
    assert callback.json()["scanRef"] == token.scan_ref
    assert callback.json()["final"] is True
    # every delivery reached the app, its signature checked with the session's key
    assert received == [delivered.json()["status"]["overall"] for delivered in callbacks]
    assert received[-1] == status


def test_a_wrongly_signed_callback_is_refused_by_the_app() -> None:
    received: list[str] = []
    app = _fastapi_receiver(lambda: "another-key", received)
    app.add_exception_handler(Exception, lambda request, exc: Response(status_code=401))
    with start_sandbox("idenfy", callback_asgi=app, callback_path="/webhooks/idenfy") as sandbox:
        sandbox.finish_verification(_token(sandbox).scan_ref, "APPROVED")
        *_, callback = sandbox.callbacks()  # the last: the manual review's final result
    assert not callback.delivered
    assert received == []
    assert len(callback.attempts) > 1  # retried as the vendor's delivery policy says


def test_callbacks_reach_a_flask_app_without_a_socket() -> None:
    app = Flask(__name__)
    keys: list[str | None] = []
    received: list[str] = []

    @app.post("/hooks/kyc")
    def hook() -> tuple[str, int]:
        body = flask_request.get_data()
        parse_idenfy_callback(
            body,
            signature=flask_request.headers.get(SIGNATURE_HEADER),
            event_type=flask_request.headers.get(EVENT_TYPE_HEADER),
            key=keys[0] or "",
        )
        received.append(json.loads(body)["clientId"])
        return "", 200

    with start_sandbox("markid", callback_wsgi=app, callback_path="/hooks/kyc") as sandbox:
        keys.append(sandbox.callback_key)
        created = create_token.sync(client=sandbox.markid_client(), body=TokenRequest(client_id="customer-7"))  # type: ignore[arg-type]
        assert isinstance(created, TokenResponse)
        sandbox.finish_verification(created.scan_ref, "DENIED")
        *_, callback = sandbox.callbacks()  # the last: the manual review's final result
    assert callback.delivered
    assert received == ["customer-7", "customer-7"]


@pytest.mark.parametrize("asynchronous", [False, True])
def test_callbacks_reach_a_callable_and_its_status_counts(asynchronous: bool) -> None:
    answers = iter([500, None])
    seen: list[Mapping[str, str]] = []

    def handler(body: bytes, headers: Mapping[str, str]) -> int | None:
        seen.append(headers)
        return next(answers)

    async def async_handler(body: bytes, headers: Mapping[str, str]) -> int | None:
        return handler(body, headers)

    with start_sandbox("idenfy", callback_handler=async_handler if asynchronous else handler) as sandbox:
        sandbox.finish_verification(_token(sandbox).scan_ref, "EXPIRED")
        [callback] = sandbox.callbacks()  # an expiry is one callback
    assert callback.attempts == (500, 200)
    assert callback.delivered
    assert all(SIGNATURE_HEADER.lower() in {name.lower() for name in headers} for headers in seen)


def test_a_socket_sandbox_sends_callbacks_to_a_url() -> None:
    received: list[bytes] = []
    receiver = FastAPI()

    @receiver.post("/cb")
    async def hook(request: Request) -> Response:
        received.append(await request.body())
        return Response(status_code=204)

    with (
        running_server(receiver) as receiver_url,
        start_sandbox("idenfy", serve="socket", callback_url=f"{receiver_url}/cb") as sandbox,
    ):
        assert sandbox.base_url.startswith("http://127.0.0.1:")
        assert sandbox.transport is None
        sandbox.finish_verification(_token(sandbox).scan_ref, "EXPIRED")
        [callback] = sandbox.callbacks()  # an expiry is one callback
    assert callback.delivered
    assert received == [callback.body]


def test_controls_clock_and_reset() -> None:
    with start_sandbox("idenfy", callback_handler=lambda body, headers: 200) as sandbox:
        token = _token(sandbox)
        before = sandbox.advance_clock(0)
        assert sandbox.advance_clock(3600) >= before + 3600
        sandbox.finish_verification(token.scan_ref, "APPROVED")
        assert len(sandbox.callbacks()) == 2  # the automatic result, then the manual review's
        sandbox.reset()
        assert sandbox.callbacks() == []
        status = get_status.sync_detailed(client=sandbox.idenfy_client(), body=ScanRefRequest(scan_ref=token.scan_ref))
        assert status.status_code == 404
        with pytest.raises(SandboxError, match="HTTP 404"):
            sandbox.finish_verification(token.scan_ref, "APPROVED")


def test_every_session_has_its_own_state(idvkit_sandbox: Callable[..., SandboxSession]) -> None:
    first, second = idvkit_sandbox("idenfy"), idvkit_sandbox("idenfy", serve="socket")
    token = _token(first)
    assert first.callback_key != second.callback_key
    status = get_status.sync_detailed(client=second.idenfy_client(), body=ScanRefRequest(scan_ref=token.scan_ref))
    assert status.status_code == 404


def test_the_fixture_stops_its_sandboxes(idvkit_sandbox: Callable[..., SandboxSession]) -> None:
    before = {thread.name for thread in threading.enumerate()}
    session = idvkit_sandbox("liveid")
    assert session.callback_key is None
    assert session.credentials == {"LIVEID_APIKEY": "sandbox-apikey"}
    with pytest.raises(ValueError, match="liveid sandbox"):
        session.idenfy_client()
    with pytest.raises(ValueError, match="complete_call"):
        session.finish_verification("x")
    assert {thread.name for thread in threading.enumerate()} - before == {"idvkit-testing"}


def test_options_are_checked() -> None:
    with (
        pytest.raises(ValueError, match="one of"),
        start_sandbox("idenfy", callback_asgi=object(), callback_wsgi=object()),
    ):
        pass
    with (
        pytest.raises(ValueError, match="not both"),
        start_sandbox("idenfy", callback_url="http://127.0.0.1:1/", callback_handler=lambda body, headers: None),
    ):
        pass
    serve: Any = "thread"
    with pytest.raises(ValueError, match="serve must be"), start_sandbox("idenfy", serve=serve):
        pass


def test_without_the_sandbox_extra_the_import_names_it() -> None:
    code = "import sys; sys.modules['starlette'] = None; import idvkit.testing"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "idvkit.testing needs the 'sandbox' extra: pip install 'idvkit[sandbox]'" in result.stderr


def test_deliver_callbacks_names_the_receiver_later_and_without_one_attempts_fail() -> None:
    bodies: list[bytes] = []
    with start_sandbox("idenfy") as sandbox:
        sandbox.finish_verification(_token(sandbox).scan_ref, "APPROVED")
        unreceived = sandbox.callbacks()
        sandbox.deliver_callbacks(handler=lambda body, headers: bodies.append(body))
        sandbox.finish_verification(_token(sandbox, "customer-2").scan_ref, "DENIED")
        received = sandbox.callbacks()[len(unreceived) :]
        with pytest.raises(ValueError, match="one of"):
            sandbox.deliver_callbacks()
    assert unreceived
    assert not any(callback.delivered for callback in unreceived)
    assert {attempt for callback in unreceived for attempt in callback.attempts} == {"ConnectError"}
    assert received
    assert all(callback.delivered for callback in received)
    assert bodies == [callback.body for callback in received]


def test_a_session_with_a_callback_url_cannot_switch_to_an_app() -> None:
    with (
        start_sandbox("idenfy", callback_url="http://127.0.0.1:9/cb") as sandbox,
        pytest.raises(ValueError, match="callback_url"),
    ):
        sandbox.deliver_callbacks(handler=lambda body, headers: None)


def test_the_conference_client_renews_its_jwt_when_the_sandbox_clock_passes_it() -> None:
    calls: list[tuple[str, int]] = []
    with start_sandbox("liveid") as sandbox:
        assert sandbox.transport is not None
        inner: httpx.BaseTransport = sandbox.transport

        class Spy(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                response = inner.handle_request(request)
                calls.append((request.url.path.rsplit("/", 1)[-1], response.status_code))
                return response

        call = base64.b64encode(json.dumps({"id_organization": "A", "id_process": "p-1"}).encode()).decode()
        queued = push_async_call.sync(client=sandbox.liveid_client(), body=PushAsyncCallRequest(b_64_data=call))
        assert isinstance(queued, PushAsyncCallResponse)
        info = get_call_info_uid.sync(client=sandbox.liveid_client(), body=GetCallInfoUIDRequest(u_id=queued.u_id))
        assert isinstance(info, GetCallInfoUIDResponse)
        conference = clients.liveid_conference(
            sandbox.credentials["LIVEID_APIKEY"],
            info.id_conference,
            base_url=sandbox.base_url,
            httpx_args={"transport": Spy()},
        )
        conference_data.sync(client=conference, id_conference=info.id_conference)
        sandbox.advance_clock(600)
        data = conference_data.sync(client=conference, id_conference=info.id_conference)
        assert isinstance(data, ConferenceDataResponse)
        assert sandbox.complete_call(queued.u_id, "A", abort_code="no-show")["closeStatus"] == "A"
    assert calls == [
        ("genAPIToken", 200),
        ("conferenceData", 200),
        ("conferenceData", 401),  # the sandbox's clock is past the JWT's 120 s
        ("genAPIToken", 200),
        ("conferenceData", 200),
    ]
