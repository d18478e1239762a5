"""A failure is a violation unless its own spec location carries an x-assumption that this failure refutes;
failures are judged and attributed per operation, never merged across operations."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._assumptions import REFUTED_BY_STATUS, refuted_assumptions
from idvkit.contract._verdicts import findings_from_log, findings_from_report
from idvkit.specs import iter_operations

DOCUMENTS = {vendor: load(vendor) for vendor in ("idenfy", "liveid")}
VIDEO_CALL = "POST /api/v2/video-call"  # x-assumption: "Endpoint assumed still served", refuted by 404/405
LABELS = {vendor: [op.label for op in iter_operations(document)] for vendor, document in DOCUMENTS.items()}
CODES = ["ST101", "ST103", "ST104", "ST105", "ST108", "ST201", "ST202", "ST401", "CUSTOM"]


def _record(operation: str, code: str, status: int | None, pointer: str | None = None) -> dict[str, Any]:
    return {
        "code": code,
        "title": f"title of {code}",
        "operation": operation,
        "status": status,
        "schema_pointer": pointer,
    }


def test_the_spec_says_which_statuses_refute_an_endpoint_assumed_still_served() -> None:
    operation = next(op for op in iter_operations(DOCUMENTS["idenfy"]) if op.label == VIDEO_CALL)
    assert "still served" in operation.definition["x-assumption"]
    assert operation.definition[REFUTED_BY_STATUS] == [404, 405]


def test_an_undocumented_405_refutes_the_endpoint_guess() -> None:
    refuted = refuted_assumptions(DOCUMENTS["idenfy"], VIDEO_CALL, "ST103", 405, None)
    assert "/paths/~1api~1v2~1video-call/post" in [mark.pointer for mark in refuted]
    # the same status on an operation whose guess it does not concern refutes only the guessed 4xx answers
    other = refuted_assumptions(DOCUMENTS["idenfy"], "POST /api/v2/status", "ST103", 405, None)
    assert all(not mark.pointer.startswith("/paths/") for mark in other)


@pytest.mark.parametrize(
    ("code", "status", "pointer"),
    [
        ("ST101", 500, None),  # a server error
        ("ST103", 501, None),  # "Not Implemented" is a 5xx, not a missing endpoint
        ("ST103", 418, None),  # another undocumented status
        ("ST105", 400, None),  # a wrong content type (of a response without a mark of its own)
        ("ST108", 400, "/properties/message"),  # a schema violation (of a schema without a mark of its own)
        ("ST401", 200, None),  # ignored auth
        ("CUSTOM", 200, None),  # an idvkit check
    ],
)
def test_the_operation_mark_absorbs_nothing_else(code: str, status: int, pointer: str | None) -> None:
    """The operation-level guess "endpoint still served" explains none of these (marks on the failing element
    itself, such as the guessed 200 of this operation, still do: they are that failure's own location)."""
    assert refuted_assumptions(DOCUMENTS["idenfy"], VIDEO_CALL, code, status, pointer) == []


@given(st.sampled_from(sorted(DOCUMENTS)), st.data(), st.sampled_from(CODES), st.integers(500, 599))
def test_no_mark_absorbs_a_server_error(vendor: str, data: Any, code: str, status: int) -> None:
    label = data.draw(st.sampled_from(LABELS[vendor]))
    marked = ["/components/schemas/ErrorSeverity", "/components/schemas/Error"]  # guesses of iDenfy, LiveID+
    pointer = data.draw(st.none() | st.sampled_from(["", "/properties/message", *marked]))
    assert refuted_assumptions(DOCUMENTS[vendor], label, code, status, pointer) == []


@given(st.sampled_from(sorted(DOCUMENTS)), st.data(), st.sampled_from(CODES), st.integers(200, 599))
def test_an_operation_mark_is_refuted_only_by_the_statuses_it_names(
    vendor: str, data: Any, code: str, status: int
) -> None:
    document = DOCUMENTS[vendor]
    operation = data.draw(st.sampled_from([op for op in iter_operations(document) if "x-assumption" in op.definition]))
    refuted = refuted_assumptions(document, operation.label, code, status, None)
    if operation.pointer in {mark.pointer for mark in refuted}:
        assert code == "ST103"
        assert status in operation.definition.get(REFUTED_BY_STATUS, [])


def test_a_no_authentication_guess_is_refuted_by_a_401() -> None:
    refuted = refuted_assumptions(DOCUMENTS["liveid"], "GET /api/v1/checkStatus", "ST103", 401, None)
    assert "/paths/~1api~1v1~1checkStatus/get" in [mark.pointer for mark in refuted]
    # ... while a guessed ApiKeyAuth is no excuse for a server that ignores the key
    assert refuted_assumptions(DOCUMENTS["liveid"], "POST /api/service/availableLanguages", "ST401", 200, None) == []


def test_failures_are_attributed_per_operation_and_judged_one_by_one() -> None:
    records = [
        _record(VIDEO_CALL, "ST103", 405),  # refutes the endpoint guess
        _record(VIDEO_CALL, "ST103", 418),  # does not
        _record("POST /api/v2/status", "ST103", 418),
        _record("POST /api/v2/status", "ST103", 418),
    ]
    findings = findings_from_log(DOCUMENTS["idenfy"], records)
    summary = sorted((f.operation, f.violation, f.failures) for f in findings)
    assert summary == [("POST /api/v2/status", True, 2), (VIDEO_CALL, False, 1), (VIDEO_CALL, True, 1)]
    assert all(len(finding.operations) == 1 for finding in findings)


def test_a_server_that_answers_5xx_html_everywhere_is_all_violations() -> None:
    document = DOCUMENTS["idenfy"]
    records = [_record(op.label, code, 501) for op in iter_operations(document) for code in ("ST101", "ST103", "ST105")]
    findings = findings_from_log(document, records)
    assert len(findings) == len(records)
    assert all(finding.violation for finding in findings)


def test_without_the_log_the_report_groups_are_split_per_operation() -> None:
    groups = [{"code": "ST101", "title": "Server error", "operations": ["POST /a", "POST /b"]}]
    findings = findings_from_report(groups)
    assert [(f.operation, f.violation) for f in findings] == [("POST /a", True), ("POST /b", True)]
