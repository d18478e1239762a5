"""Each seeded fault really is there, and only there: a direct probe (in process, no contract kit) observes the
fault on the faulty server and does not observe it on the correct sandbox.

This tells a broken catalogue entry (the sandbox changed and the fault no longer shows) apart from a contract
kit that stopped detecting it (tests/contract/test_detection.py).
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Awaitable, Callable

import httpx
import pytest
from starlette.types import ASGIApp

from tests.servers import DEFAULT_CREDENTIALS, FAULTS, Credentials, always_401, correct_server

Probe = Callable[[httpx.AsyncClient, Credentials], Awaitable[bool]]
UNKNOWN_SCAN_REF = "00000000-0000-0000-0000-000000000000"
CONFIGURATION = base64.b64encode(json.dumps({"id_organization": "ACME", "id_process": "p-1"}).encode()).decode()


class _NoAuth(httpx.Auth):
    """Send the request without credentials, whatever the client's default."""


async def _token(client: httpx.AsyncClient, **fields: object) -> httpx.Response:
    return await client.post("/api/v2/token", json={"clientId": "client-1", **fields})


async def _status_of_new(client: httpx.AsyncClient) -> httpx.Response:
    token = await _token(client)
    return await client.post("/api/v2/status", json={"scanRef": token.json()["scanRef"]})


async def _wrong_type(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return isinstance((await _status_of_new(client)).json().get("clientId"), int)


async def _enum_violation(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    status: object = (await _status_of_new(client)).json().get("status")
    return status == ["APPROVED"]


async def _missing_required_field(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    token = await _token(client)
    return token.status_code == 201 and "scanRef" not in token.json()


async def _undocumented_status(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return (await client.post("/api/v2/status", json={"scanRef": UNKNOWN_SCAN_REF})).status_code == 418


async def _wrong_content_type(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return (await _token(client)).headers["content-type"].startswith("text/plain")


async def _ignored_auth(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    anonymous = await client.post("/api/v2/token", json={"clientId": "client-1"}, auth=_NoAuth())
    wrong = await client.post("/api/v2/token", json={"clientId": "client-1"}, auth=("wrong", "wrong"))
    return anonymous.status_code == 201 and wrong.status_code == 401


async def _accepts_invalid_input(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    missing = await client.post("/api/v2/token", json={"firstName": "Jane"})
    too_long = await _token(client, clientId="x" * 101)
    return missing.status_code == 201 and too_long.status_code == 201


async def _server_error(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return (await _token(client, firstName="Jane")).status_code == 500 and (await _token(client)).status_code == 201


async def _created_not_retrievable(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return (await _status_of_new(client)).status_code == 404


async def _delete_without_effect(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    scan_ref = (await _token(client, dummyStatus="APPROVED")).json()["scanRef"]
    deleted = await client.post("/api/v2/delete", json={"scanRef": scan_ref})
    status = await client.post("/api/v2/status", json={"scanRef": scan_ref})
    return deleted.status_code == 200 and status.status_code == 200


async def _undocumented_identifier(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    answer = await client.post("/api/v2/status", json={"scanRef": UNKNOWN_SCAN_REF})
    return answer.status_code == 404 and answer.json().get("identifier") == "NOT_FOUND"


async def _credential_echo(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return credentials.api_key in (await _token(client)).text


async def _echo_mismatch(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    echoed: object = (await _token(client, clientId="client-7")).json().get("clientId")
    return echoed != "client-7"


async def _markid_basic_auth_echo(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return credentials.basic_authorization().partition(" ")[2] in (await _token(client)).text


async def _markid_secret_echo(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return str(credentials.api_secret) in (await _token(client)).text


async def _liveid_ignored_auth(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    body = {"id_organization": "ACME"}
    anonymous = await client.post("/api/service/availableLanguages", json=body)
    wrong = await client.post("/api/service/availableLanguages", json=body, headers={"apikey": "wrong-key"})
    return anonymous.status_code == 200 and wrong.status_code == 401


async def _push(client: httpx.AsyncClient, credentials: Credentials) -> httpx.Response:
    return await client.post(
        "/api/service/pushAsyncCall", json={"b64Data": CONFIGURATION}, headers={"apikey": credentials.api_key}
    )


async def _liveid_wrong_type(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    return isinstance((await _push(client, credentials)).json().get("uId"), int)


async def _liveid_undocumented_error_body(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    answer = await client.get(
        "/api/v2/getAsyncRequestInfo", params={"uId": "unknown"}, headers={"apikey": credentials.api_key}
    )
    return answer.status_code == 404 and "success" not in answer.json()


async def _liveid_delete_without_effect(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    uid = (await _push(client, credentials)).json()["uId"]
    headers = {"apikey": credentials.api_key}
    deleted = await client.delete("/api/service/delAsyncCall", params={"uId": uid}, headers=headers)
    info = await client.get("/api/v2/getAsyncRequestInfo", params={"uId": uid}, headers=headers)
    return deleted.status_code == 200 and info.status_code == 200


async def _liveid_erase_without_effect(client: httpx.AsyncClient, credentials: Credentials) -> bool:
    headers = {"apikey": credentials.api_key}
    uid = (await _push(client, credentials)).json()["uId"]
    info = await client.post("/api/service/getCallInfoUID", json={"uId": uid}, headers=headers)
    conference = info.json()["idConference"]
    token = await client.get("/api/authenticate/genAPIToken", params={"idConference": conference}, headers=headers)
    bearer = {"Authorization": f"Bearer {token.json()['token']}"}
    erased = await client.delete(
        "/api/v1/deleteAuditData", params={"idConference": conference, "eraseAll": "true"}, headers=bearer
    )
    data = await client.get("/api/v1/conferenceData", params={"idConference": conference}, headers=bearer)
    return erased.status_code == 200 and data.status_code == 200


PROBES: dict[str, Probe] = {
    "wrong_type": _wrong_type,
    "missing_required_field": _missing_required_field,
    "undocumented_status": _undocumented_status,
    "wrong_content_type": _wrong_content_type,
    "ignored_auth": _ignored_auth,
    "accepts_invalid_input": _accepts_invalid_input,
    "server_error_on_valid_input": _server_error,
    "created_not_retrievable": _created_not_retrievable,
    "delete_without_effect": _delete_without_effect,
    "enum_violation": _enum_violation,
    "undocumented_error_identifier": _undocumented_identifier,
    "credential_echo": _credential_echo,
    "echo_mismatch": _echo_mismatch,
    "markid_ignored_auth": _ignored_auth,
    "markid_basic_auth_echo": _markid_basic_auth_echo,
    "markid_secret_echo": _markid_secret_echo,
    "liveid_ignored_auth": _liveid_ignored_auth,
    "liveid_wrong_type": _liveid_wrong_type,
    "liveid_undocumented_error_body": _liveid_undocumented_error_body,
    "liveid_delete_without_effect": _liveid_delete_without_effect,
    "liveid_erase_without_effect": _liveid_erase_without_effect,
}


def _observe(app: ASGIApp, vendor: str, probe: Probe) -> bool:
    credentials = DEFAULT_CREDENTIALS[vendor]
    auth = (credentials.api_key, credentials.api_secret or "") if vendor != "liveid" else None

    async def run() -> bool:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=auth) as client:
            return await probe(client, credentials)

    return asyncio.run(run())


def test_every_fault_has_a_probe() -> None:
    assert set(PROBES) == set(FAULTS)


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_is_present_on_its_server_only(name: str) -> None:
    spec = FAULTS[name]
    credentials = DEFAULT_CREDENTIALS[spec.vendor]
    assert _observe(spec.build(credentials), spec.vendor, PROBES[name]), f"{name}: fault not observed"
    correct = correct_server(spec.vendor)(credentials)
    assert not _observe(correct, spec.vendor, PROBES[name]), f"{name}: the correct sandbox shows it too"


def test_always_401_rejects_valid_credentials() -> None:
    async def probe(client: httpx.AsyncClient, credentials: Credentials) -> bool:
        return (await _token(client)).status_code == 401

    assert _observe(always_401(DEFAULT_CREDENTIALS["idenfy"]), "idenfy", probe)
