"""Seeded faults of the markid API: the correct embedded markid sandbox plus exactly one thing wrong.

markid is iDenfy's white-label twin: the same paths and bodies on other hosts, with its own credentials (the run
reads them from ``MARKID_API_KEY``/``MARKID_API_SECRET``). So the faults here are the ones whose detection depends
on the vendor the run was started for, not on the iDenfy spec alone: the credentials the run authenticates with,
which it must find nowhere in an answer. (A host-dependent fault, an answer linking iDenfy's host instead of the
one under test, is not in the catalogue: no check of the kit compares the hosts of URLs in answers.) Each
builder's docstring says what is wrong and which check of ``idvkit contract markid`` catches it.
"""

from __future__ import annotations

import base64

from starlette.types import ASGIApp

from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import Credentials, fresh_sandbox
from tests.servers.idenfy import ignoring_auth

TOKEN = "/api/v2/token"


def _sandbox_app(credentials: Credentials) -> ASGIApp:
    return fresh_sandbox("markid", credentials).app


def token_ignores_auth(credentials: Credentials) -> ASGIApp:
    """Ignored auth on markid's host: ``POST /api/v2/token`` creates a verification (201) for a request without
    credentials (served as if markid's partner credentials were sent; wrong ones are still refused).

    Caught by ``ignored_auth`` (ST401), which repeats a successful request of the markid run without the
    credentials it read from ``MARKID_API_KEY``/``MARKID_API_SECRET``.
    """
    return ignoring_auth(_sandbox_app(credentials), credentials)


def token_echoes_basic_auth(credentials: Credentials) -> ASGIApp:
    """Credential echo of markid's basic-auth pair: ``POST /api/v2/token`` repeats the ``Authorization`` header's
    base64 ``MARKID_API_KEY:MARKID_API_SECRET`` in its 201 body, as ``partnerAuthorization``.

    TokenResponse allows additional properties, so the schema check passes; idvkit's ``no_credential_echo``
    check catches it only if it knows markid's credential variables and their basic-auth encoding (an iDenfy key
    pair is not what the markid run sends), on the spec's examples.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict):
            encoded = (request.header("authorization") or "").partition(" ")[2]
            return response.with_json({**body, "partnerAuthorization": encoded})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)


def token_echoes_api_secret(credentials: Credentials) -> ASGIApp:
    """Credential echo of markid's API secret: ``POST /api/v2/token`` repeats the basic-auth password
    (``MARKID_API_SECRET``) in its 201 body, as ``partnerSecret``.

    Caught by idvkit's ``no_credential_echo`` check (markid's API secret), on the spec's examples.
    """

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        body = response.json()
        if request.is_("POST", TOKEN) and response.status == 201 and isinstance(body, dict):
            kind, _, encoded = (request.header("authorization") or "").partition(" ")
            secret = base64.b64decode(encoded).decode().partition(":")[2] if kind.lower() == "basic" else None
            return response.with_json({**body, "partnerSecret": secret})
        return response

    return FaultMiddleware(_sandbox_app(credentials), on_response=rewrite)
