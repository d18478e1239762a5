"""The vendor checks a spec alone cannot express (pure functions; their wiring is exercised by test_detection)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._vendor_checks import (
    ResourceAction,
    credential_echoes,
    credential_headers,
    credential_variables,
    echo_mismatches,
    echoed_fields,
    extract_id,
    read_case,
    read_request,
    resource_actions,
)
from idvkit.vendors import VENDORS, Vendor

IDENFY = load("idenfy")


def _operation(path: str) -> dict[str, object]:
    operation: dict[str, object] = IDENFY["paths"][path]["post"]
    return operation


def test_echoed_fields_come_from_the_specs_x_echo_marks() -> None:
    assert echoed_fields(IDENFY, _operation("/api/v2/token"), 201) == {"clientId": "clientId"}
    assert echoed_fields(IDENFY, _operation("/api/v2/status"), 200) == {"scanRef": "scanRef"}
    assert echoed_fields(IDENFY, _operation("/api/v2/status"), 404) == {}  # error bodies echo nothing
    assert echoed_fields(IDENFY, _operation("/api/v2/data"), 200) == {}


@given(st.text(max_size=20), st.text(max_size=20))
def test_a_different_echo_is_reported_by_name_never_by_value(sent: str, answered: str) -> None:
    problem = echo_mismatches({"clientId": "clientId"}, {"clientId": sent}, {"clientId": answered})
    if sent == answered:
        assert problem is None
    else:
        assert problem is not None
        assert "clientId" in problem
        if len(sent) > 3:
            assert sent not in problem.replace("clientId", "")


def test_nothing_to_compare_is_no_failure() -> None:
    echoes = {"clientId": "clientId"}
    assert echo_mismatches(echoes, {"partnerClientId": "a"}, {"clientId": "b"}) is None  # field not sent
    assert echo_mismatches(echoes, {"clientId": "a"}, {"scanRef": "x"}) is None  # field not answered
    assert echo_mismatches(echoes, None, {"clientId": "b"}) is None
    assert echo_mismatches(echoes, {"clientId": "a"}, ["not", "an", "object"]) is None


def test_every_registered_credential_variable_is_named() -> None:
    assert credential_variables() == {
        "IDENFY_API_KEY": "iDenfy API key",
        "IDENFY_API_SECRET": "iDenfy API secret",
        "MARKID_API_KEY": "markid API key",
        "MARKID_API_SECRET": "markid API secret",
        "LIVEID_APIKEY": "LiveID+ API key",
    }


@pytest.mark.parametrize("variable", [v for vendor in VENDORS.values() for v in vendor.credential_env])
def test_an_echoed_credential_is_reported_by_its_name(variable: str) -> None:
    environment = {variable: "credential-value-42"}
    assert credential_echoes(b'{"note": "credential-value-42"}', environment) == credential_variables()[variable]
    assert credential_echoes(b'{"note": "something else"}', environment) is None
    assert credential_echoes(b'{"note": "short"}', {variable: "short"}) is None  # would match by chance


@pytest.mark.parametrize("vendor", [vendor for vendor in VENDORS.values() if vendor.api_secret_env is not None])
def test_echoed_basic_auth_credentials_are_reported_by_their_variables(vendor: Vendor) -> None:
    assert vendor.api_secret_env is not None
    environment = {vendor.api_key_env: "key", vendor.api_secret_env: "pw"}
    encoded = base64.b64encode(b"key:pw")
    assert credential_echoes(b"Basic " + encoded, environment) == (
        f"basic-auth credentials ({vendor.api_key_env}:{vendor.api_secret_env})"
    )


def test_a_resource_id_in_the_path_is_read_and_put_back_into_the_path() -> None:
    action = ResourceAction("widget", "read", "$request.path.widgetId", "get", "/v1/widgets/{widgetId}")
    found = extract_id(
        "$request.path.widgetId",
        request_body=None,
        request_query={},
        response_body=None,
        request_path={"widgetId": "w 1"},
    )
    assert found == "w 1"
    assert read_request(action, "w/1 ?") == {"method": "GET", "url": "/v1/widgets/w%2F1%20%3F"}


def test_ids_in_queries_and_bodies_are_read_back_as_before() -> None:
    liveid = resource_actions(load("liveid"))["GET /api/v2/getAsyncRequestInfo"]
    assert read_request(liveid, "u1") == {
        "method": "GET",
        "url": "/api/v2/getAsyncRequestInfo",
        "params": {"uId": "u1"},
    }
    idenfy = resource_actions(IDENFY)["POST /api/v2/status"]
    assert read_request(idenfy, "s1") == {"method": "POST", "url": "/api/v2/status", "json": {"scanRef": "s1"}}
    assert extract_id("$request.path.x", request_body=None, request_query={}, response_body=None) is None


def test_an_erasure_happens_only_with_the_request_values_its_x_resource_names() -> None:
    """deleteAuditData erases the call (x-resource delete) only with eraseAll=true, however the value is sent."""
    erase = resource_actions(load("liveid"))["DELETE /api/v1/deleteAuditData"]
    assert (erase.resource, erase.action, dict(erase.when)) == ("conference", "delete", {"eraseAll": True})
    for sent in ("true", "True", True):
        assert erase.happens(query={"idConference": "c", "eraseAll": sent}, body=None)
    for query in ({"idConference": "c"}, {"idConference": "c", "eraseAll": "false"}, {"eraseAll": False}):
        assert not erase.happens(query=query, body=None)
    assert erase.happens(query={}, body={"eraseAll": True})  # a top-level body field counts too
    plain = ResourceAction("widget", "delete", "$request.path.id", "delete", "/w/{id}")
    assert plain.happens(query={}, body=None)  # no `when`: every successful call performs it


def test_every_reader_of_an_erased_conference_is_a_case_of_its_own_operation() -> None:
    actions = resource_actions(load("liveid"))
    readers = sorted(label for label, a in actions.items() if a.resource == "conference" and a.action == "read")
    assert readers == ["GET /api/v1/conferenceData", "GET /api/v1/getAuditData", "GET /api/v2/getAuditData"]
    assert read_case(actions[readers[0]], "c1") == {"query": {"idConference": "c1"}}
    widget = ResourceAction("widget", "read", "$request.path.widgetId", "get", "/v1/widgets/{widgetId}")
    assert read_case(widget, "w1") == {"path_parameters": {"widgetId": "w1"}}
    idenfy = resource_actions(IDENFY)["POST /api/v2/status"]
    assert read_case(idenfy, "s1") == {"body": {"scanRef": "s1"}}


def test_the_credential_headers_are_those_of_the_specs_security_schemes() -> None:
    assert credential_headers(IDENFY) == {"authorization"}
    assert credential_headers(load("liveid")) == {"authorization", "apikey"}
    assert credential_headers(
        {"components": {"securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "X-Key"}}}}
    ) == {
        "authorization",
        "x-key",
    }
