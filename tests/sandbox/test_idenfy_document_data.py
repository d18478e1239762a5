"""The iDenfy sandbox's document data (``POST /api/v2/data``) conforms to the spec's VerificationData schema.

Regressions found by long fuzzing runs of ``idvkit contract idenfy`` (ST108 on ``POST /api/v2/data``): for some
schema-valid token requests (long personal numbers, text whose upper case is longer than itself) the sandbox
answered document data that violated the schema.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import idvkit_specs
import pytest

from idvkit.sandbox import create_sandbox
from idvkit.specs import SpecSchemas

DATA = "/components/schemas/VerificationData"


async def _data_of(token_request: dict[str, Any]) -> dict[str, Any]:
    """The sandbox's /api/v2/data answer for a finished verification created with ``token_request``."""
    sandbox = create_sandbox("idenfy")
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sandbox", auth=("sandbox-key", "sandbox-secret")
    ) as client:
        token = await client.post("/api/v2/token", json={"clientId": "c-1", "dummyStatus": "APPROVED", **token_request})
        assert token.status_code == 201, token.text
        data = await client.post("/api/v2/data", json={"scanRef": token.json()["scanRef"]})
        assert data.status_code == 200, data.text
        answer: dict[str, Any] = data.json()
        return answer


@pytest.mark.parametrize(
    "token_request",
    [
        pytest.param({"personalNumber": "1" * 40}, id="personalNumber-40-chars"),
        pytest.param({"nationality": "aß"}, id="nationality-upper-expands"),
        pytest.param({"country": "ßa"}, id="country-upper-expands"),
        pytest.param({"firstName": "ß" * 60}, id="firstName-upper-expands"),
    ],
)
def test_sandbox_document_data_conforms(token_request: dict[str, Any]) -> None:
    schemas = SpecSchemas(idvkit_specs.load("idenfy"))
    request_errors = schemas.errors("/components/schemas/TokenRequest", {"clientId": "c-1", **token_request})
    assert request_errors == []  # the request is valid
    assert schemas.errors(DATA, asyncio.run(_data_of(token_request))) == []
