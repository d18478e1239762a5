"""idvkit.clients: ready clients authenticate as each vendor's spec says, and never show a secret."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any
from uuid import UUID

import httpx
import pytest
from idenfy_client.api.tokens import create_token
from idenfy_client.models import TokenRequest, TokenResponse
from liveid_client.api.service import get_queue
from liveid_client.api.v1 import conference_data
from liveid_client.models import ConferenceDataResponse, ProcessRequest

from idvkit import clients
from idvkit.clients._auth import CONFERENCE_TOKEN_LIFETIME, ConferenceTokenAuth, token_expiry
from idvkit.vendors import get_vendor

KEY, SECRET, APIKEY = "key-Q7x", "secret-Z9y", "apikey-W3v"


def jwt(exp: float | None) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": "conference"} | ({"exp": exp} if exp is not None else {})
    return f"{part({'alg': 'HS256'})}.{part(claims)}.c2lnbmF0dXJl"


def test_server_constants_are_the_specs_servers() -> None:
    assert clients.IDENFY_PRODUCTION == get_vendor("idenfy").servers()[0]["url"] == "https://ivs.idenfy.com"
    assert [s["url"] for s in get_vendor("markid").servers()] == [clients.MARKID_PRODUCTION, clients.MARKID_LEGACY]
    assert clients.LIVEID_TEST == "https://liveid.test.namirialtsp.com"
    assert clients.LIVEID_PRODUCTION == "https://liveid.namirialtsp.com"


@pytest.mark.parametrize("factory", [clients.idenfy, clients.markid])
def test_basic_auth_client_sends_key_and_secret(factory: Any) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"authToken": "A" * 26, "scanRef": "d2714c8a-ec05-11e8-834f-067891e3383a", "clientId": "c-1"}
        return httpx.Response(201, json=body)

    client = factory(KEY, SECRET, httpx_args={"transport": httpx.MockTransport(handler)})
    created = create_token.sync(client=client, body=TokenRequest(client_id="c-1"))

    assert isinstance(created, TokenResponse)
    assert created.scan_ref == "d2714c8a-ec05-11e8-834f-067891e3383a"
    (request,) = seen
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert str(request.url).startswith(factory(KEY, SECRET)._base_url)
    assert json.loads(request.content) == {"clientId": "c-1"}


def test_default_timeouts_apply() -> None:
    client = clients.idenfy(KEY, SECRET).get_httpx_client()
    assert client.timeout.connect == 5.0
    assert client.timeout.read == 30.0


def test_liveid_apikey_client_sends_the_apikey_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "queue": 3})

    client = clients.liveid_apikey(APIKEY, httpx_args={"transport": httpx.MockTransport(handler)})
    get_queue.sync(
        client=client,
        body=ProcessRequest(id_organization="ORG", id_process=UUID("b6c1e2a4-1f5e-4a8e-9a53-2f1f8f0c0d11")),
    )
    assert seen[0].headers["apikey"] == APIKEY
    assert seen[0].url.host == "liveid.test.namirialtsp.com"


@pytest.mark.parametrize(
    "client",
    [
        pytest.param(lambda: clients.idenfy(KEY, SECRET), id="idenfy"),
        pytest.param(lambda: clients.markid(KEY, SECRET), id="markid"),
        pytest.param(lambda: clients.liveid_apikey(APIKEY), id="liveid-apikey"),
        pytest.param(lambda: clients.liveid_conference(APIKEY, "conf-1"), id="liveid-conference"),
    ],
)
def test_repr_never_shows_a_credential(client: Any) -> None:
    shown = repr(client()) + str(client())
    for secret in (KEY, SECRET, APIKEY, base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()):
        assert secret not in shown


class FakeLiveID:
    """A LiveID+ stand-in: genAPIToken issues numbered JWTs; conferenceData accepts only the newest."""

    def __init__(self, lifetime: float, now: list[float]) -> None:
        self.lifetime, self.now = lifetime, now
        self.issued: list[str] = []
        self.revoked: set[str] = set()

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/authenticate/genAPIToken":
            if request.headers.get("apikey") != APIKEY:
                return httpx.Response(401, json={"success": False, "message": "bad apikey"})
            assert request.url.params["idConference"] == "conf-1"
            token = jwt(self.now[0] + self.lifetime) + f"#{len(self.issued)}"
            self.issued.append(token)
            return httpx.Response(200, json={"success": True, "token": token})
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return httpx.Response(401, json={"success": False, "message": "token"})
        return httpx.Response(200, json={"success": True, "end_pattern": "N"})


def conference_client(fake: FakeLiveID, now: list[float]) -> Any:
    client = clients.liveid_conference(APIKEY, "conf-1", httpx_args={"transport": httpx.MockTransport(fake.handler)})
    auth: ConferenceTokenAuth = client._httpx_args["auth"]
    auth._clock = lambda: now[0]
    return client


def test_conference_client_obtains_and_renews_its_jwt() -> None:
    now = [1_000_000.0]
    fake = FakeLiveID(lifetime=120, now=now)
    client = conference_client(fake, now)

    first = conference_data.sync(client=client, id_conference="conf-1")
    assert isinstance(first, ConferenceDataResponse)
    now[0] += 90  # still valid for 30 s: reused
    conference_data.sync(client=client, id_conference="conf-1")
    assert len(fake.issued) == 1
    now[0] += 15  # 15 s left, less than the 20 s margin: renewed before it expires
    conference_data.sync(client=client, id_conference="conf-1")
    assert len(fake.issued) == 2


def test_conference_client_replays_once_after_a_401() -> None:
    now = [1_000_000.0]
    fake = FakeLiveID(lifetime=120, now=now)
    client = conference_client(fake, now)
    conference_data.sync(client=client, id_conference="conf-1")
    fake.revoked.add(fake.issued[-1])  # e.g. the vendor's clock is ahead of ours

    answer = conference_data.sync_detailed(client=client, id_conference="conf-1")

    assert answer.status_code == 200
    assert len(fake.issued) == 2


def test_conference_client_works_async() -> None:
    now = [1_000_000.0]
    fake = FakeLiveID(lifetime=120, now=now)
    client = conference_client(fake, now)

    async def main() -> Any:
        return await conference_data.asyncio(client=client, id_conference="conf-1")

    assert isinstance(asyncio.run(main()), ConferenceDataResponse)
    assert len(fake.issued) == 1


def test_conference_token_failure_is_clear_and_secret_free() -> None:
    now = [1_000_000.0]
    fake = FakeLiveID(lifetime=120, now=now)
    client = clients.liveid_conference(
        "wrong-apikey-S4u", "conf-1", httpx_args={"transport": httpx.MockTransport(fake.handler)}
    )
    with pytest.raises(clients.ConferenceTokenError, match="genAPIToken answered HTTP 401") as caught:
        conference_data.sync(client=client, id_conference="conf-1")
    assert caught.value.status_code == 401
    assert "wrong-apikey-S4u" not in str(caught.value)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (jwt(1_700_000_000), 1_700_000_000.0),
        (jwt(None), None),
        ("not-a-jwt", None),
        ("a.!!!.c", None),
    ],
)
def test_token_expiry(token: str, expected: float | None) -> None:
    assert token_expiry(token) == expected


def test_token_without_exp_lives_the_documented_two_minutes() -> None:
    now = [1_000.0]
    tokens = iter(["opaque-1", "opaque-2"])
    auth = ConferenceTokenAuth(lambda: next(tokens), clock=lambda: now[0])
    assert auth.token() == "opaque-1"
    now[0] += CONFERENCE_TOKEN_LIFETIME - 21
    assert auth.token() == "opaque-1"
    now[0] += 2
    assert auth.token() == "opaque-2"


def test_the_token_lifetime_is_the_specs() -> None:
    scheme = get_vendor("liveid").spec()["components"]["securitySchemes"]["ConferenceToken"]
    assert CONFERENCE_TOKEN_LIFETIME == scheme["x-token-lifetime"] == 120  # "about 2 minutes"


def test_httpx_args_cannot_override_the_credentials() -> None:
    with pytest.raises(ValueError, match="auth"):
        clients.idenfy(KEY, SECRET, httpx_args={"auth": ("other", "user")})


def test_empty_credentials_are_rejected() -> None:
    with pytest.raises(ValueError, match="API key"):
        clients.idenfy("", SECRET)
    with pytest.raises(ValueError, match="API key"):
        clients.liveid_apikey("")


def test_liveid_public_client_sends_no_credentials() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    from liveid_client.api.v1 import check_status

    check_status.sync(client=clients.liveid_public(httpx_args={"transport": httpx.MockTransport(handler)}))
    assert "apikey" not in seen[0].headers
    assert "authorization" not in seen[0].headers
