"""The ``x-echo`` check holds on every response the spec marks, the status response (getStatus, 200) as much as
the created token (createToken, 201): a response that repeats another value than the request sent fails it.

The vendor-check functions are tested here directly, and the schemathesis check that applies them
(``echoed_request_fields`` in idvkit.contract._hooks) in a child process: importing the hooks module registers
it with schemathesis (tests/contract/test_conference_token_hook.py does the same)."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from typing import Any

import pytest
from idvkit_specs import load

from idvkit.contract._vendor_checks import echo_mismatches, echoed_fields

#: (operation, path, status, echoed property, a request body that sets it)
ECHO_CASES: list[tuple[str, str, int, str, dict[str, str]]] = [
    ("getStatus", "/api/v2/status", 200, "scanRef", {"scanRef": "scan-sent-1"}),
    ("createToken", "/api/v2/token", 201, "clientId", {"clientId": "client-sent-1"}),
]
ECHOES = [pytest.param(*case, id=f"{case[0]}-{case[2]}") for case in ECHO_CASES]
VENDORS = ["idenfy", "markid"]


def _operation(document: dict[str, Any], path: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path]["post"]
    return operation


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("operation_id", "path", "status", "prop", "request_body"), ECHOES)
def test_a_response_that_repeats_another_value_is_a_mismatch(
    vendor: str, operation_id: str, path: str, status: int, prop: str, request_body: dict[str, str]
) -> None:
    document = load(vendor)
    operation = _operation(document, path)
    assert operation["operationId"] == operation_id
    echoes = echoed_fields(document, operation, status)
    assert echoes == {prop: prop}
    answered = {prop: "another-value-9", "status": "whatever"}
    problem = echo_mismatches(echoes, request_body, answered)
    assert problem is not None
    assert prop in problem
    assert "another-value-9" not in problem  # names, never values
    assert request_body[prop] not in problem
    assert echo_mismatches(echoes, request_body, {**answered, prop: request_body[prop]}) is None


_CHECK = """
import json, sys, types
import idvkit_specs
from idvkit.contract._hooks import echoed_request_fields

outcomes = []
for vendor, path, status, request_body, response_body in json.loads(sys.stdin.read()):
    document = idvkit_specs.load(vendor)
    operation = types.SimpleNamespace(
        schema=types.SimpleNamespace(raw_schema=document),
        definition=types.SimpleNamespace(raw=document["paths"][path]["post"]),
        label=f"POST {path}",
    )
    case = types.SimpleNamespace(operation=operation, body=request_body, query={}, headers={})
    response = types.SimpleNamespace(status_code=status, content=json.dumps(response_body).encode(), headers={})
    try:
        outcomes.append({"passed": echoed_request_fields(None, response, case)})
    except AssertionError as exc:
        outcomes.append({"failed": str(exc)})
print(json.dumps(outcomes))
"""


@functools.cache
def _checked(cases: str) -> list[dict[str, Any]]:
    """The outcome of the schemathesis check on each case of ``cases`` (JSON: vendor, path, status, request and
    response bodies), in one child process."""
    command = [sys.executable, "-c", _CHECK]
    completed = subprocess.run(command, input=cases, capture_output=True, text=True, check=False, timeout=60)
    assert completed.returncode == 0, completed.stderr
    outcomes: list[dict[str, Any]] = json.loads(completed.stdout.strip().splitlines()[-1])
    return outcomes


def _cases() -> list[tuple[str, str, int, dict[str, str], dict[str, str]]]:
    cases = []
    for vendor in VENDORS:
        for _, path, status, prop, request_body in ECHO_CASES:
            cases.append((vendor, path, status, request_body, {prop: "another-value-9"}))
            cases.append((vendor, path, status, request_body, {prop: request_body[prop]}))
    return cases


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("operation_id", "path", "status", "prop", "request_body"), ECHOES)
def test_the_schemathesis_check_fails_a_response_that_repeats_another_value(
    vendor: str, operation_id: str, path: str, status: int, prop: str, request_body: dict[str, str]
) -> None:
    cases = _cases()
    outcomes = dict(zip((json.dumps(case) for case in cases), _checked(json.dumps(cases)), strict=True))
    wrong = outcomes[json.dumps((vendor, path, status, request_body, {prop: "another-value-9"}))]
    assert "failed" in wrong, (operation_id, wrong)
    assert prop in wrong["failed"]
    assert "another-value-9" not in wrong["failed"]
    right = outcomes[json.dumps((vendor, path, status, request_body, {prop: request_body[prop]}))]
    assert right == {"passed": None}
