"""Seeded faults of the iDenfy API: the correct embedded sandbox plus exactly one thing wrong.

Each builder takes the credentials the server must accept and returns the ASGI app to serve. Its docstring
says what is wrong and which check of ``idvkit contract idenfy`` is expected to catch it.
"""

from __future__ import annotations

import base64
import binascii
from typing import Generic, TypeVar

from starlette.types import ASGIApp

from idvkit.sandbox._store import Store
from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import Credentials, fresh_sandbox, idenfy_behaviour

V = TypeVar("V")

TOKEN = "/api/v2/token"
STATUS = "/api/v2/status"


def _sandbox_app(credentials: Credentials) -> ASGIApp:
    return fresh_sandbox("idenfy", credentials).app


def _basic_user(request: HttpRequest) -> str | None:
    kind, _, encoded = (request.header("authorization") or "").partition(" ")
    try:
        decoded = base64.b64decode(encoded, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.partition(":")[0] if kind.lower() == "basic" else None


def _not_found() -> dict[str, str]:
    return {
        "message": "Verification not found.",
        "identifier": "BAD_VALUE",
        "documentation": "https://documentation.idenfy.com",
        "severity": "NOT_SEVERE",
    }


def status_client_id_as_number(credentials: Credentials) -> ASGIApp:
    """Wrong type: ``POST /api/v2/status`` answers 200 with ``clientId`` as a JSON number (the spec says string).

    Caught by ``response_schema_conformance`` (ST108 Response violates schema) once a status read succeeds,
    i.e. in the stateful phase (createToken -> getStatus link).
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", STATUS) and response.status == 200 and isinstance(body, dict):
            return response.with_json({**body, "clientId": 4711})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def status_undocumented_enum(credentials: Credentials) -> ASGIApp:
    """Enum violation: ``POST /api/v2/status`` answers 200 with ``status: ["APPROVED"]``, which is no value of
    the status enum. The enum is open (any string is a status the vendor may add; a new one is drift, see
    idvkit.contract._drift), so the fault sends what no reading of it allows: a list instead of a string.

    Caught by ``response_schema_conformance`` (ST108 Response violates schema) in the stateful phase.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", STATUS) and response.status == 200 and isinstance(body, dict):
            return response.with_json({**body, "status": ["APPROVED"]})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_without_scan_ref(credentials: Credentials) -> ASGIApp:
    """Missing required field: ``POST /api/v2/token`` answers 201 without ``scanRef`` (required by TokenResponse).

    Caught by ``response_schema_conformance`` (ST108 Response violates schema) on the spec's examples; the
    ``resource_lifecycle`` check also notices that the create returned no verification id.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict):
            return response.with_json({key: value for key, value in body.items() if key != "scanRef"})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def status_undocumented_418(credentials: Credentials) -> ASGIApp:
    """Undocumented status: ``POST /api/v2/status`` answers 418 (body unchanged) to every well-formed request.

    The operation documents 200, 400, 401, 404 and 429. Caught by ``status_code_conformance`` (ST103
    Undocumented HTTP status code) on the spec's example request.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.is_("POST", STATUS) and response.status in (200, 404):
            return response.with_body(response.body, status=418)
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_json_as_text_plain(credentials: Credentials) -> ASGIApp:
    """Wrong content type: ``POST /api/v2/token`` sends its JSON body as ``text/plain``.

    The 201 response documents only ``application/json``. Caught by ``content_type_conformance`` (ST105
    Undocumented Content-Type) on the spec's examples.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.is_("POST", TOKEN) and response.status == 201:
            return response.with_header("content-type", "text/plain; charset=utf-8")
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_ignores_auth(credentials: Credentials) -> ASGIApp:
    """Ignored auth: ``POST /api/v2/token`` creates a verification (201) for a request without credentials.

    (A request without an ``Authorization`` header is served as if the partner's credentials were sent;
    wrong credentials are still refused.) Caught by ``ignored_auth`` (ST401), which repeats a successful
    request without credentials.
    """
    return ignoring_auth(_sandbox_app(credentials), credentials)


def ignoring_auth(app: ASGIApp, credentials: Credentials) -> ASGIApp:
    """``app`` (iDenfy's or markid's sandbox) serving ``POST /api/v2/token`` without credentials as if
    ``credentials`` were sent."""
    authorization = credentials.basic_authorization()

    def rewrite(request: HttpRequest) -> HttpRequest:
        if request.is_("POST", TOKEN) and request.header("authorization") is None:
            return request.with_header("authorization", authorization)
        return request

    return FaultMiddleware(app, on_request=rewrite)


def token_accepts_invalid_client_id(credentials: Credentials) -> ASGIApp:
    """Accepting invalid input: ``POST /api/v2/token`` answers 201 when ``clientId`` is missing, not a string or
    longer than 100 characters (the server "fixes" the value instead of answering 400).

    Caught by ``negative_data_rejection`` (ST201 Schema-violating request accepted), on negative cases of the
    coverage phase (missing required property, maxLength + 1).
    """

    def rewrite(request: HttpRequest) -> HttpRequest:
        body = request.json()
        if request.is_("POST", TOKEN) and isinstance(body, dict):
            client_id = body.get("clientId")
            if not isinstance(client_id, str) or len(client_id) > 100:
                return request.with_json({**body, "clientId": "accepted-anyway"})
        return request

    return FaultMiddleware(_sandbox_app(credentials), on_request=rewrite)


def token_500_with_first_name(credentials: Credentials) -> ASGIApp:
    """5xx on valid input: ``POST /api/v2/token`` crashes (500) whenever the request has a ``firstName``.

    Caught by ``not_a_server_error`` (ST101 Server error) on the spec's ``withNames`` example.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = request.json()
        if request.is_("POST", TOKEN) and isinstance(body, dict) and body.get("firstName"):
            return response.with_json({"message": "Internal Server Error"}, status=500)
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def status_404_for_new_verifications(credentials: Credentials) -> ASGIApp:
    """Created resources not retrievable: ``POST /api/v2/status`` answers 404 for every scanRef, including the
    ones ``POST /api/v2/token`` just created.

    Caught by idvkit's ``resource_lifecycle`` check (x-resource: a created verification must be readable),
    reported on the create operation ``POST /api/v2/token``.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.is_("POST", STATUS) and response.status == 200:
            return response.with_json(_not_found(), status=404)
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


class _UndeletableStore(Generic[V]):
    """A store whose ``delete`` reports success and keeps the entry."""

    def __init__(self, inner: Store[V]) -> None:
        self._inner = inner

    def get(self, key: str) -> V | None:
        return self._inner.get(key)

    def put(self, key: str, value: V) -> None:
        self._inner.put(key, value)

    def delete(self, key: str) -> bool:
        return self._inner.get(key) is not None

    def values(self) -> list[V]:
        return self._inner.values()

    def clear(self) -> None:
        self._inner.clear()

    def __len__(self) -> int:
        return len(self._inner)


def undeletable(store: Store[V]) -> Store[V]:
    """``store`` with a ``delete`` that has no effect."""
    return _UndeletableStore(store)


def delete_without_effect(credentials: Credentials) -> ASGIApp:
    """Deletes without effect: ``POST /api/v2/delete`` answers 200 for a finished verification but keeps it, so
    ``POST /api/v2/status`` still answers 200 for it.

    (Deletion only succeeds for verifications that are no longer ACTIVE, e.g. created with ``dummyStatus``.)
    Caught by idvkit's ``resource_lifecycle`` check (a deleted verification must read 404) in the stateful
    phase (createToken -> deleteVerification link), reported on ``POST /api/v2/delete``.
    """
    sandbox = fresh_sandbox("idenfy", credentials)
    behaviour = idenfy_behaviour(sandbox)
    behaviour.verifications = undeletable(behaviour.verifications)
    return sandbox.app


def status_undocumented_identifier(credentials: Credentials) -> ASGIApp:
    """Undocumented error identifier: ``POST /api/v2/status`` answers 404 with ``identifier: "NOT_FOUND"``.

    The Error schema accepts any string as identifier, so the schema check passes; idvkit's
    ``documented_error_identifier`` check (the identifier must be one of ErrorIdentifier) catches it on the
    spec's example request.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", STATUS) and response.status == 404 and isinstance(body, dict):
            return response.with_json({**body, "identifier": "NOT_FOUND"})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_echoes_api_key(credentials: Credentials) -> ASGIApp:
    """Credential echo: ``POST /api/v2/token`` repeats the caller's API key (the basic-auth user name) in its 201
    body, as ``partnerApiKey``.

    TokenResponse allows additional properties, so the schema check passes; idvkit's ``no_credential_echo``
    check catches it on the spec's examples (and the run's output and reports must still not show the key).
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict):
            return response.with_json({**body, "partnerApiKey": _basic_user(request)})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_echoes_another_client_id(credentials: Credentials) -> ASGIApp:
    """Echo mismatch: ``POST /api/v2/token`` answers 201 with a ``clientId`` other than the one sent.

    The response is schema-valid; the spec marks the echoed ``clientId`` with ``x-echo``, and the kit's
    ``echoed_request_fields`` check compares it with the request.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict):
            return response.with_json({**body, "clientId": "someone-else", "personScanRef": "someone-else"})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)
