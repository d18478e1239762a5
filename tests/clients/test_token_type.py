"""tokenType is sent by the README's token request, the contract kit and the client conformance suite (issue 14,
item 5): iDenfy's OpenAPI document requires it, its prose does not, and a request with it satisfies both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import idvkit_specs
import pytest
import schemathesis
from hypothesis import given, settings

from contracts._endpoints import endpoint
from contracts._request_strategies import request_strategy
from idvkit.contract import _hooks
from idvkit.contract._sent_defaults import sent_defaults, with_sent_defaults

VENDORS = ("idenfy", "markid")


def _create_token(vendor: str) -> tuple[dict[str, Any], dict[str, Any]]:
    document = idvkit_specs.load(vendor)
    return document, document["paths"]["/api/v2/token"]["post"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_spec_marks_token_type_to_be_sent(vendor: str) -> None:
    document, operation = _create_token(vendor)
    assert sent_defaults(document, operation) == {"tokenType": "IDENTIFICATION"}
    # no other operation of the spec is affected
    others = [
        (path, method)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and path != "/api/v2/token" and sent_defaults(document, op)
    ]
    assert others == []


def test_a_chosen_value_is_kept_and_other_bodies_pass_through() -> None:
    defaults = {"tokenType": "IDENTIFICATION"}
    assert with_sent_defaults({"clientId": "c"}, defaults) == {"clientId": "c", "tokenType": "IDENTIFICATION"}
    assert with_sent_defaults({"clientId": "c", "tokenType": "DOCUMENT"}, defaults)["tokenType"] == "DOCUMENT"
    assert with_sent_defaults(["x"], defaults) == ["x"]
    body = {"clientId": "c"}
    with_sent_defaults(body, defaults)
    assert body == {"clientId": "c"}, "never edited in place"


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_kit_sends_token_type_in_generated_token_requests(vendor: str) -> None:
    document, _ = _create_token(vendor)
    operation = schemathesis.openapi.from_dict(document).find_operation_by_label("POST /api/v2/token")
    assert operation is not None
    bare = operation.Case(body={"clientId": "customer-42"}, media_type="application/json")
    _hooks._send_defaults(bare)
    assert bare.body == {"clientId": "customer-42", "tokenType": "IDENTIFICATION"}
    chosen = operation.Case(body={"clientId": "c", "tokenType": "DOCUMENT"}, media_type="application/json")
    _hooks._send_defaults(chosen)
    assert chosen.body == {"clientId": "c", "tokenType": "DOCUMENT"}


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_conformance_suite_sends_token_type(vendor: str) -> None:
    @settings(max_examples=10, deadline=None, database=None)
    @given(args=request_strategy(endpoint(vendor, "createToken")))
    def check(args: Any) -> None:
        assert isinstance(args.body, dict)
        assert "tokenType" in args.body

    check()


def test_the_readme_token_request_sends_token_type() -> None:
    from idenfy_client.api.tokens import create_token
    from idenfy_client.models import TokenRequest, TokenType

    from idvkit import clients

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"identifier": "MISSING_PARAMETER", "message": "m", "severity": "ERROR"})

    client = clients.idenfy("k" * 8, "s" * 8, httpx_args={"transport": httpx.MockTransport(handler)}, retry=None)
    create_token.sync(client=client, body=TokenRequest(client_id="customer-42", token_type=TokenType.IDENTIFICATION))
    assert json.loads(sent[0].content) == {"clientId": "customer-42", "tokenType": "IDENTIFICATION"}
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert 'TokenRequest(client_id="customer-42", token_type=TokenType.IDENTIFICATION)' in readme
