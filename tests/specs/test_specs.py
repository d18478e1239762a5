"""The specs are valid, complete and self-consistent (issue 2, item 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from idvkit.specs import (
    Operation,
    SpecSchemas,
    iter_operations,
    json_pointer,
    load_document,
    resolve_pointer,
    validate_openapi,
)
from tests.conftest import ROOT, SPECS, VENDORS

FIXTURES = ROOT / "tests" / "fixtures" / "seed_examples"
ERROR_SCHEMA = "#/components/schemas/Error"


def all_operations(document: dict[str, Any]) -> list[Operation]:
    return [*iter_operations(document), *iter_operations(document, webhooks=True)]


def deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        node = resolve_pointer(document, node["$ref"][1:])
    return node


def examples_in(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(pointer of the schema, pointer of the example, example value) for every example in a spec."""

    def walk(node: Any, path: list[str | int]) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, dict):
            if isinstance(node.get("schema"), dict):  # media type, parameter or header object
                schema_pointer = json_pointer([*path, "schema"])
                if "example" in node:
                    yield schema_pointer, json_pointer([*path, "example"]), node["example"]
                for name, example in (node.get("examples") or {}).items():
                    example = deref(document, example)
                    if "value" in example:
                        yield schema_pointer, json_pointer([*path, "examples", name]), example["value"]
            for key, value in node.items():
                if key in {"example", "examples", "default", "enum", "const"}:
                    continue
                yield from walk(value, [*path, key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, [*path, index])

    yield from walk(document, [])
    for name in (document.get("components") or {}).get("schemas", {}):
        yield from schema_examples(document, ["components", "schemas", name])


def schema_examples(document: dict[str, Any], path: list[str | int]) -> Iterator[tuple[str, str, Any]]:
    """JSON Schema ``examples`` lists inside a component schema (also in nested properties)."""
    node = resolve_pointer(document, json_pointer(path))
    if not isinstance(node, dict):
        return
    for index, value in enumerate(node.get("examples") or []) if isinstance(node.get("examples"), list) else []:
        yield json_pointer(path), json_pointer([*path, "examples", index]), value
    for key in ("properties", "patternProperties"):
        for name in node.get(key) or {}:
            yield from schema_examples(document, [*path, key, name])
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield from schema_examples(document, [*path, key])
    for key in ("anyOf", "oneOf", "allOf"):
        for index in range(len(node.get(key) or [])):
            yield from schema_examples(document, [*path, key, index])


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi_3_1(bundles: dict[str, dict[str, Any]], vendor: str) -> None:
    document = bundles[vendor]
    assert document["openapi"].startswith("3.1.")
    validate_openapi(document, f"specs/{vendor}.yaml")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_example_validates_against_its_schema(
    bundles: dict[str, Any], schemas: dict[str, SpecSchemas], vendor: str
) -> None:
    found = list(examples_in(bundles[vendor]))
    assert len(found) >= 20, "a spec with so few examples cannot cover every operation"
    problems = [
        f"{example}: {error}" for schema, example, value in found for error in schemas[vendor].errors(schema, value)
    ]
    assert problems == []


def fixture_index() -> list[dict[str, Any]]:
    entries = []
    for index in sorted(FIXTURES.glob("*/index.yaml")):
        for entry in yaml.safe_load(index.read_text()):
            entries.append({**entry, "dir": index.parent.name})
    return entries


def schema_pointer_of(document: dict[str, Any], entry: dict[str, Any]) -> str:
    """The pointer of the schema a fixture names by operationId or webhook, part and status."""
    if "webhook" in entry:
        item = document["webhooks"][entry["webhook"]]
        method = next(m for m in ("post", "put") if m in item)
        base = ["webhooks", entry["webhook"], method]
        operation = item[method]
    else:
        matches = [op for op in iter_operations(document) if op.operation_id == entry["operationId"]]
        assert len(matches) == 1, f"operationId {entry['operationId']} not found exactly once"
        operation, base = matches[0].definition, ["paths", matches[0].path, matches[0].method]
    if entry["part"] in ("request", "webhook"):
        body = deref(document, operation["requestBody"])
        (media_type,) = body["content"]
        pointer = [*base, "requestBody", "content", media_type, "schema"]
        if "$ref" in operation["requestBody"]:
            pointer = [*operation["requestBody"]["$ref"][2:].split("/"), "content", media_type, "schema"]
        return json_pointer(pointer)
    response = operation["responses"][str(entry["status"])]
    target = deref(document, response)
    media_type = next(iter(target["content"]))
    if "$ref" in response:
        return str(response["$ref"][1:]) + json_pointer(["content", media_type, "schema"])
    return json_pointer([*base, "responses", str(entry["status"]), "content", media_type, "schema"])


def test_fixture_index_covers_every_fixture_file() -> None:
    listed = {(e["dir"], e["file"]) for e in fixture_index()}
    on_disk = {(p.parent.name, p.name) for p in FIXTURES.glob("*/*.json")}
    assert listed == on_disk
    assert {"idenfy", "liveid"} <= {d for d, _ in listed}


@pytest.mark.parametrize("entry", fixture_index(), ids=lambda e: f"{e['dir']}/{e['file']}")
def test_seed_example_validates(
    bundles: dict[str, Any], schemas: dict[str, SpecSchemas], entry: dict[str, Any]
) -> None:
    instance = json.loads((FIXTURES / entry["dir"] / entry["file"]).read_text())
    pointer = schema_pointer_of(bundles[entry["spec"]], entry)
    assert schemas[entry["spec"]].errors(pointer, instance) == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_is_documented(bundles: dict[str, Any], vendor: str) -> None:
    document = bundles[vendor]
    declared_tags = {tag["name"] for tag in document.get("tags", [])}
    seen_ids: set[str] = set()
    problems = []
    for op in all_operations(document):
        definition = op.definition
        where = f"{'webhook ' if op.webhook else ''}{op.label}"
        if not op.webhook:
            if not op.operation_id:
                problems.append(f"{where}: no operationId")
            elif op.operation_id in seen_ids:
                problems.append(f"{where}: duplicate operationId {op.operation_id}")
            seen_ids.add(op.operation_id or "")
            tags = definition.get("tags") or []
            if len(tags) != 1 or tags[0] not in declared_tags:
                problems.append(f"{where}: needs exactly one declared tag, has {tags}")
        for field in ("summary", "description"):
            if not str(definition.get(field, "")).strip():
                problems.append(f"{where}: no {field}")
        if "requestBody" in definition:
            for media_type, content in deref(document, definition["requestBody"])["content"].items():
                if not (content.get("example") is not None or content.get("examples")):
                    problems.append(f"{where}: request body {media_type} has no example")
        for status, response in definition.get("responses", {}).items():
            for media_type, content in (deref(document, response).get("content") or {}).items():
                if not (content.get("example") is not None or content.get("examples")):
                    problems.append(f"{where}: response {status} {media_type} has no example")
    assert problems == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_4xx_response_uses_the_error_schema(bundles: dict[str, Any], vendor: str) -> None:
    document = bundles[vendor]
    problems = []
    count = 0
    for op in iter_operations(document):
        for status, response in op.definition["responses"].items():
            if not status.startswith("4"):
                continue
            count += 1
            content = deref(document, response).get("content") or {}
            schema_refs = {media.get("schema", {}).get("$ref") for media in content.values()}
            if schema_refs != {ERROR_SCHEMA}:
                problems.append(f"{op.label} {status}: {schema_refs or 'no content'}")
    assert count > 0
    assert problems == []


def request_properties(document: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    body = deref(document, operation.get("requestBody") or {})
    names: set[str] = set()
    for content in (body.get("content") or {}).values():
        names |= set(deref(document, content.get("schema") or {}).get("properties") or {})
    return names


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_link_names_an_existing_operation_and_parameter(bundles: dict[str, Any], vendor: str) -> None:
    document = bundles[vendor]
    by_id = {op.operation_id: op for op in iter_operations(document)}
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    problems, links = [], 0
    for op in iter_operations(document):
        for status, response in op.definition["responses"].items():
            for name, link in (deref(document, response).get("links") or {}).items():
                links += 1
                where = f"{op.label} {status} link {name}"
                target = by_id.get(link.get("operationId"))
                if target is None:
                    problems.append(f"{where}: no operation {link.get('operationId')!r}")
                    continue
                parameters = {
                    (p["in"], p["name"])
                    for p in map(lambda p: deref(document, p), target.definition.get("parameters", []))
                }
                for key in link.get("parameters") or {}:
                    location, _, pname = key.rpartition(".")
                    if location == "header" and pname == "Authorization":
                        security = target.definition.get("security", document.get("security", []))
                        bearer = any(schemes.get(s, {}).get("scheme") == "bearer" for req in security for s in req)
                        if not bearer:
                            problems.append(
                                f"{where}: Authorization link to {target.label}, which has no bearer scheme"
                            )
                    elif not any(n == pname and (not location or loc == location) for loc, n in parameters):
                        problems.append(f"{where}: {target.label} has no parameter {key!r}")
                body = link.get("requestBody")
                if isinstance(body, dict):
                    missing = set(body) - request_properties(document, target.definition)
                    if missing:
                        problems.append(f"{where}: {target.label} request body has no {sorted(missing)}")
    assert links > 0
    assert problems == []


def walk(node: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, [*path, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, [*path, index])


@pytest.mark.parametrize("spec", ["idenfy.yaml", "markid.yaml", "liveid.yaml"])
def test_style_keeps_the_generators_correct(spec: str) -> None:
    """No boolean schemas, no prefixItems, no OpenAPI 3.0 nullable; one-line x-assumption marks."""
    problems = []
    for path, node in walk(load_document(SPECS / spec), []):
        if not isinstance(node, dict):
            continue
        where = json_pointer(path)
        for key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            if node.get(key) is True or (key != "additionalProperties" and node.get(key) is False):
                problems.append(f"{where}/{key}: boolean schema")
        for key in ("prefixItems", "nullable"):
            if key in node and path[-1:] != ["properties"]:
                problems.append(f"{where}: uses {key}")
        if "x-assumption" in node:
            text = node["x-assumption"]
            if not isinstance(text, str) or not text.strip() or "\n" in text.strip():
                problems.append(f"{where}: x-assumption must be one non-empty line")
    assert problems == []


def test_markid_reuses_idenfy_by_reference(bundles: dict[str, Any]) -> None:
    markid = load_document(SPECS / "markid.yaml")
    for path, item in markid["paths"].items():
        assert set(item) == {"$ref"}, f"markid path {path} must be a $ref into idenfy.yaml"
        assert item["$ref"].startswith("idenfy.yaml#/paths/")
    assert not (markid.get("components") or {}).get("schemas"), "markid must not define schemas of its own"
    assert set(bundles["markid"]["paths"]) == set(bundles["idenfy"]["paths"])
    assert set(bundles["markid"]["webhooks"]) == set(bundles["idenfy"]["webhooks"])
    assert {s["url"] for s in bundles["markid"]["servers"]} == {"https://ivs.markid.eu", "https://ivs.markid.com"}
    assert [s["url"] for s in bundles["idenfy"]["servers"]] == ["https://ivs.idenfy.com"]


IDENFY_PATHS = {
    "/api/v2/token",
    "/api/v2/process",
    "/api/v2/video-call",
    "/api/v2/video-call-record",
    "/api/v2/status",
    "/api/v2/data",
    "/api/v2/delete",
    "/api/v2/add-dummy-status",
}

LIVEID_OPERATIONS = {
    ("get", "/app/service-asyncall"),
    ("post", "/app/service-start"),
    ("post", "/app/service-webrtc-test"),
    ("get", "/api/authenticate/genAPIToken"),
    ("post", "/api/service/pushAsyncCall"),
    ("delete", "/api/service/delAsyncCall"),
    ("post", "/api/service/availableLanguages"),
    ("post", "/api/service/getDailyWaitingTimes"),
    ("post", "/api/service/getAvailableOperators"),
    ("post", "/api/service/getCallInfoUID"),
    ("post", "/api/service/getQueue"),
    ("get", "/api/v1/conferenceData"),
    ("delete", "/api/v1/deleteAuditData"),
    ("get", "/api/v1/checkStatus"),
    ("get", "/api/v1/getAuditData"),
    ("get", "/api/v2/getAuditData"),
    ("patch", "/api/v2/rejectCall"),
    ("get", "/api/v2/getAsyncRequestInfo"),
    ("post", "/api/v2/registerAlertEmail"),
}


def test_idenfy_has_the_seed_endpoints_with_basic_auth(bundles: dict[str, Any]) -> None:
    document = bundles["idenfy"]
    assert set(document["paths"]) >= IDENFY_PATHS
    assert all(op.method == "post" for op in iter_operations(document))
    schemes = document["components"]["securitySchemes"]
    assert [s["scheme"] for s in schemes.values()] == ["basic"]
    assert document["security"] == [{name: []} for name in schemes]
    token = document["paths"]["/api/v2/token"]["post"]
    assert "201" in token["responses"]
    for path in ("/api/v2/process", "/api/v2/delete"):
        assert "content" not in deref(document, document["paths"][path]["post"]["responses"]["200"])
    assert set(document["webhooks"]) >= {"verificationResult", "videoCallFinished"}


def test_liveid_has_all_19_operations(bundles: dict[str, Any]) -> None:
    document = bundles["liveid"]
    assert document["info"]["title"] == "Api LiveID+"
    assert document["info"]["version"] == "2.0.0"
    assert {(op.method, op.path) for op in iter_operations(document)} == LIVEID_OPERATIONS
    assert {t["name"] for t in document["tags"]} == {"app", "authenticate", "service", "v1", "v2"}
    schemes = document["components"]["securitySchemes"]
    assert schemes["ConferenceToken"] == {
        **schemes["ConferenceToken"],
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
    }
    assert schemes["ApiKeyAuth"] == {**schemes["ApiKeyAuth"], "type": "apiKey", "in": "header", "name": "apikey"}
    deprecated = {op.path for op in iter_operations(document) if op.definition.get("deprecated")}
    assert deprecated == {"/app/service-webrtc-test", "/api/v1/getAuditData"}
    assert {s["url"] for s in document["servers"]} == {
        "https://liveid.test.namirialtsp.com",
        "https://liveid.namirialtsp.com",
    }
    assert "callClosing" in document["webhooks"]


def test_assumption_list_in_specs_readme_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "assumptions.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_assumption_list_counts_every_mark() -> None:
    readme = (SPECS / "README.md").read_text()
    for spec in ("idenfy.yaml", "markid.yaml", "liveid.yaml"):
        marks = sum(
            1 for _, node in walk(load_document(SPECS / spec), []) if isinstance(node, dict) and "x-assumption" in node
        )
        assert f"### `{spec}`: {marks} open assumptions" in readme


def test_specs_never_point_outside_the_repository() -> None:
    for spec in Path(SPECS).glob("*.yaml"):
        assert "shared/" not in spec.read_text(), f"{spec.name} refers to a path outside the repository"
