"""``diff_specs``: every kind of change between two spec revisions, breaking or compatible, at the right pointer."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.specs import iter_operations
from idvkit.specs._diff import BREAKING_KINDS, COMPATIBLE_KINDS, SpecChange, diff_specs

BUNDLES = Path(__file__).resolve().parents[2] / "generated" / "idvkit_specs"
SPECS = {path.stem: json.loads(path.read_text()) for path in sorted(BUNDLES.glob("*.json"))}
IDENFY = SPECS["idenfy"]
SCHEMAS = "/components/schemas"


def mutated(edit: Callable[[dict[str, Any]], None], base: dict[str, Any] = IDENFY) -> list[SpecChange]:
    new = copy.deepcopy(base)
    edit(new)
    return diff_specs(base, new)


def schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"][name]
    return found


def token_post(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["paths"]["/api/v2/token"]["post"]
    return found


def kinds(changes: list[SpecChange], operation: str | None = None) -> set[tuple[str, str]]:
    return {(c.kind, c.pointer) for c in changes if operation is None or operation in c.operation}


def remove_required(document: dict[str, Any], name: str, field: str) -> None:
    del schema(document, name)["properties"][field]
    required = schema(document, name).get("required", [])
    if field in required:
        required.remove(field)


def add_required(document: dict[str, Any], name: str, field: str) -> None:
    schema(document, name)["properties"][field] = {"type": "string"}
    schema(document, name)["required"].append(field)


def set_in(path: list[str], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        node = document
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return edit


# (kind, edit of idenfy.json, operation, pointer): one revision pair per kind
TR = f"{SCHEMAS}/TokenRequest/properties"
TOKEN = "/paths/~1api~1v2~1token/post"
CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("operation-removed", lambda d: d["paths"].pop("/api/v2/status"), "getStatus", "/paths/~1api~1v2~1status/post"),
    ("operation-id-changed", lambda d: token_post(d).update(operationId="newToken"), "POST /api/v2/token", TOKEN),
    ("operation-tag-changed", lambda d: token_post(d).update(tags=["other"]), "createToken", TOKEN),
    (
        "request-field-removed",
        lambda d: remove_required(d, "TokenRequest", "externalRef"),
        "createToken",
        f"{TR}/externalRef",
    ),
    (
        "request-field-added-required",
        lambda d: add_required(d, "TokenRequest", "extra"),
        "createToken",
        f"{TR}/extra",
    ),
    (
        "request-field-newly-required",
        lambda d: schema(d, "TokenRequest")["required"].append("externalRef"),
        "createToken",
        f"{TR}/externalRef",
    ),
    (
        "request-constraint-tightened",
        lambda d: schema(d, "TokenRequest")["properties"]["externalRef"].update(maxLength=10),
        "createToken",
        f"{TR}/externalRef",
    ),
    (
        "type-changed",
        set_in(["components", "schemas", "TokenRequest", "properties", "externalRef", "type"], "integer"),
        "createToken",
        f"{TR}/externalRef",
    ),
    (
        "response-field-removed",
        lambda d: remove_required(d, "TokenResponse", "scanRef"),
        "createToken",
        f"{SCHEMAS}/TokenResponse/properties/scanRef",
    ),
    (
        "response-field-newly-optional",
        lambda d: schema(d, "TokenResponse")["required"].remove("scanRef"),
        "createToken",
        f"{SCHEMAS}/TokenResponse/properties/scanRef",
    ),
    ("status-removed", lambda d: token_post(d)["responses"].pop("201"), "createToken", f"{TOKEN}/responses/201"),
    (
        "media-type-removed",
        lambda d: token_post(d)["requestBody"]["content"].pop("application/json"),
        "createToken",
        f"{TOKEN}/requestBody/content/application~1json",
    ),
    ("security-changed", lambda d: token_post(d).update(security=[]), "createToken", TOKEN),
    ("request-body-removed", lambda d: token_post(d).pop("requestBody"), "createToken", f"{TOKEN}/requestBody"),
    (
        "request-body-newly-optional",
        lambda d: d["paths"]["/api/v2/token"]["post"]["requestBody"].update(required=False),
        "createToken",
        f"{TOKEN}/requestBody",
    ),
]
COMPATIBLE_CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    (
        "operation-added",
        lambda d: d["paths"].update({"/api/v2/new": {"post": {"operationId": "n", "responses": {}}}}),
        "POST /api/v2/new",
        "/paths/~1api~1v2~1new/post",
    ),
    (
        "request-field-added",
        lambda d: schema(d, "TokenRequest")["properties"].update(extra={"type": "string"}),
        "createToken",
        f"{TR}/extra",
    ),
    (
        "response-field-added",
        lambda d: schema(d, "TokenResponse")["properties"].update(extra={"type": "string"}),
        "createToken",
        f"{SCHEMAS}/TokenResponse/properties/extra",
    ),
    (
        "request-constraint-relaxed",
        lambda d: schema(d, "TokenRequest")["properties"]["externalRef"].update(maxLength=4000),
        "createToken",
        f"{TR}/externalRef",
    ),
    (
        "request-type-widened",
        set_in(["components", "schemas", "TokenRequest", "properties", "expiryTime", "type"], "number"),
        "createToken",
        f"{TR}/expiryTime",
    ),
    (
        "request-type-narrowed",
        set_in(["components", "schemas", "TokenRequest", "properties", "externalRef", "type"], "string"),
        "createToken",
        f"{TR}/externalRef",
    ),
    ("description-changed", lambda d: token_post(d).update(description="changed"), "createToken", TOKEN),
    (
        "status-added",
        lambda d: token_post(d)["responses"].update({"418": {"description": "teapot"}}),
        "createToken",
        f"{TOKEN}/responses/418",
    ),
    ("operation-deprecated", lambda d: token_post(d).update(deprecated=True), "createToken", TOKEN),
]


@pytest.mark.parametrize(
    ("kind", "edit", "operation", "pointer"),
    CASES + COMPATIBLE_CASES,
    ids=[case[0] for case in CASES + COMPATIBLE_CASES],
)
def test_a_revision_pair_reports_its_kind_at_its_pointer(
    kind: str, edit: Callable[[dict[str, Any]], None], operation: str, pointer: str
) -> None:
    changes = mutated(edit)
    assert (kind, pointer) in kinds(changes, operation), changes
    found = next(c for c in changes if c.kind == kind and c.pointer == pointer)
    assert found.breaking is (kind in BREAKING_KINDS)


def enum_spec(values: list[str], *, open_enum: bool, in_request: bool) -> dict[str, Any]:
    """A one-operation spec with an enum property in the request or the response body."""
    enum: dict[str, Any] = {"type": "string", "enum": values}
    property_schema = {"anyOf": [{"$ref": "#/components/schemas/Known"}, {"type": "string"}]} if open_enum else enum
    body = {"type": "object", "properties": {"status": property_schema}}
    content = {"application/json": {"schema": body}}
    operation: dict[str, Any] = {"operationId": "op", "responses": {"200": {"description": "ok"}}}
    if in_request:
        operation["requestBody"] = {"content": content}
    else:
        operation["responses"]["200"]["content"] = content
    return {
        "openapi": "3.1.0",
        "paths": {"/things/{id}": {"post": operation}},
        "components": {"schemas": {"Known": enum}},
    }


@pytest.mark.parametrize(
    ("before", "after", "open_enum", "in_request", "kind"),
    [
        (["A", "B"], ["A"], False, False, "closed-enum-shrunk"),
        (["A", "B"], ["A"], False, True, "closed-enum-shrunk"),
        (["A", "B"], ["A"], True, True, "request-enum-shrunk"),
        (["A"], ["A", "B"], False, False, "response-enum-grown"),
        (["A", "B"], ["A"], True, False, "open-enum-shrunk"),
        (["A"], ["A", "B"], True, False, "open-enum-grown"),
        (["A"], ["A", "B"], False, True, "request-enum-grown"),
    ],
)
def test_enums_are_judged_by_direction_and_openness(
    before: list[str], after: list[str], open_enum: bool, in_request: bool, kind: str
) -> None:
    changes = diff_specs(
        enum_spec(before, open_enum=open_enum, in_request=in_request),
        enum_spec(after, open_enum=open_enum, in_request=in_request),
    )
    assert [c.kind for c in changes] == [kind]
    message = "requestBody" if in_request else "responses/200"
    assert (
        changes[0].pointer
        == f"/paths/~1things~1{{id}}/post/{message}/content/application~1json/schema/properties/status"
    )
    assert changes[0].operation == "POST /things/{id} (op)"


def test_an_enum_opened_in_a_response_breaks_and_in_a_request_does_not() -> None:
    closed = enum_spec(["A"], open_enum=False, in_request=False)
    opened = enum_spec(["A"], open_enum=True, in_request=False)
    assert {c.kind for c in diff_specs(closed, opened)} == {"response-enum-opened"}
    closed_request = enum_spec(["A"], open_enum=False, in_request=True)
    opened_request = enum_spec(["A"], open_enum=True, in_request=True)
    assert {c.kind for c in diff_specs(closed_request, opened_request)} == {"request-enum-opened"}
    assert {c.kind for c in diff_specs(opened_request, closed_request)} == {"request-enum-closed"}


def parameter_spec(path: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    operation = {"operationId": "op", "parameters": parameters, "responses": {"200": {"description": "ok"}}}
    return {"openapi": "3.1.0", "paths": {path: {"get": operation}}}


def test_parameters_added_required_newly_required_removed_and_renamed() -> None:
    path_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    query = {"name": "q", "in": "query", "schema": {"type": "string"}}
    old = parameter_spec("/things/{id}", [path_id, query])
    renamed = {**path_id, "name": "thingId"}
    new = parameter_spec("/things/{thingId}", [renamed, {**query, "required": True}])
    changes = diff_specs(old, new)
    assert {c.kind for c in changes} == {"path-parameter-renamed", "parameter-newly-required"}
    assert all(c.operation == "GET /things/{id} (op)" for c in changes)
    number = {"name": "n", "in": "query", "schema": {"type": ["number", "null"]}}
    narrowed = {"name": "n", "in": "query", "schema": {"type": "integer"}}
    assert [c.kind for c in diff_specs(parameter_spec("/y", [number]), parameter_spec("/y", [narrowed]))] == [
        "request-type-narrowed"
    ]
    added = parameter_spec("/things/{id}", [path_id, query, {"name": "r", "in": "query", "required": True}])
    assert [c.kind for c in diff_specs(old, added)] == ["parameter-added-required"]
    assert [(c.kind, c.pointer) for c in diff_specs(old, parameter_spec("/things/{id}", [path_id]))] == [
        ("parameter-removed", "/paths/~1things~1{id}/get/parameters/1")
    ]


def test_a_response_field_added_to_a_closed_object_breaks() -> None:
    def spec(properties: dict[str, Any]) -> dict[str, Any]:
        body = {"type": "object", "additionalProperties": False, "properties": properties}
        response = {"description": "ok", "content": {"application/json": {"schema": body}}}
        return {"openapi": "3.1.0", "paths": {"/x": {"get": {"responses": {"200": response}}}}}

    changes = diff_specs(spec({"a": {"type": "string"}}), spec({"a": {"type": "string"}, "b": {"type": "string"}}))
    assert [c.kind for c in changes] == ["closed-response-field-added"]


def test_response_nullable_and_relaxed_constraints_break_the_models() -> None:
    def spec(field: dict[str, Any]) -> dict[str, Any]:
        body = {"type": "object", "properties": {"a": field}}
        response = {"description": "ok", "content": {"application/json": {"schema": body}}}
        return {"openapi": "3.1.0", "paths": {"/x": {"get": {"responses": {"200": response}}}}}

    widened = diff_specs(spec({"type": "string"}), spec({"type": "string", "nullable": True}))
    assert [c.kind for c in diff_specs(spec({"type": "number"}), spec({"type": "integer"}))] == [
        "response-type-narrowed"
    ]
    assert [c.kind for c in widened] == ["response-type-widened"]
    relaxed = diff_specs(spec({"type": "string", "maxLength": 5}), spec({"type": "string", "maxLength": 9}))
    assert [c.kind for c in relaxed] == ["response-constraint-relaxed"]
    tightened = diff_specs(spec({"type": "string", "maxLength": 9}), spec({"type": "string", "maxLength": 5}))
    assert [c.kind for c in tightened] == ["response-constraint-tightened"]
    assert not tightened[0].breaking


def test_every_kind_is_covered_by_a_revision_pair() -> None:
    tested = {case[0] for case in CASES + COMPATIBLE_CASES} | {
        "closed-enum-shrunk",
        "request-enum-shrunk",
        "response-enum-grown",
        "open-enum-shrunk",
        "open-enum-grown",
        "request-enum-grown",
        "response-enum-opened",
        "request-enum-opened",
        "request-enum-closed",
        "path-parameter-renamed",
        "request-type-narrowed",
        "response-type-narrowed",
        "parameter-newly-required",
        "parameter-added-required",
        "parameter-removed",
        "closed-response-field-added",
        "response-type-widened",
        "response-constraint-relaxed",
        "response-constraint-tightened",
    }
    tested |= {"request-body-added-required", "request-body-newly-required"}  # test_a_required_request_body...
    tested |= {"webhook-removed"}  # test_a_webhook_change_is_judged_as_the_receiver_reads_it
    assert BREAKING_KINDS - tested == set()
    assert tested <= BREAKING_KINDS | COMPATIBLE_KINDS


def test_a_required_request_body_added_breaks() -> None:
    old: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/x": {"post": {"responses": {}}}}}
    body: dict[str, Any] = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
    new: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/x": {"post": {"requestBody": body, "responses": {}}}}}
    assert [c.kind for c in diff_specs(old, new)] == ["request-body-added-required"]
    optional = copy.deepcopy(new)
    optional["paths"]["/x"]["post"]["requestBody"]["required"] = False
    assert [c.kind for c in diff_specs(optional, new)] == ["request-body-newly-required"]


def test_renaming_a_component_is_no_change() -> None:
    new = copy.deepcopy(IDENFY)
    new["components"]["schemas"]["TokenRequestRenamed"] = new["components"]["schemas"].pop("TokenRequest")
    text = json.dumps(new).replace('#/components/schemas/TokenRequest"', '#/components/schemas/TokenRequestRenamed"')
    assert diff_specs(IDENFY, json.loads(text)) == []


def test_against_a_vendor_names_and_prose_are_left_out() -> None:
    new = copy.deepcopy(IDENFY)
    token_post(new).update(operationId="other", description="vendor prose", tags=["Vendor"])
    assert diff_specs(IDENFY, new, against_vendor=True) == []
    assert diff_specs(IDENFY, new) != []


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(sorted(SPECS)))
def test_a_spec_against_itself_has_no_change(name: str) -> None:
    assert diff_specs(SPECS[name], copy.deepcopy(SPECS[name])) == []


OPERATIONS = [(name, op.pointer, op.path, op.method) for name, doc in SPECS.items() for op in iter_operations(doc)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(OPERATIONS))
def test_removing_any_operation_is_breaking_at_its_pointer(operation: tuple[str, str, str, str]) -> None:
    name, pointer, path, method = operation
    new = copy.deepcopy(SPECS[name])
    del new["paths"][path][method]
    changes = diff_specs(SPECS[name], new)
    assert [(c.kind, c.pointer, c.breaking) for c in changes] == [("operation-removed", pointer, True)]


def reached_schemas(document: dict[str, Any]) -> set[str]:
    """The component schemas the operations under ``paths`` reach through their ``$ref`` chains."""
    reached: set[str] = set()
    stack: list[Any] = [document["paths"]]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                kind, name = ref.split("/")[2:4]
                if kind != "schemas" or name not in reached:
                    reached.add(name) if kind == "schemas" else None
                    stack.append(document["components"][kind][name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return reached


def schema_fields(document: dict[str, Any]) -> list[tuple[str, str]]:
    reached = reached_schemas(document)
    return [
        (schema_name, field)
        for schema_name, body in document["components"].get("schemas", {}).items()
        if schema_name in reached
        for field in (body.get("properties") or {})
    ]


FIELDS = [(name, schema_name, field) for name, doc in SPECS.items() for schema_name, field in schema_fields(doc)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FIELDS))
def test_removing_any_field_used_by_an_operation_is_breaking_at_its_pointer(field: tuple[str, str, str]) -> None:
    name, schema_name, property_name = field
    new = copy.deepcopy(SPECS[name])
    remove_required(new, schema_name, property_name)
    changes = diff_specs(SPECS[name], new)
    pointer = f"{SCHEMAS}/{schema_name}/properties/{property_name}".replace("~", "~0")
    assert changes
    assert all(c.kind in {"request-field-removed", "response-field-removed"} for c in changes), changes
    assert all(c.pointer == pointer and c.breaking for c in changes)


# -- webhooks: what the vendor sends, judged like a response -------------------------------------------------------
HOOK = "/webhooks/verificationResult"
HOOK_PAYLOAD = "/components/schemas/IdentificationWebhook"


def webhook(document: dict[str, Any], name: str = "verificationResult") -> dict[str, Any]:
    found: dict[str, Any] = document["webhooks"][name]
    return found


@pytest.mark.parametrize(
    ("kind", "edit", "pointer"),
    [
        ("webhook-removed", lambda d: d["webhooks"].pop("verificationResult"), HOOK),
        ("webhook-removed", lambda d: webhook(d).pop("post"), f"{HOOK}/post"),
        (
            "webhook-added",
            lambda d: d["webhooks"].update(newEvent=copy.deepcopy(webhook(d))),
            "/webhooks/newEvent",
        ),
        (
            "response-field-removed",
            lambda d: remove_required(d, "IdentificationWebhook", "scanRef"),
            f"{HOOK_PAYLOAD}/properties/scanRef",
        ),
        (
            "type-changed",
            set_in(["components", "schemas", "IdentificationWebhook", "properties", "final", "type"], "string"),
            f"{HOOK_PAYLOAD}/properties/final",
        ),
        (
            "parameter-removed",
            lambda d: webhook(d)["post"].update(
                parameters=[p for p in webhook(d)["post"]["parameters"] if p.get("name") != "Idenfy-Event-Type"]
            ),
            f"{HOOK}/post/parameters/1",
        ),
    ],
    ids=[
        "webhook-removed",
        "webhook-method-removed",
        "webhook-added",
        "payload-field-removed",
        "payload-type",
        "header",
    ],
)
def test_a_webhook_change_is_judged_as_the_receiver_reads_it(
    kind: str, edit: Callable[[dict[str, Any]], None], pointer: str
) -> None:
    changes = mutated(edit)
    hooks = [c for c in changes if c.operation.startswith("webhook ")]
    assert (kind, pointer) in {(c.kind, c.pointer) for c in hooks}, changes
    found = next(c for c in hooks if c.kind == kind and c.pointer == pointer)
    assert found.breaking is (kind in BREAKING_KINDS)
    assert not [c for c in changes if not c.operation.startswith("webhook ") and c.kind != "description-changed"]


def test_a_new_event_type_is_drift_for_an_open_enum_and_breaks_a_closed_one() -> None:
    def grow(document: dict[str, Any]) -> None:
        event_type = schema(document, "IdentificationEventType")
        known = next(b for b in event_type.get("anyOf", [event_type]) if "enum" in b)
        known["enum"].append("IDENTIFICATION_ON_HOLD")

    changes = [c for c in mutated(grow) if c.operation.startswith("webhook verificationResult")]
    assert changes, "a new event type must be reported on the webhook that names it in its header"
    assert {c.location for c in changes} == {"header Idenfy-Event-Type"}
    event_type = schema(IDENFY, "IdentificationEventType")
    assert all(c.breaking is ("anyOf" not in event_type) for c in changes)
