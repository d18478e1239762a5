"""How the engine authenticates a request against the operation's security schemes (SpecApplication._satisfies),
and that each vendor behaviour accepts only the kinds of credential its spec gives it.

The schemes come from the spec: a LiveID+ document whose schemes are edited shows what the engine does with a
scheme it cannot check (an API key outside the headers) and with a bearer token sent where basic auth is asked.
"""

from __future__ import annotations

import asyncio
import base64
import copy
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.sandbox import IdenfySandbox, LiveIdSandbox, SpecApplication, create_sandbox
from idvkit.sandbox._engine import constant_time_equal
from tests.sandbox._support import APIKEY, BASE_URL, document

TOKEN_BODY = {"clientId": "client-1"}


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def call(app: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def main() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(main())


def token_status(authorization: str, *, api_key: str | None = None, api_secret: str | None = None) -> int:
    sandbox = create_sandbox("idenfy", api_key=api_key, api_secret=api_secret)
    headers = {"Authorization": authorization}
    return call(sandbox.app, "POST", "/api/v2/token", json=TOKEN_BODY, headers=headers).status_code


def test_basic_auth_with_the_sandbox_credentials_is_accepted() -> None:
    assert token_status(f"Basic {basic('sandbox-key', 'sandbox-secret')}") == 201
    assert token_status(f"basic {basic('sandbox-key', 'sandbox-secret')}") == 201  # the scheme is case-insensitive


def test_several_spaces_after_the_scheme_are_allowed() -> None:
    """RFC 9110 section 11.4: credentials = auth-scheme [ 1*SP ( token68 / ... ) ]."""
    assert token_status(f"Basic   {basic('sandbox-key', 'sandbox-secret')}") == 201


def test_a_password_may_hold_colons() -> None:
    """RFC 7617: the user-id ends at the first colon; the password is the rest, colons included."""
    assert token_status(f"Basic {basic('key-1', 'se:cr:et')}", api_key="key-1", api_secret="se:cr:et") == 201
    assert token_status(f"Basic {basic('key-1', 'se')}", api_key="key-1", api_secret="se:cr:et") == 401


@pytest.mark.parametrize(
    "encoded",
    [
        basic("sandbox-key", "sandbox-secret") + "!!",  # characters outside the base64 alphabet
        "!" + basic("sandbox-key", "sandbox-secret"),
        basic("sandbox-key", "sandbox-secret").rstrip("="),  # bad padding
        base64.b64encode(b"sandbox-key:\xff\xfe").decode(),  # not UTF-8
        base64.b64encode(b"sandbox-key").decode(),  # no colon
    ],
)
def test_malformed_basic_credentials_are_refused(encoded: str) -> None:
    assert token_status(f"Basic {encoded}") == 401


@pytest.mark.parametrize("authorization", ["", "Bearer sandbox-secret", "Digest x", "Basic"])
def test_other_kinds_of_authorization_are_refused_by_idenfy(authorization: str) -> None:
    assert token_status(authorization) == 401


def test_each_behaviour_accepts_only_the_credential_kinds_of_its_spec() -> None:
    idenfy = IdenfySandbox(document("idenfy"))
    assert idenfy.check_api_key("apikey", "sandbox-apikey") is False
    assert idenfy.check_api_key("X-Api-Key", idenfy.credentials.api_key) is False
    assert idenfy.check_bearer(idenfy.credentials.api_secret) is None
    liveid = LiveIdSandbox(document("liveid"))
    assert liveid.check_basic("sandbox-apikey", "sandbox-apikey") is False
    assert liveid.check_basic(liveid.credentials.api_key, "") is False


def liveid_with(schemes: dict[str, Any]) -> SpecApplication:
    """A LiveID+ sandbox whose spec's security schemes are replaced by ``schemes`` (same names)."""
    edited = copy.deepcopy(document("liveid"))
    edited["components"]["securitySchemes"].update(schemes)
    return SpecApplication([LiveIdSandbox(edited)])


def push_status(app: SpecApplication, **kwargs: Any) -> int:
    encoded = base64.b64encode(b"{}").decode()
    return call(app, "POST", "/api/service/pushAsyncCall", json={"b64Data": encoded}, **kwargs).status_code


def test_an_api_key_the_engine_cannot_read_is_never_satisfied() -> None:
    """An apiKey scheme in the query (or a cookie) is not checked by the engine: it refuses, never accepts."""
    assert push_status(SpecApplication([LiveIdSandbox(document("liveid"))]), headers=APIKEY) == 200
    for place in ("query", "cookie"):
        app = liveid_with({"ApiKeyAuth": {"type": "apiKey", "in": place, "name": "apikey"}})
        assert push_status(app, headers=APIKEY) == 401, place
        assert push_status(app, params=APIKEY) == 401, place
        assert push_status(app) == 401, place


def test_an_unknown_scheme_type_is_never_satisfied() -> None:
    app = liveid_with({"ApiKeyAuth": {"type": "oauth2", "flows": {}}})
    assert push_status(app) == 401
    assert push_status(app, headers={**APIKEY, "Authorization": "Bearer x"}) == 401


def test_a_bearer_token_does_not_satisfy_a_basic_scheme() -> None:
    """A valid conference JWT sent to an operation whose scheme asks for basic auth is refused."""
    sandbox = create_sandbox("liveid")
    uid = call(
        sandbox.app,
        "POST",
        "/api/service/pushAsyncCall",
        json={"b64Data": base64.b64encode(b"{}").decode()},
        headers=APIKEY,
    ).json()["uId"]
    conference = call(sandbox.app, "POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=APIKEY).json()
    token = call(
        sandbox.app,
        "GET",
        "/api/authenticate/genAPIToken",
        params={"idConference": conference["idConference"]},
        headers=APIKEY,
    ).json()["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    data = "/api/v1/conferenceData"
    query = {"idConference": conference["idConference"]}
    assert call(sandbox.app, "GET", data, params=query, headers=bearer).status_code == 200

    behaviour = sandbox.behaviour
    edited = copy.deepcopy(behaviour.document)
    edited["components"]["securitySchemes"]["ConferenceToken"] = {"type": "http", "scheme": "basic"}
    behaviour.document = edited
    app = SpecApplication([behaviour])
    refused = call(app, "GET", data, params=query, headers=bearer)
    assert refused.status_code == 401


@given(st.text(), st.text())
def test_constant_time_equal_is_equality_for_any_text(given_text: str, expected: str) -> None:
    """Lone surrogates included (a credential from the environment may hold one): never an exception."""
    assert constant_time_equal(given_text, expected) is (given_text == expected)
    assert constant_time_equal(expected, expected) is True
