"""A failure is reported as "assumption refuted" only for the marks on the spec elements it concerns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._assumptions import Assumption, refuted_assumptions
from idvkit.specs import iter_operations, json_pointer

VENDORS = ("idenfy", "liveid")
DOCUMENTS = {vendor: load(vendor) for vendor in VENDORS}


def _marks(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("x-assumption"), str):
            yield json_pointer(parts), node["x-assumption"]
        for key, value in node.items():
            yield from _marks(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _marks(value, (*parts, str(index)))


SCHEMA_MARKS = [
    (vendor, pointer, text)
    for vendor in VENDORS
    for pointer, text in _marks(DOCUMENTS[vendor])
    if pointer.startswith("/components/schemas/")
]
LABELS = {vendor: [op.label for op in iter_operations(DOCUMENTS[vendor])] for vendor in VENDORS}


def test_the_specs_have_marked_schemas() -> None:
    assert len(SCHEMA_MARKS) > 30


@given(st.sampled_from(SCHEMA_MARKS), st.data())
def test_a_schema_violation_refutes_the_mark_on_the_violated_schema(mark: tuple[str, str, str], data: Any) -> None:
    vendor, pointer, text = mark
    label = data.draw(st.sampled_from(LABELS[vendor]))
    refuted = refuted_assumptions(DOCUMENTS[vendor], label, "ST108", 200, pointer)
    assert refuted[0] == Assumption(pointer, text)  # the innermost first
    # ... and a violation deeper inside it too (its properties' own marks aside)
    deeper = refuted_assumptions(DOCUMENTS[vendor], label, "ST108", 200, f"{pointer}/properties/notAProperty")
    assert Assumption(pointer, text) in deeper


def test_schema_violation_without_a_mark_refutes_nothing() -> None:
    document = DOCUMENTS["idenfy"]
    # StatusResponse.clientId is confirmed (no mark); the operation's other guesses are not blamed
    refuted = refuted_assumptions(
        document, "POST /api/v2/status", "ST108", 200, "/components/schemas/StatusResponse/properties/clientId"
    )
    assert refuted == []


def test_relative_schema_location_is_read_inside_the_operations_response() -> None:
    document = DOCUMENTS["idenfy"]
    absolute = refuted_assumptions(
        document, "POST /api/v2/token", "ST108", 201, "/components/schemas/TokenResponse/properties/authToken"
    )
    assert [mark.pointer for mark in absolute] == ["/components/schemas/TokenResponse/properties/authToken"]
    responses = document["paths"]["/api/v2/token"]["post"]["responses"]
    status = next(key for key in responses if key.startswith("2"))
    relative = refuted_assumptions(document, "POST /api/v2/token", "ST108", int(status), "/properties/authToken")
    assert relative == absolute


def test_undocumented_success_status_refutes_the_guessed_statuses_of_its_class() -> None:
    document = DOCUMENTS["idenfy"]
    on_success = refuted_assumptions(document, "POST /api/v2/status", "ST103", 201, None)
    assert [mark.pointer for mark in on_success] == ["/paths/~1api~1v2~1status/post/responses/200"]
    # an undocumented error status is a violation, although the documented 404 is a guess: the seeded fault
    # "undocumented_status" (a 418 for every status read) must not pass as a refuted assumption
    assert refuted_assumptions(document, "POST /api/v2/status", "ST103", 418, None) == []
    assert refuted_assumptions(document, "POST /api/v2/status", "ST103", 422, None) == []
    assert refuted_assumptions(document, "POST /api/v2/status", "ST103", 503, None) == []


def test_an_accepted_invalid_request_refutes_the_mark_on_the_element_it_broke() -> None:
    document = DOCUMENTS["idenfy"]
    # UploadAdditionalStepRequest: "scanRef, image and step are assumed required"
    missing = refuted_assumptions(
        document, "POST /api/v2/upload-additional-step", "ST201", 200, None, {"property": "step"}
    )
    assert [mark.pointer for mark in missing] == ["/components/schemas/UploadAdditionalStepRequest"]
    # TokenRequest.clientId is guessed ASCII-only, but its being required is documented: a server accepting a
    # request without it is broken (the seeded fault "accepts_invalid_input")
    assert refuted_assumptions(document, "POST /api/v2/token", "ST201", 201, None, {"property": "clientId"}) == []
    liveid = DOCUMENTS["liveid"]
    parameter = refuted_assumptions(
        liveid, "GET /api/v1/getAuditData", "ST201", 200, None, {"parameter": "idConference", "in": "query"}
    )
    assert [mark.pointer for mark in parameter] == ["/paths/~1api~1v1~1getAuditData/get/parameters/0"]


def test_request_handling_failures_that_name_no_element_refute_nothing() -> None:
    """A rejected valid request (or an accepted invalid one whose broken element is not known) is a violation:
    a server that answers 400 to everything must not pass as a string of refuted request guesses."""
    document = DOCUMENTS["idenfy"]
    assert refuted_assumptions(document, "POST /api/v2/token", "ST202", 400, None) == []
    assert refuted_assumptions(document, "POST /api/v2/token", "ST201", 201, None) == []
    assert refuted_assumptions(document, "POST /api/v2/token", "ST201", 201, None, {"property": "nowhere"}) == []


def test_a_field_of_a_guessed_envelope_is_not_excused_by_the_envelope() -> None:
    """PushAsyncCallResponse's {success, uId} envelope is a guess; a uId that is a number is a violation of the
    (unmarked) uId schema all the same (the seeded fault "liveid_wrong_type")."""
    liveid = DOCUMENTS["liveid"]
    assert "x-assumption" in liveid["components"]["schemas"]["PushAsyncCallResponse"]
    assert refuted_assumptions(liveid, "POST /api/service/pushAsyncCall", "ST108", 200, "/properties/uId") == []
    envelope = refuted_assumptions(liveid, "POST /api/service/pushAsyncCall", "ST108", 200, "")
    assert [mark.pointer for mark in envelope] == ["/components/schemas/PushAsyncCallResponse"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_unknown_operation_refutes_nothing(vendor: str) -> None:
    assert refuted_assumptions(DOCUMENTS[vendor], "GET /nowhere", "ST108", 200, "/components/schemas") == []
