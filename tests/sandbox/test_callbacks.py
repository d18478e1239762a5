"""Outgoing callbacks: signed like iDenfy's, retried, recorded, loopback only, and no other network traffic."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import idvkit_specs
import pytest

from idvkit._network import is_loopback_url
from idvkit.sandbox import CallbackDispatcher, create_sandbox, running_server
from idvkit.webhooks import InvalidSignatureError, callback_delivery, sign, verify_signature
from tests.sandbox._support import (
    AUTH,
    CALLBACK_KEY,
    Api,
    Receiver,
    check_idenfy_callback,
    check_liveid_callback,
    run,
    wait_for,
)


class NetworkSpy:
    """Records (and answers 200 to) every request httpx would send over the network, and every socket connect."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.requests: list[str] = []
        self.connects: list[Any] = []
        spy = self

        async def handle(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
            spy.requests.append(str(request.url))
            return httpx.Response(200, request=request)

        def connect(sock: socket.socket, address: Any) -> None:
            spy.connects.append(address)
            raise OSError("the network is off in this test")

        def getaddrinfo(*args: Any, **kwargs: Any) -> Any:
            spy.connects.append(args[:2])
            raise OSError("the network is off in this test")

        monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle)

        def handle_sync(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
            spy.requests.append(str(request.url))
            return httpx.Response(200, request=request)

        monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_sync)
        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_callbacks_are_signed_with_the_callback_key(receiver: Receiver) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        await api.token(clientId="signed-1", dummyStatus="APPROVED")

    run(sandbox, scenario)
    (received,) = receiver.received
    assert received.path == "/callback"
    assert received.headers["idenfy-signature"] == sign(received.body, CALLBACK_KEY)
    assert received.headers["idenfy-event-type"] == "IDENTIFICATION_MANUAL_FINISHED"
    verify_signature(received.body, received.headers["idenfy-signature"], CALLBACK_KEY)
    with pytest.raises(InvalidSignatureError):
        verify_signature(received.body, received.headers["idenfy-signature"], "another-key")
    callback = check_idenfy_callback("idenfy", received)
    assert callback.client_id == "signed-1"


def test_a_custom_callback_key_signs_the_callbacks(receiver: Receiver) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_key="key-K9", callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        await api.token(dummyStatus="DENIED")

    run(sandbox, scenario)
    (received,) = receiver.received
    verify_signature(received.body, received.headers["idenfy-signature"], "key-K9")
    with pytest.raises(InvalidSignatureError):
        verify_signature(received.body, received.headers["idenfy-signature"], CALLBACK_KEY)


def test_failed_deliveries_are_retried_and_recorded(receiver: Receiver) -> None:
    receiver.reset(failures=2)
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.05)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        await api.token(dummyStatus="SUSPECTED")
        return await api.deliveries()

    deliveries = run(sandbox, scenario)
    assert len(deliveries) == 1
    assert deliveries[0]["attempts"] == ["500", "500", "200"]
    assert deliveries[0]["delivered"] is True
    assert deliveries[0]["skipped"] is None
    assert deliveries[0]["url"] == receiver.url
    assert deliveries[0]["event"] == "IDENTIFICATION_MANUAL_FINISHED"
    assert len(receiver.received) == 3
    assert len({r.body for r in receiver.received}) == 1  # the same signed body each time
    gaps = [later.at - earlier.at for earlier, later in zip(receiver.received, receiver.received[1:], strict=False)]
    assert all(gap >= 0.04 for gap in gaps), gaps
    check_idenfy_callback("idenfy", receiver.received[-1])


def test_delivery_gives_up_after_three_retries(receiver: Receiver) -> None:
    receiver.reset(failures=100)
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        scan_ref = (await api.token())["scanRef"]
        finish = {"status": "DENIED", "review": "automatic"}  # one callback: an account without manual review
        await api.request("POST", f"/__sandbox/idenfy/verifications/{scan_ref}/finish", json=finish)
        return await api.deliveries()

    (delivery,) = run(sandbox, scenario)
    assert delivery["attempts"] == ["500"] * 4
    assert delivery["delivered"] is False
    assert len(receiver.received) == 4


def test_the_vendors_retry_policy_is_the_default() -> None:
    sandbox = create_sandbox("idenfy")
    assert (sandbox.dispatcher.retries, sandbox.dispatcher.interval, sandbox.dispatcher.timeout) == (3, 0.5, 10.0)
    assert create_sandbox("liveid", callback_retry_interval=0.01).dispatcher.interval == 0.01


@pytest.mark.parametrize("vendor", ["idenfy", "markid", "liveid"])
def test_the_delivery_policy_is_the_specs(vendor: str) -> None:
    document = idvkit_specs.load(vendor)
    policy = callback_delivery(document)
    for dispatcher in (create_sandbox(vendor).dispatcher, CallbackDispatcher(policy)):
        assert (dispatcher.timeout, dispatcher.retries, dispatcher.interval) == (
            policy.timeout,
            policy.retries,
            policy.interval,
        )
    for webhook in document["webhooks"].values():  # every webhook declares it, as specs/README.md says
        assert {key: webhook["post"]["x-callback-delivery"][key] for key in ("timeout", "retries", "interval")} == {
            "timeout": 10,
            "retries": 3,
            "interval": 0.5,
        }
        assert webhook["post"]["x-callback-delivery"].get("body", "spaced-utf8") == policy.body == dispatcher.body


def test_an_unreachable_loopback_receiver_is_recorded_as_transport_errors() -> None:
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sandbox = create_sandbox("idenfy", callback_url=f"http://127.0.0.1:{port}/cb", callback_retry_interval=0.01)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        await api.token(dummyStatus="APPROVED")
        return await api.deliveries()

    (delivery,) = run(sandbox, scenario)
    assert delivery["delivered"] is False
    assert len(delivery["attempts"]) == 4
    assert all(attempt == "ConnectError" for attempt in delivery["attempts"])


def test_a_non_loopback_callback_url_is_never_contacted(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = NetworkSpy(monkeypatch)
    # the sandbox-wide URL is a loopback one: the token's own callbackUrl wins and is skipped
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        await api.token(callbackUrl="https://example.com/idenfy/callback", dummyStatus="APPROVED")
        await api.token(callbackUrl="https://10.0.0.1/cb", dummyStatus="DENIED")
        await api.token(callbackUrl="https://localhost.example.com/cb", dummyStatus="DENIED")
        await api.token(callbackUrl="https://127.0.0.1.nip.io/cb", dummyStatus="DENIED")
        return await api.deliveries()

    deliveries = run(sandbox, scenario)
    assert spy.requests == []
    assert spy.connects == []
    assert receiver.received == []
    assert len(deliveries) == 4
    for delivery in deliveries:
        assert delivery["attempts"] == []
        assert delivery["delivered"] is False
        assert "loopback" in delivery["skipped"]
    assert deliveries[0]["url"] == "https://example.com/idenfy/callback"


def test_a_non_loopback_sandbox_callback_url_is_skipped_too(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = NetworkSpy(monkeypatch)
    idenfy = create_sandbox("idenfy", callback_url="http://192.0.2.10/cb")
    liveid = create_sandbox("liveid", callback_url="http://192.0.2.10/cb")

    async def finish(api: Api) -> list[dict[str, Any]]:
        await api.token(dummyStatus="APPROVED")
        return await api.deliveries()

    async def complete(api: Api) -> list[dict[str, Any]]:
        await api.request("POST", f"/__sandbox/liveid/calls/{await api.push()}/complete", json={"closeStatus": "N"})
        per_call = await api.push({"liveid_servercallback": "https://example.com/liveid"})
        await api.request("POST", f"/__sandbox/liveid/calls/{per_call}/complete", json={"closeStatus": "S"})
        return await api.deliveries()

    idenfy_deliveries, liveid_deliveries = run(idenfy, finish), run(liveid, complete)
    assert [d["url"] for d in idenfy_deliveries + liveid_deliveries] == [
        "http://192.0.2.10/cb",
        "http://192.0.2.10/cb",
        "https://example.com/liveid",
    ]
    for delivery in idenfy_deliveries + liveid_deliveries:
        assert "loopback" in delivery["skipped"]
        assert delivery["attempts"] == []
    assert spy.requests == []
    assert spy.connects == []


def test_remote_callbacks_go_out_only_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = NetworkSpy(monkeypatch)
    sandbox = create_sandbox("idenfy", callback_url="https://partner.example.com/cb", allow_remote_callbacks=True)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        await api.token(dummyStatus="APPROVED")
        return await api.deliveries()

    (delivery,) = run(sandbox, scenario)
    assert spy.requests == ["https://partner.example.com/cb"]
    assert delivery["delivered"] is True
    assert delivery["skipped"] is None


def test_the_sandbox_makes_no_network_calls_without_a_callback_url(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = NetworkSpy(monkeypatch)
    image = "iVBORw0KGgo="

    async def idenfy(api: Api) -> None:
        dummy = await api.token(dummyStatus="APPROVED", successUrl="https://example.com/ok")
        token = await api.token(errorUrl="https://example.com/fail")
        process = {"authToken": token["authToken"], "country": "LT", "documentType": "PASSPORT"}
        await api.idenfy("process", {**process, "images": {"FRONT": image, "FACE": image}})
        third = await api.token()
        await api.idenfy("video-call", {"scanRef": third["scanRef"]})
        body = {
            "scanRef": third["scanRef"],
            "manualDocumentValidity": "DOC_FAKE",
            "manualFaceMatchResult": "FACE_MATCH",
        }
        await api.idenfy("add-dummy-status", body)
        fourth = await api.token()
        await api.request(
            "POST", f"/__sandbox/idenfy/verifications/{fourth['scanRef']}/finish", json={"status": "EXPIRED"}
        )
        await api.idenfy("generate-pdf", {"scanRef": dummy["scanRef"]})
        assert await api.deliveries() == []

    async def liveid(api: Api) -> None:
        uid = await api.push({"id_process": "p"})
        await api.request("GET", "/app/service-asyncall", params={"uId": uid})
        await api.request("POST", f"/__sandbox/liveid/calls/{uid}/complete", json={"closeStatus": "N"})
        await api.request(
            "PATCH", "/api/v2/rejectCall", json={"uId": await api.push()}, headers={"apikey": "sandbox-apikey"}
        )
        assert await api.deliveries() == []

    run(create_sandbox("idenfy"), idenfy)
    run(create_sandbox("liveid"), liveid)
    assert spy.requests == []
    assert spy.connects == []


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/cb", True),
        ("https://127.0.0.1/cb", True),
        ("http://127.10.20.30/cb", True),
        ("http://[::1]:9000/cb", True),
        ("http://localhost:9000/cb", True),
        ("http://LOCALHOST/cb", True),
        ("http://0.0.0.0/cb", False),
        ("http://10.0.0.1/cb", False),
        ("http://[::ffff:8.8.8.8]/cb", False),
        ("https://example.com/cb", False),
        ("http://localhost.example.com/cb", False),
        ("http://127.0.0.1.example.com/cb", False),
        ("http://127.0.0.1@example.com/cb", False),
        ("http://example.com#@127.0.0.1/", False),
        ("ftp://127.0.0.1/cb", False),
        ("file:///etc/passwd", False),
        ("http://[::1/cb", False),
        ("127.0.0.1/cb", False),
        ("", False),
    ],
)
def test_is_loopback_url(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback


def test_callbacks_are_sent_from_a_running_server(receiver: Receiver) -> None:
    """Through uvicorn on a real socket: the dispatcher works in the server's event loop."""
    sandbox = create_sandbox("liveid", callback_url=receiver.url, callback_retry_interval=0.01)
    with running_server(sandbox.app) as url, httpx.Client(base_url=url) as client:
        uid = client.post("/api/service/pushAsyncCall", json={"b64Data": "e30="}, headers={"apikey": "sandbox-apikey"})
        answer = client.post(f"/__sandbox/liveid/calls/{uid.json()['uId']}/complete", json={"closeStatus": "K"})
        assert answer.status_code == 200
        wait_for(lambda: len(receiver.received) == 1)
        wait_for(lambda: client.get("/__sandbox/callbacks").json()["deliveries"][0]["delivered"] is True)
    payload = check_liveid_callback(receiver.received[0].body)
    assert payload["event"] == "error"


def test_idenfy_callbacks_from_a_running_server(receiver: Receiver) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)
    with running_server(sandbox.app) as url, httpx.Client(base_url=url, auth=AUTH) as client:
        token = client.post("/api/v2/token", json={"clientId": "srv", "dummyStatus": "EXPIRED"})
        assert token.status_code == 201
        wait_for(lambda: len(receiver.received) == 1)
    callback = check_idenfy_callback("idenfy", receiver.received[0])
    assert callback.status.overall == "EXPIRED"
    assert json.loads(receiver.received[0].body)["scanRef"] == token.json()["scanRef"]


def test_an_unusable_loopback_url_is_recorded_as_not_delivered_with_the_reason() -> None:
    sandbox = create_sandbox("idenfy", callback_retry_interval=0.01)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        await api.token(callbackUrl="https://127.0.0.1:99999/cb", dummyStatus="APPROVED")
        await sandbox.dispatcher.drain()
        return await api.deliveries()

    (delivery,) = run(sandbox, scenario)
    assert delivery["delivered"] is False
    assert delivery["attempts"] == []  # refused by the URL policy before any connection
    assert "port '99999' is not a number in 1..65535" in delivery["skipped"]


def test_loopback_callbacks_ignore_proxy_variables(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy in the environment would see every signed callback body: loopback deliveries never use it."""
    proxy = socket.create_server(("127.0.0.1", 0))
    proxy.settimeout(0.5)
    proxy_url = f"http://127.0.0.1:{proxy.getsockname()[1]}"
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(variable, proxy_url)
    for variable in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(variable, raising=False)
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)
    with (
        proxy,
        running_server(sandbox.app) as url,
        httpx.Client(base_url=url, auth=AUTH, trust_env=False) as client,
    ):
        token = client.post("/api/v2/token", json={"clientId": "proxied", "dummyStatus": "APPROVED"})
        assert token.status_code == 201
        wait_for(lambda: len(receiver.received) == 1)
        with pytest.raises(TimeoutError):
            proxy.accept()  # nothing ever connected to the proxy
