"""Resources of a run (``--resource``): which names a spec knows, where their values go, how they are given."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract import _resources as resources
from idvkit.specs import follow_refs, iter_operations, validate_openapi

IDENFY = load("idenfy")
LIVEID = load("liveid")
DOCUMENTS = {"idenfy": IDENFY, "liveid": LIVEID}


def _body_examples(document: dict[str, Any], path: str, method: str = "post") -> list[Any]:
    """The request body examples of an operation, of every media type."""
    body = follow_refs(document, document["paths"][path][method]["requestBody"])
    return [
        follow_refs(document, example)["value"]
        for media in body["content"].values()
        for example in media.get("examples", {}).values()
    ]


def _parameter(document: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    parameters = [follow_refs(document, p) for p in document["paths"][path][method].get("parameters", [])]
    found: dict[str, Any] = next(p for p in parameters if p["name"] == name)
    return found


def test_names_are_parameters_body_properties_and_resource_ids() -> None:
    names = resources.resource_names(IDENFY)
    assert "POST /api/v2/status" in names["scanRef"]
    assert names["authToken"] == ["POST /api/v2/process"]  # directProcessing's body
    assert "clientId" in names  # a body property of createToken
    liveid = resources.resource_names(LIVEID)
    assert "GET /api/v1/conferenceData" in liveid["idConference"]  # a query parameter
    assert "uId" in liveid  # a query parameter and the x-resource id of pushAsyncCall's answer


@pytest.mark.parametrize("spelling", ["scanRef", "SCANREF", "scan_ref", "Scan-Ref"])
def test_a_name_is_matched_without_regard_to_case_or_separators(spelling: str) -> None:
    assert resources.select({spelling: "v"}, IDENFY) == {"scanRef": "v"}


def test_an_unknown_name_is_refused_with_the_known_names_and_never_the_value() -> None:
    with pytest.raises(resources.ResourceError) as raised:
        resources.select({"scanReference": "secret-value-1"}, IDENFY)
    message = str(raised.value)
    assert "'scanReference'" in message
    assert "scanRef" in message
    assert "authToken" in message
    assert "secret-value-1" not in message


def test_the_environment_names_resources_by_prefix() -> None:
    environment = {"IDVKIT_RESOURCE_SCANREF": "a", "IDVKIT_RESOURCE_": "b", "IDVKIT_RESOURCE_X": "", "OTHER": "c"}
    assert resources.from_environment(environment) == {"SCANREF": "a"}


@pytest.mark.parametrize("text", ["tok-3MMOLL9q", "=tok-3MMOLL9q", "scanRef="])
def test_a_malformed_assignment_is_refused_without_showing_it(text: str) -> None:
    with pytest.raises(resources.ResourceError) as raised:
        resources.parse_assignment(text)
    assert "tok-3MMOLL9q" not in str(raised.value)


def test_an_assignment_keeps_everything_after_the_first_equals_sign() -> None:
    assert resources.parse_assignment("authToken=a=b") == ("authToken", "a=b")


def test_sources_have_an_order_of_precedence_and_go_to_the_vendors_that_take_them(tmp_path: Path) -> None:
    file = tmp_path / "resources.toml"
    file.write_text(
        'scanRef = "from-file"\nuId = "u-file"\n[liveid]\nidConference = "c-file"\n[idenfy]\nclientId = 7\n'
    )
    found = resources.for_vendors(
        DOCUMENTS, command_line={"uid": "u-cli"}, environment={"SCANREF": "from-env"}, file=file
    )
    assert found["idenfy"] == {"scanRef": "from-env", "clientId": "7"}
    assert found["liveid"] == {"uId": "u-cli", "idConference": "c-file"}


def test_a_name_no_vendor_of_the_run_takes_is_refused() -> None:
    with pytest.raises(resources.ResourceError, match="no spec of idenfy takes it"):
        resources.for_vendors({"idenfy": IDENFY}, command_line={"idConference": "c"}, environment={})


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[liveid]\nscanRef = "x"\n', "unknown resource 'scanRef'"),
        ('[markid]\nscanRef = "x"\n', r"\[markid\] is not a vendor of this run"),
        ('scanRef = ""\n', "scanRef must be a non-empty string"),
        ("scanRef = [1]\n", "scanRef must be a non-empty string"),
        ("scanRef = \n", "not a TOML file"),
    ],
)
def test_a_bad_file_is_refused_naming_the_problem(tmp_path: Path, text: str, problem: str) -> None:
    file = tmp_path / "resources.toml"
    file.write_text(text)
    with pytest.raises(resources.ResourceError, match=problem):
        resources.for_vendors(DOCUMENTS, command_line={}, environment={}, file=file)


def test_a_missing_file_is_refused() -> None:
    with pytest.raises(resources.ResourceError, match="cannot be read"):
        resources.for_vendors(DOCUMENTS, command_line={}, environment={}, file=Path("/nonexistent/resources.toml"))


def test_examples_carry_the_resources_and_destructive_operations_get_none() -> None:
    rewritten = resources.with_resources(IDENFY, {"scanRef": "REAL-SCAN-REF"})
    assert all(example["scanRef"] == "REAL-SCAN-REF" for example in _body_examples(rewritten, "/api/v2/status"))
    assert all(example["scanRef"] == "REAL-SCAN-REF" for example in _body_examples(rewritten, "/api/v2/data"))
    assert "REAL-SCAN-REF" not in json.dumps(rewritten["paths"]["/api/v2/delete"])  # x-destructive
    assert "REAL-SCAN-REF" not in json.dumps(rewritten["components"])  # shared components untouched
    assert "REAL-SCAN-REF" not in json.dumps(IDENFY)  # the given document untouched
    liveid = resources.with_resources(LIVEID, {"idConference": "CONF-1"})
    assert _parameter(liveid, "/api/v1/conferenceData", "get", "idConference")["example"] == "CONF-1"
    assert "CONF-1" not in json.dumps(liveid["paths"]["/api/v1/deleteAuditData"])  # x-destructive


def test_a_body_whose_examples_lack_the_field_gets_one_that_has_it() -> None:
    document = json.loads(json.dumps(IDENFY))
    status = document["paths"]["/api/v2/status"]["post"]
    status["requestBody"] = {
        "content": {"application/json": {"schema": {"type": "object", "properties": {"scanRef": {"type": "string"}}}}}
    }
    rewritten = resources.with_resources(document, {"scanRef": "S"})
    assert _body_examples(rewritten, "/api/v2/status") == [{"scanRef": "S"}]


def test_values_are_typed_as_their_schema_asks() -> None:
    document = json.loads(json.dumps(LIVEID))
    operation = document["paths"]["/api/v2/getAuditData"]["get"]
    where = resources.slots(document, "/api/v2/getAuditData", operation, {"direct": "true", "idConference": "7"})
    assert where == {"direct": ("query", True), "idConference": ("query", "7")}


def test_a_resource_only_destructive_operations_take_goes_nowhere() -> None:
    assert resources.unused(IDENFY, {"authToken": "t", "scanRef": "s"}) == ["authToken"]


@pytest.mark.parametrize("vendor", sorted(DOCUMENTS))
def test_the_rewritten_spec_is_still_a_valid_openapi_document(vendor: str) -> None:
    document = DOCUMENTS[vendor]
    everything = {name: "1" for name in resources.resource_names(document)}
    validate_openapi(resources.with_resources(document, everything), f"{vendor}.json")


@settings(max_examples=30, deadline=None)
@given(
    vendor=st.sampled_from(sorted(DOCUMENTS)),
    data=st.data(),
    value=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=4, max_size=12),
)
def test_every_request_that_takes_a_resource_gets_it(vendor: str, data: st.DataObject, value: str) -> None:
    document = DOCUMENTS[vendor]
    name = data.draw(st.sampled_from(sorted(resources.resource_names(document))))
    rewritten = resources.with_resources(document, {name: value})
    for operation in iter_operations(rewritten):
        where = resources.slots(rewritten, operation.path, operation.definition, {name: value})
        if not where:
            continue
        location, typed = where[name]
        if location == "body":
            examples = _body_examples(rewritten, operation.path, operation.method)
            assert examples
            assert all(example[name] == typed for example in examples if name in example)
            assert any(name in example for example in examples)
        else:
            assert _parameter(rewritten, operation.path, operation.method, name)["example"] == typed


def test_the_handover_round_trips() -> None:
    given_resources = {"scanRef": "a", "authToken": "b"}
    assert resources.decode({resources.RESOURCES_VARIABLE: resources.encode(given_resources)}) == given_resources
    assert resources.decode({}) == {}
    assert resources.decode({resources.RESOURCES_VARIABLE: "not json"}) == {}
