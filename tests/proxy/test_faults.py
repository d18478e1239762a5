"""Every seeded fault a single exchange shows is reported by the proxy, and by check-capture on its HAR.

The faults that only a sequence of exchanges shows (a created verification that cannot be read, a delete without
effect: idvkit contract's ``resource_lifecycle``) are not judged by the proxy; they are listed here by name, so
that a fault added to the catalogue must be placed on one side or the other.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from idvkit.proxy import check_capture
from tests.proxy._harness import client, proxied
from tests.servers import DEFAULT_CREDENTIALS, FAULTS, Credentials, correct_server

UNKNOWN_SCAN_REF = "00000000-0000-0000-0000-000000000000"
CONFIGURATION = base64.b64encode(json.dumps({"id_organization": "ACME", "id_process": "p-1"}).encode()).decode()
Traffic = Callable[[httpx.Client, Credentials], None]


def _token(http: httpx.Client, credentials: Credentials, **fields: object) -> httpx.Response:
    return http.post("/api/v2/token", json={"clientId": "client-1", **fields}, auth=_basic(credentials))


def _basic(credentials: Credentials) -> tuple[str, str]:
    return credentials.api_key, credentials.api_secret or ""


def _status_of_new(http: httpx.Client, credentials: Credentials) -> None:
    token = _token(http, credentials)
    http.post(
        "/api/v2/status", json={"scanRef": token.json().get("scanRef", UNKNOWN_SCAN_REF)}, auth=_basic(credentials)
    )


def _status_unknown(http: httpx.Client, credentials: Credentials) -> None:
    http.post("/api/v2/status", json={"scanRef": UNKNOWN_SCAN_REF}, auth=_basic(credentials))


def _token_only(http: httpx.Client, credentials: Credentials) -> None:
    _token(http, credentials)


def _token_with_name(http: httpx.Client, credentials: Credentials) -> None:
    _token(http, credentials, firstName="Jane")


def _token_without_credentials(http: httpx.Client, credentials: Credentials) -> None:
    http.post("/api/v2/token", json={"clientId": "client-1"})


def _token_invalid(http: httpx.Client, credentials: Credentials) -> None:
    http.post("/api/v2/token", json={"firstName": "Jane"}, auth=_basic(credentials))


def _push(http: httpx.Client, credentials: Credentials) -> None:
    http.post("/api/service/pushAsyncCall", json={"b64Data": CONFIGURATION}, headers={"apikey": credentials.api_key})


def _request_info_unknown(http: httpx.Client, credentials: Credentials) -> None:
    http.get("/api/v2/getAsyncRequestInfo", params={"uId": "unknown"}, headers={"apikey": credentials.api_key})


def _languages_without_key(http: httpx.Client, credentials: Credentials) -> None:
    http.post("/api/service/availableLanguages", json={"id_organization": "ACME"})


#: fault -> (the traffic that shows it, the operation and code the proxy must report)
SEEN_IN_ONE_EXCHANGE: dict[str, tuple[Traffic, str, str]] = {
    "wrong_type": (_status_of_new, "POST /api/v2/status", "ST108"),
    "enum_violation": (_status_of_new, "POST /api/v2/status", "ST108"),
    "missing_required_field": (_token_only, "POST /api/v2/token", "ST108"),
    "undocumented_status": (_status_unknown, "POST /api/v2/status", "ST103"),
    "wrong_content_type": (_token_only, "POST /api/v2/token", "ST105"),
    "server_error_on_valid_input": (_token_with_name, "POST /api/v2/token", "ST101"),
    "undocumented_error_identifier": (_status_unknown, "POST /api/v2/status", "documented_error_identifier"),
    "credential_echo": (_token_only, "POST /api/v2/token", "no_credential_echo"),
    "echo_mismatch": (_token_only, "POST /api/v2/token", "echoed_request_fields"),
    "liveid_wrong_type": (_push, "POST /api/service/pushAsyncCall", "ST108"),
    "liveid_undocumented_error_body": (_request_info_unknown, "GET /api/v2/getAsyncRequestInfo", "ST108"),
    # request-side faults, seen when the application's own traffic provokes them
    "ignored_auth": (_token_without_credentials, "POST /api/v2/token", "ST401"),
    "liveid_ignored_auth": (_languages_without_key, "POST /api/service/availableLanguages", "ST401"),
    "markid_ignored_auth": (_token_without_credentials, "POST /api/v2/token", "ST401"),
    "markid_basic_auth_echo": (_token_only, "POST /api/v2/token", "no_credential_echo"),
    "markid_secret_echo": (_token_only, "POST /api/v2/token", "no_credential_echo"),
    "accepts_invalid_input": (_token_invalid, "POST /api/v2/token", "ST201"),
}
ONLY_IN_SEQUENCES = {
    "created_not_retrievable",
    "delete_without_effect",
    "liveid_delete_without_effect",
    "liveid_erase_without_effect",
}


def test_every_fault_of_the_catalogue_is_placed() -> None:
    assert set(SEEN_IN_ONE_EXCHANGE) | ONLY_IN_SEQUENCES == set(FAULTS)
    assert not set(SEEN_IN_ONE_EXCHANGE) & ONLY_IN_SEQUENCES


def _codes(summary: dict[str, object], operation: str) -> set[str]:
    entries = [*summary["violations"], *summary["assumptions_refuted"]]  # type: ignore[misc]
    return {entry["code"] for entry in entries if entry["operation"] == operation}


@pytest.mark.parametrize("name", sorted(SEEN_IN_ONE_EXCHANGE))
def test_the_proxy_and_check_capture_report_the_fault(name: str, tmp_path: Path) -> None:
    fault = FAULTS[name]
    traffic, operation, code = SEEN_IN_ONE_EXCHANGE[name]
    credentials = DEFAULT_CREDENTIALS[fault.vendor]
    with proxied(fault.vendor, fault.build(credentials), capture=tmp_path) as proxy, client(proxy.url) as http:
        traffic(http, credentials)
    summary = proxy.app.report.summary()
    assert code in _codes(summary, operation), summary["violations"]
    violations = {entry["code"] for entry in summary["violations"]}
    assert summary["exit_code"] == (1 if violations else 0)
    assert f"{operation} " in proxy.output.getvalue()
    assert code in proxy.output.getvalue()

    (har,) = proxy.har_files()
    offline = check_capture(fault.vendor, har).summary()
    assert code in _codes(offline, operation), offline["violations"]


@pytest.mark.parametrize("name", sorted(SEEN_IN_ONE_EXCHANGE))
def test_the_correct_sandbox_shows_none_of_the_faults(name: str, tmp_path: Path) -> None:
    fault = FAULTS[name]
    traffic, operation, code = SEEN_IN_ONE_EXCHANGE[name]
    credentials = DEFAULT_CREDENTIALS[fault.vendor]
    correct = correct_server(fault.vendor)(credentials)
    with proxied(fault.vendor, correct, capture=tmp_path) as proxy, client(proxy.url) as http:
        traffic(http, credentials)
    assert code not in _codes(proxy.app.report.summary(), operation)
    (har,) = proxy.har_files()
    assert code not in _codes(check_capture(fault.vendor, har).summary(), operation)
