"""Vendor changes the spec allows or a vendor makes without notice, applied to a fresh iDenfy sandbox.

Each simulation wraps a correct embedded sandbox (``FaultMiddleware``) and changes one thing; ``DRIFT`` maps its
name to the builder and to the drift item the watch (``idvkit contract --baseline``) must report: (kind,
operation, status, pointer). The webhook simulations change captured callbacks instead (``CALLBACK_DRIFT``): the
sending side of a webhook is not an HTTP answer.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from starlette.types import ASGIApp

from idvkit.sandbox import Sandbox
from idvkit.webhooks import EVENT_TYPE_HEADER
from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import Credentials, fresh_sandbox, idenfy_behaviour

TOKEN = "/api/v2/token"
STATUS = "/api/v2/status"
TOKEN_OPERATION = f"POST {TOKEN}"
STATUS_OPERATION = f"POST {STATUS}"


@dataclass(frozen=True)
class Expected:
    """A drift item the watch must report."""

    kind: str
    operation: str
    status: str | None
    pointer: str = ""


ResponseChange = Callable[[HttpRequest, HttpResponse], HttpResponse]


def _changing(change: ResponseChange) -> Callable[[Credentials], ASGIApp]:
    def build(credentials: Credentials) -> ASGIApp:
        return FaultMiddleware(fresh_sandbox("idenfy", credentials).app, on_response=change)

    return build


def _created(request: HttpRequest, response: HttpResponse) -> dict[str, Any] | None:
    body = response.json()
    return body if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict) else None


def _new_field(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    body = _created(request, response)
    return response if body is None else response.with_json({**body, "riskLevel": "LOW"}, status=201)


def _field_dropped(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    body = _created(request, response)
    if body is None:
        return response
    return response.with_json({k: v for k, v in body.items() if k != "message"}, status=201)


def _enum_value(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A ``tokenType`` the spec does not list (its enum is closed: the contract run also fails on it)."""
    body = _created(request, response)
    return response if body is None else response.with_json({**body, "tokenType": "BIOMETRIC"}, status=201)


def _not_found(request: HttpRequest, response: HttpResponse) -> dict[str, Any] | None:
    body = response.json()
    return body if request.is_("POST", STATUS) and response.status == 404 and isinstance(body, dict) else None


def _new_identifier(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    body = _not_found(request, response)
    return response if body is None else response.with_json({**body, "identifier": "VERIFICATION_UNKNOWN"}, status=404)


def _created_as_200(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    return response.with_body(response.body, status=200) if _created(request, response) is not None else response


def _error_shape(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    body = _not_found(request, response)
    if body is None:
        return response
    return response.with_json({"error": {"code": "NOT_FOUND", "detail": "Verification not found."}}, status=404)


def _content_type(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if _created(request, response) is None:
        return response
    return response.with_header("content-type", "text/plain; charset=utf-8")


def _type_change(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    body = _created(request, response)
    return response if body is None else response.with_json({**body, "sessionLength": "600"}, status=201)


def _required_request_field(credentials: Credentials) -> ASGIApp:
    """createToken now requires ``country``: a request without it is refused with iDenfy's MISSING_VALUE."""
    app = fresh_sandbox("idenfy", credentials).app

    def change(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = request.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict) and "country" not in body:
            error = {
                "message": "Missing value: country",
                "identifier": "MISSING_VALUE",
                "documentation": "https://documentation.idenfy.com",
                "severity": "NOT_SEVERE",
            }
            return response.with_json(error, status=400)
        return response

    return FaultMiddleware(app, on_response=change)


#: name -> (server builder, the drift items it must cause)
DRIFT: Mapping[str, tuple[Callable[[Credentials], ASGIApp], tuple[Expected, ...]]] = {
    "new undeclared response field": (
        _changing(_new_field),
        (Expected("new undeclared field", TOKEN_OPERATION, "201", "/riskLevel"),),
    ),
    "optional field no longer sent": (
        _changing(_field_dropped),
        (Expected("field no longer sent", TOKEN_OPERATION, "201", "/message"),),
    ),
    "new value of an enum": (
        _changing(_enum_value),
        (Expected("new enum value", TOKEN_OPERATION, "201", "/tokenType"),),
    ),
    "new error identifier": (
        _changing(_new_identifier),
        (Expected("new error identifier", STATUS_OPERATION, "404", "/identifier"),),
    ),
    "201 becomes 200": (
        _changing(_created_as_200),
        (
            Expected("new status", TOKEN_OPERATION, "200"),
            Expected("status no longer seen", TOKEN_OPERATION, "201"),
        ),
    ),
    "error body in another shape": (
        _changing(_error_shape),
        (
            Expected("new undeclared field", STATUS_OPERATION, "404", "/error"),
            Expected("field no longer sent", STATUS_OPERATION, "404", "/identifier"),
        ),
    ),
    "content type change": (
        _changing(_content_type),
        (Expected("media-type change", TOKEN_OPERATION, "201"),),
    ),
    "field type change": (
        _changing(_type_change),
        (Expected("type change", TOKEN_OPERATION, "201", "/sessionLength"),),
    ),
    "new required request field": (
        _required_request_field,
        (
            Expected("status no longer seen", TOKEN_OPERATION, "201"),
            Expected("new status", TOKEN_OPERATION, "400"),
        ),
    ),
}


def callback_lines(bodies: Mapping[str, tuple[bytes, ...]], event_header: str) -> list[str]:
    """A capture file's lines (``--callbacks``) for ``bodies`` by event type."""
    return [
        json.dumps({"headers": {"Content-Type": "application/json", event_header: event}, "body": json.loads(body)})
        for event, payloads in sorted(bodies.items())
        for body in payloads
    ]


def _renamed(bodies: Mapping[str, tuple[bytes, ...]]) -> dict[str, tuple[bytes, ...]]:
    """The verification's ``scanRef`` sent as ``scanReference``."""
    changed = {}
    for event, payloads in bodies.items():
        renamed = []
        for body in payloads:
            data = json.loads(body)
            if isinstance(data, dict) and "scanRef" in data:
                data["scanReference"] = data.pop("scanRef")
            renamed.append(json.dumps(data).encode())
        changed[event] = tuple(renamed)
    return changed


def _new_event(bodies: Mapping[str, tuple[bytes, ...]]) -> dict[str, tuple[bytes, ...]]:
    """A new event type, with the body of an existing one."""
    first = sorted(bodies)[0]
    return {**bodies, "IDENTIFICATION_ARCHIVED": bodies[first]}


def _open_enum_value(bodies: Mapping[str, tuple[bytes, ...]]) -> dict[str, tuple[bytes, ...]]:
    """A fraud tag the spec does not list: ``status.fraudTags`` is an open enum (known values, or any string)."""
    changed = {}
    for event, payloads in bodies.items():
        tagged = []
        for body in payloads:
            data = json.loads(body)
            if isinstance(data, dict) and isinstance(data.get("status"), dict):
                data["status"]["fraudTags"] = ["DEEPFAKE_SUSPECTED"]
            tagged.append(json.dumps(data).encode())
        changed[event] = tuple(tagged)
    return changed


#: name -> (change of the captured bodies, the drift items it must cause)
CALLBACK_DRIFT: Mapping[
    str, tuple[Callable[[Mapping[str, tuple[bytes, ...]]], dict[str, tuple[bytes, ...]]], tuple[Expected, ...]]
] = {
    "webhook field renamed": (
        _renamed,
        (
            Expected("new undeclared field", "webhook IDENTIFICATION", "callback", "/scanReference"),
            Expected("field no longer sent", "webhook IDENTIFICATION", "callback", "/scanRef"),
        ),
    ),
    "new value in an open enum": (
        _open_enum_value,
        (Expected("new enum value", "webhook IDENTIFICATION", "callback", "/status/fraudTags/*"),),
    ),
    "new webhook event type": (
        _new_event,
        (Expected("new webhook event type", "webhook IDENTIFICATION_ARCHIVED", "callback"),),
    ),
}


SERVICE_START = "/app/service-start"


def _without_location(credentials: Credentials) -> ASGIApp:
    """LiveID+'s ``service-start`` still redirects (302) but no longer sends the ``Location`` header the spec names."""

    def change(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.is_("POST", SERVICE_START) and response.status == 302:
            return replace(response, headers=tuple((k, v) for k, v in response.headers if k != "location"))
        return response

    return FaultMiddleware(fresh_sandbox("liveid", credentials).app, on_response=change)


#: LiveID+ changes: name -> (server builder, the drift items it must cause)
LIVEID_DRIFT: Mapping[str, tuple[Callable[[Credentials], ASGIApp], tuple[Expected, ...]]] = {
    "header removed": (_without_location, (Expected("header gone", f"POST {SERVICE_START}", "302"),)),
}


# ------------------------------------------------------------------------------ the sandbox's own callbacks change
#: The event type a contract run reliably makes the sandbox send: createToken's example has a dummyStatus.
SENT_EVENT = "IDENTIFICATION_MANUAL_FINISHED"


def _encoding(sandbox: Sandbox, change: Callable[[dict[str, Any]], None]) -> None:
    """The sandbox's sender changes ``change``'s way every result payload before it is spelt and signed."""
    dispatcher = idenfy_behaviour(sandbox).dispatcher
    encode = dispatcher.encode

    def changed(payload: Any) -> bytes:
        if isinstance(payload, dict) and isinstance(payload.get("status"), dict):
            payload = copy.deepcopy(payload)
            change(payload)
        return encode(payload)

    dispatcher.encode = changed  # type: ignore[method-assign]


def _sends_renamed_field(sandbox: Sandbox) -> None:
    """The result webhook's ``scanRef`` is sent as ``scanReference``."""
    _encoding(sandbox, lambda payload: payload.update(scanReference=payload.pop("scanRef")))


def _sends_open_enum_value(sandbox: Sandbox) -> None:
    """A fraud tag the spec does not list (``status.fraudTags`` is an open enum)."""
    _encoding(sandbox, lambda payload: payload["status"].update(fraudTags=["DEEPFAKE_SUSPECTED"]))


def _sends_new_event_type(sandbox: Sandbox) -> None:
    """The manual result is announced under a new event type, ``IDENTIFICATION_ARCHIVED``."""
    dispatcher = idenfy_behaviour(sandbox).dispatcher
    send = dispatcher.send

    def changed(url: str, event: str, body: bytes, headers: Mapping[str, str], *, chain: str | None = None) -> Any:
        if event == SENT_EVENT:
            event = "IDENTIFICATION_ARCHIVED"
            headers = {**headers, EVENT_TYPE_HEADER: event}
        return send(url, event, body, headers, chain=chain)

    dispatcher.send = changed  # type: ignore[method-assign]


#: Changes of what the embedded sandbox itself sends (applied to a served sandbox whose callbacks a receiver
#: captures): name -> (change of the sandbox, the drift items it must cause)
SENDER_DRIFT: Mapping[str, tuple[Callable[[Sandbox], None], tuple[Expected, ...]]] = {
    "sent webhook field renamed": (
        _sends_renamed_field,
        (
            Expected("new undeclared field", f"webhook {SENT_EVENT}", "callback", "/scanReference"),
            Expected("field no longer sent", f"webhook {SENT_EVENT}", "callback", "/scanRef"),
        ),
    ),
    "sent value in an open enum": (
        _sends_open_enum_value,
        (Expected("new enum value", f"webhook {SENT_EVENT}", "callback", "/status/fraudTags/*"),),
    ),
    "sent new event type": (
        _sends_new_event_type,
        (Expected("new webhook event type", "webhook IDENTIFICATION_ARCHIVED", "callback"),),
    ),
}
