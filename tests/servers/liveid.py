"""Seeded faults of the LiveID+ API: the correct embedded sandbox plus exactly one thing wrong.

Each builder takes the credentials the server must accept and returns the ASGI app to serve. Its docstring
says what is wrong and which check of ``idvkit contract liveid`` is expected to catch it.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp

from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import Credentials, fresh_sandbox, liveid_behaviour
from tests.servers.idenfy import undeletable

LANGUAGES = "/api/service/availableLanguages"
PUSH = "/api/service/pushAsyncCall"
REQUEST_INFO = "/api/v2/getAsyncRequestInfo"
DELETE_AUDIT_DATA = "/api/v1/deleteAuditData"


def _sandbox_app(credentials: Credentials) -> ASGIApp:
    return fresh_sandbox("liveid", credentials).app


def languages_ignore_apikey(credentials: Credentials) -> ASGIApp:
    """Ignored auth on an ApiKeyAuth operation: ``POST /api/service/availableLanguages`` answers 200 without an
    ``apikey`` header (a request without one is served as the organisation's; a wrong key is still refused).

    Caught by ``ignored_auth`` (ST401), which repeats the successful example request without credentials.
    """

    def rewrite(request: HttpRequest) -> HttpRequest:
        if request.is_("POST", LANGUAGES) and request.header("apikey") is None:
            return request.with_header("apikey", credentials.api_key)
        return request

    return FaultMiddleware(_sandbox_app(credentials), on_request=rewrite)


def push_uid_as_number(credentials: Credentials) -> ASGIApp:
    """Wrong type: ``POST /api/service/pushAsyncCall`` answers 200 with ``uId`` as a JSON number (spec: string).

    Caught by ``response_schema_conformance`` (ST108 Response violates schema) on the spec's examples.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", PUSH) and response.status == 200 and isinstance(body, dict):
            return response.with_json({**body, "uId": 90210})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def request_info_undocumented_error_body(credentials: Credentials) -> ASGIApp:
    """Undocumented error body: ``GET /api/v2/getAsyncRequestInfo`` answers 404 with ``{"error": ..., "code": 404}``
    instead of the documented ``{success: false, message}`` envelope (``success`` is required).

    Caught by ``response_schema_conformance`` (ST108 Response violates schema) on the spec's example uId.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.is_("GET", REQUEST_INFO) and response.status == 404:
            return response.with_json({"error": "no such request", "code": 404})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def async_call_delete_without_effect(credentials: Credentials) -> ASGIApp:
    """Deletes without effect: ``DELETE /api/service/delAsyncCall`` answers 200 but the asynchronous request stays,
    so ``GET /api/v2/getAsyncRequestInfo`` still answers 200 for its uId.

    Caught by idvkit's ``resource_lifecycle`` check (a deleted asyncCall must read 404) in the fuzzing phase, which
    deletes the uIds earlier answers returned (schemathesis reuses captured ids), reported on
    ``DELETE /api/service/delAsyncCall``.
    """
    sandbox = fresh_sandbox("liveid", credentials)
    behaviour = liveid_behaviour(sandbox)
    behaviour.requests = undeletable(behaviour.requests)
    return sandbox.app


def erase_all_without_effect(credentials: Credentials) -> ASGIApp:
    """Erasure without effect: ``DELETE /api/v1/deleteAuditData`` with ``eraseAll=true`` answers 200 but deletes
    only the call's artifacts, as without ``eraseAll``: ``conferenceData`` and both ``getAuditData`` still answer
    200 for the erased call (personal data a user asked to erase is still served).

    Caught by idvkit's ``resource_lifecycle`` check (x-resource with ``when: {eraseAll: true}``: every operation
    that reads the erased conference must answer 404) in the stateful phase, which follows genAPIToken's
    eraseConference link; reported on ``DELETE /api/v1/deleteAuditData``.
    """

    def rewrite(request: HttpRequest) -> HttpRequest:
        if not request.is_("DELETE", DELETE_AUDIT_DATA):
            return request
        query = [(k, "false" if k == "eraseAll" else v) for k, v in parse_qsl(request.query, keep_blank_values=True)]
        return replace(request, query=urlencode(query))

    return FaultMiddleware(_sandbox_app(credentials), on_request=rewrite)
