"""Shared helpers of the sandbox tests: a spec-checking client, a loopback callback receiver, vendor error checks.

Every response that goes through ``Api`` is validated against the spec of the operation that answered it
(vendor spec or sandbox-control spec): the status must be declared for the operation, a JSON body must
validate against the schema declared for that status and media type, and an operation that declares no
body must answer none.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

import httpx
import idvkit_specs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Scope

from idvkit.sandbox import Sandbox, running_server
from idvkit.specs import (
    Operation,
    OperationIndex,
    SpecSchemas,
    dereferenced_pointer,
    iter_operations,
    json_pointer,
    pointer_parts,
    resolve_pointer,
)
from idvkit.vendors import get_vendor
from idvkit.webhooks import parse_idenfy_callback, parse_liveid_callback, verify_signature

AUTH = ("sandbox-key", "sandbox-secret")
CALLBACK_KEY = "sandbox-callback-key"
APIKEY = {"apikey": "sandbox-apikey"}
CONTROL = "sandbox-control"
BASE_URL = "http://sandbox"
#: what every control API POST must carry, also one without a body (resetSandbox)
JSON_TYPE = {"Content-Type": "application/json"}

T = TypeVar("T")


@cache
def document(name: str) -> dict[str, Any]:
    """A bundled spec (shared: tests must not modify it)."""
    return idvkit_specs.load(name)


@cache
def schemas(name: str) -> SpecSchemas:
    return SpecSchemas(document(name))


@cache
def _operations(vendor: str, name: str) -> OperationIndex[Operation]:
    """The operations of document ``name`` that a ``vendor`` sandbox serves (control: by tag)."""
    tags = {"sandbox", get_vendor(vendor).control_tag}
    return OperationIndex(
        (op.method, op.path, op)
        for op in iter_operations(document(name))
        if name != CONTROL or tags & set(op.definition.get("tags", []))
    )


def find_operation(vendor: str, method: str, path: str) -> tuple[str, Operation] | None:
    """The (document name, operation) that serves ``method path`` in a ``vendor`` sandbox."""
    name = CONTROL if path.startswith("/__sandbox/") else vendor
    found = _operations(vendor, name).match(method.upper(), path)
    if found is None or found.operation is None:
        return None
    return name, found.operation


def path_exists(vendor: str, path: str) -> bool:
    name = CONTROL if path.startswith("/__sandbox/") else vendor
    return _operations(vendor, name).match("GET", path) is not None


def assert_vendor_error(vendor: str, response: httpx.Response) -> dict[str, Any]:
    """A 4xx body in the format of the vendor (or of the control API for /__sandbox paths)."""
    assert 400 <= response.status_code < 500, response.status_code
    assert response.headers.get("content-type", "").startswith("application/json"), response.headers
    if response.request.method == "HEAD":
        return {}  # HTTP clients drop the body of a HEAD answer
    body = response.json()
    assert isinstance(body, dict), body
    if response.request.url.path.startswith("/__sandbox/") and path_exists(vendor, response.request.url.path):
        assert set(body) == {"error"}, body
        assert isinstance(body["error"], str)
        assert schemas(CONTROL).errors("/components/schemas/ControlError", body) == []
    elif vendor == "liveid":
        assert body.get("success") is False, body
        assert isinstance(body.get("message"), str), body
        assert body["message"], body
        assert set(body) == {"success", "message"}, body
        assert schemas(vendor).errors("/components/schemas/Error", body) == []
    else:
        assert schemas(vendor).errors("/components/schemas/Error", body) == []
        assert isinstance(body["message"], str), body
        assert body["message"], body
        if response.status_code == 401:
            assert set(body) == {"message"}, body  # documented: no identifier for authentication failures
        elif response.status_code in (400, 405):
            identifiers = document(vendor)["components"]["schemas"]["ErrorIdentifier"]["enum"]
            assert body.get("identifier") in [*identifiers, "PARTNER_ERROR"], body
            assert set(body) == {"message", "identifier", "documentation", "severity"}, body
    return body


def check_response(vendor: str, response: httpx.Response) -> None:
    """Fail unless ``response`` is what the spec declares for its operation and status."""
    method, path = response.request.method, response.request.url.path
    found = find_operation(vendor, method, path)
    if found is None:
        assert response.status_code in (404, 405), f"{method} {path}: {response.status_code}"
        if response.status_code == 405:
            assert "allow" in response.headers
        assert_vendor_error(vendor, response)
        return
    name, operation = found
    status = str(response.status_code)
    assert status in operation.definition["responses"], f"{operation.label} answered undeclared {status}"
    pointer = dereferenced_pointer(document(name), f"{operation.pointer}/responses/{status}")
    declared = resolve_pointer(document(name), pointer)
    content = declared.get("content")
    for header in declared.get("headers") or {}:
        assert header.lower() in response.headers, f"{operation.label} {status}: no {header} header"
    if not content:
        assert response.content == b"", f"{operation.label} {status}: undeclared body {response.content[:80]!r}"
        return
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type in content, f"{operation.label} {status}: media type {media_type!r} not in {list(content)}"
    if media_type == "application/json":
        errors = schemas(name).errors(
            json_pointer([*pointer_parts(pointer), "content", media_type, "schema"]), response.json()
        )
        assert errors == [], f"{operation.label} {status}: {errors}"
    else:
        assert response.content, f"{operation.label} {status}: empty {media_type} body"
    if response.status_code >= 400 and media_type == "application/json":
        assert_vendor_error(vendor, response)  # an error declared as a page (the hosted page's 404) is not one


class Api:
    """An httpx client on a sandbox's ASGI app that checks every response against the spec."""

    def __init__(self, sandbox: Sandbox, client: httpx.AsyncClient) -> None:
        self.sandbox = sandbox
        self.client = client
        self.vendor = sandbox.vendor

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: bytes | None = None,
        data: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> httpx.Response:
        response = await self.client.request(
            method,
            path,
            json=json,
            content=content,
            data=data,
            params=params,
            headers=headers,
            auth=auth,
        )
        check_response(self.vendor, response)
        return response

    # iDenfy / markid: every operation is a POST with a JSON body and basic auth
    async def idenfy(self, operation: str, body: Any) -> httpx.Response:
        return await self.request("POST", f"/api/v2/{operation}", json=body, auth=AUTH)

    async def token(self, **fields: Any) -> dict[str, Any]:
        response = await self.idenfy("token", {"clientId": "client-1", **fields})
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    # LiveID+
    async def push(self, configuration: Mapping[str, Any] | None = None) -> str:
        encoded = base64.b64encode(json.dumps(dict(configuration or {})).encode()).decode()
        response = await self.request("POST", "/api/service/pushAsyncCall", json={"b64Data": encoded}, headers=APIKEY)
        assert response.status_code == 200, response.text
        uid: str = response.json()["uId"]
        return uid

    async def conference_of(self, uid: str) -> str:
        response = await self.request("POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=APIKEY)
        assert response.status_code == 200, response.text
        conference: str = response.json()["idConference"]
        return conference

    async def conference_token(self, conference: str) -> dict[str, str]:
        response = await self.request(
            "GET", "/api/authenticate/genAPIToken", params={"idConference": conference}, headers=APIKEY
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    # control API
    async def advance(self, seconds: float) -> None:
        response = await self.request("POST", "/__sandbox/clock/advance", json={"seconds": seconds})
        assert response.status_code == 200, response.text

    async def deliveries(self) -> list[dict[str, Any]]:
        await self.sandbox.dispatcher.drain()
        response = await self.request("GET", "/__sandbox/callbacks")
        assert response.status_code == 200
        deliveries: list[dict[str, Any]] = response.json()["deliveries"]
        return deliveries


def run(sandbox: Sandbox, scenario: Callable[[Api], Awaitable[T]]) -> T:
    """Run ``scenario`` against ``sandbox`` (in-process ASGI) and wait for its callbacks."""

    async def main() -> T:
        transport = httpx.ASGITransport(app=sandbox.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            try:
                return await scenario(Api(sandbox, client))
            finally:
                await sandbox.dispatcher.drain()

    return asyncio.run(main())


async def asgi_post(app: ASGIApp, path: str, body: Any, headers: Mapping[str, str]) -> tuple[int, Any]:
    """POST a JSON body straight to an ASGI app (no HTTP client: for tests that send thousands of requests)."""
    content = json.dumps(body).encode()
    raw_headers = [(b"host", b"sandbox"), (b"content-type", b"application/json")]
    raw_headers += [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [*raw_headers, (b"content-length", str(len(content)).encode())],
        "server": ("sandbox", 80),
        "client": ("127.0.0.1", 50000),
    }
    messages: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": content, "more_body": False}

    async def send(message: Message) -> None:
        messages.append(message)

    await app(scope, receive, send)
    body_bytes = b"".join(message.get("body", b"") for message in messages[1:])
    return int(messages[0]["status"]), json.loads(body_bytes) if body_bytes else None


def basic_auth_header() -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()}


# -- callbacks ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    path: str
    body: bytes
    headers: dict[str, str]
    at: float


@dataclass
class Receiver:
    """A loopback webhook receiver that records every request and answers 500 ``failures`` times, then 200."""

    failures: int = 0
    url: str = ""
    received: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self, failures: int = 0) -> None:
        with self._lock:
            self.received.clear()
            self.failures = failures

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/{path:path}", self._handle, methods=["POST"])])

    async def _handle(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            self.received.append(Received(request.url.path, body, dict(request.headers), time.monotonic()))
            failing = self.failures > 0
            self.failures -= 1 if failing else 0
        return Response(status_code=500 if failing else 200)


@contextmanager
def receiving(failures: int = 0) -> Iterator[Receiver]:
    """A running receiver; its ``url`` is http://127.0.0.1:<port>/callback."""
    receiver = Receiver(failures)
    with running_server(receiver.app()) as url:
        receiver.url = f"{url}/callback"
        yield receiver


def check_idenfy_callback(vendor: str, received: Received) -> Any:
    """A received iDenfy/markid callback: signed with the sandbox key, schema-valid, parseable."""
    verify_signature(received.body, received.headers.get("idenfy-signature"), CALLBACK_KEY)
    assert received.headers.get("content-type", "").startswith("application/json")
    payload = json.loads(received.body)
    assert schemas(vendor).errors("/components/schemas/IdentificationWebhook", payload) == []
    event = received.headers.get("idenfy-event-type")
    assert event in document(vendor)["components"]["schemas"]["IdentificationEventType"]["enum"]
    if vendor == "markid":
        return parse_idenfy_callback(
            received.body,
            signature=received.headers["idenfy-signature"],
            event_type=event,
            key=CALLBACK_KEY,
            vendor="markid",
        )
    return parse_idenfy_callback(
        received.body, signature=received.headers["idenfy-signature"], event_type=event, key=CALLBACK_KEY
    )


def check_liveid_callback(body: bytes) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(body)
    assert schemas("liveid").errors("/components/schemas/LiveIDPlusResult", payload) == []
    parse_liveid_callback(body)
    return payload


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def jwt_claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims
