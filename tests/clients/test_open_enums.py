"""Every enum-like field of every response and webhook schema keeps a value the vendor adds (issue 14, item 3).

The fields are found by walking the bundled specs (every JSON response of every operation, every callback and
webhook body, through ``$ref``, properties, items, ``additionalProperties`` and ``anyOf``/``oneOf``/``allOf``): a
property whose schema, or whose array's items, is an ``enum`` or a union with one. For each, hypothesis draws a
spec-valid instance of the object that owns it and an unknown string, puts the string in the field and checks that
the generated client's ``from_dict`` (and, for an operation's response, the operation's own parser on a fake httpx
response) and the pydantic model both give the value back, and write it back out unchanged.

The check can fail: ``test_a_closed_copy_fails`` generates the clients of a copy of the LiveID+ spec whose open
enums are closed again, and runs the same check on it.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import idvkit_specs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import ClassName, PythonIdentifier

from idvkit.specs import SpecSchemas, json_pointer, resolve_pointer
from idvkit.specs._strategies import schema_strategy
from idvkit.vendors import VENDORS

ROOT = Path(__file__).resolve().parents[2]
VENDOR_NAMES = ("idenfy", "markid", "liveid")
METHODS = ("get", "put", "post", "delete", "patch")
PREFIX = ConfigFile().field_prefix
SCHEMAS = "/components/schemas/"
EXAMPLES = settings(
    max_examples=5,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@dataclass(frozen=True)
class Root:
    """Where a response body of an operation is parsed: its module and status."""

    module: str
    status: int
    media_type: str


@dataclass(frozen=True)
class Site:
    """An enum-like property of a component schema that a response or a webhook body contains."""

    vendor: str
    owner: str  # /components/schemas/Name
    prop: str
    array: bool
    known: tuple[str, ...]
    roots: tuple[Root, ...]  # the operations that answer the owner itself

    @property
    def id(self) -> str:
        return f"{self.vendor}-{self.owner.removeprefix(SCHEMAS)}-{self.prop}"

    @property
    def name(self) -> str:
        return self.owner.removeprefix(SCHEMAS)


def _follow(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    node = resolve_pointer(document, pointer)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"].removeprefix("#")
        node = resolve_pointer(document, pointer)
    return pointer, node


def _enum_values(document: dict[str, Any], pointer: str) -> tuple[tuple[str, ...], bool] | None:
    """(known values, is an array) of an enum-like schema, else None."""
    pointer, node = _follow(document, pointer)
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("enum"), list):
        return tuple(str(value) for value in node["enum"]), False
    for key in ("anyOf", "oneOf"):
        values = [_enum_values(document, f"{pointer}/{key}/{index}") for index in range(len(node.get(key) or []))]
        known = [value for found in values if found is not None and not found[1] for value in found[0]]
        if known:
            return tuple(known), False
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        items = _enum_values(document, f"{pointer}/items")
        if items is not None and not items[1]:
            return items[0], True
    return None


def _body_roots(document: dict[str, Any]) -> Iterator[tuple[str, Root | None]]:
    """The pointers of every JSON response schema (with its operation) and of every callback and webhook body."""
    tags = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = json_pointer(["paths", path, method])
            module = f"api.{PythonIdentifier(operation['tags'][0], prefix='tag')}."
            module += str(PythonIdentifier(operation["operationId"], PREFIX))
            tags[base] = module
            for status in operation.get("responses", {}):
                response, node = _follow(document, f"{base}/responses/{status}")
                for media_type in node.get("content") or {}:
                    if "json" in media_type and "schema" in node["content"][media_type]:
                        root = Root(module, int(status), media_type) if status.isdigit() else None
                        yield f"{response}{json_pointer(['content', media_type, 'schema'])}", root
            for name, callback in operation.get("callbacks", {}).items():
                for expression, target in callback.items():
                    for callback_method, callback_operation in target.items():
                        yield from _request_bodies(
                            callback_operation, base + json_pointer(["callbacks", name, expression, callback_method])
                        )
    for name, webhook in document.get("webhooks", {}).items():
        for method, operation in webhook.items():
            yield from _request_bodies(operation, json_pointer(["webhooks", name, method]))


def _request_bodies(operation: Any, base: str) -> Iterator[tuple[str, Root | None]]:
    content = (operation.get("requestBody") or {}).get("content") or {} if isinstance(operation, dict) else {}
    for media_type, media in content.items():
        if "schema" in media:
            yield base + json_pointer(["requestBody", "content", media_type, "schema"]), None


@cache
def enum_sites(vendor: str, document_json: str | None = None) -> tuple[Site, ...]:
    document = json.loads(document_json) if document_json else idvkit_specs.load(vendor)
    found: dict[tuple[str, str], tuple[tuple[str, ...], bool]] = {}
    answered: dict[str, list[Root]] = {}
    seen: set[str] = set()

    def walk(pointer: str) -> None:
        pointer, node = _follow(document, pointer)
        if pointer in seen or not isinstance(node, dict):
            return
        seen.add(pointer)
        for prop in node.get("properties") or {}:
            prop_pointer = pointer + json_pointer(["properties", prop])
            values = _enum_values(document, prop_pointer)
            if values is not None:
                assert pointer.startswith(SCHEMAS), f"{vendor}: {prop_pointer} is not in a component schema"
                found[(pointer, prop)] = values
            walk(prop_pointer)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                walk(f"{pointer}/{key}")
        for key in ("anyOf", "oneOf", "allOf"):
            for index in range(len(node.get(key) or [])):
                walk(f"{pointer}/{key}/{index}")

    for pointer, root in _body_roots(document):
        if root is not None:
            answered.setdefault(_follow(document, pointer)[0], []).append(root)
        walk(pointer)
    return tuple(
        Site(vendor, owner, prop, array, known, tuple(answered.get(owner, ())))
        for (owner, prop), (known, array) in sorted(found.items())
    )


SITES = [site for vendor in VENDOR_NAMES for site in enum_sites(vendor)]


def unknown_values(site: Site) -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=20).filter(lambda value: value not in site.known)


def check_site(site: Site, body: dict[str, Any], unknown: str, client: ModuleType, models: ModuleType) -> None:
    """The client's from_dict, the operations' parsers and the pydantic model keep ``unknown`` in ``site``'s field.

    Raises AssertionError (also for an exception of the parsers) when one of them loses or refuses it.
    """
    expected: Any = [unknown] if site.array else unknown
    body = {**body, site.prop: expected}
    attribute = str(PythonIdentifier(site.prop, PREFIX))
    model = getattr(importlib.import_module(f"{client.__name__}.models"), str(ClassName(site.name, PREFIX)))
    try:
        parsed = model.from_dict(body)
        answers = []
        for root in site.roots:
            module = importlib.import_module(f"{client.__name__}.{root.module}")
            response = httpx.Response(root.status, json=body, headers={"Content-Type": root.media_type})
            fake = client.Client(base_url="https://example.invalid", raise_on_unexpected_status=True)
            answers.append(module._parse_response(client=fake, response=response))
        validated = getattr(models, site.name).model_validate(body)
    except Exception as exc:
        raise AssertionError(f"{site.id}: {unknown!r} refused: {type(exc).__name__}: {exc}") from exc
    for what, got in [
        ("from_dict", parsed),
        *((f"{r.module} {r.status}", a) for r, a in zip(site.roots, answers, strict=True)),
    ]:
        assert type(got) is model, f"{site.id}: {what} gave {type(got).__name__}"
        assert getattr(got, attribute) == expected, f"{site.id}: {what} gave {getattr(got, attribute)!r}"
        assert got.to_dict()[site.prop] == expected, f"{site.id}: {what} wrote {got.to_dict()[site.prop]!r}"
    dumped = validated.model_dump(mode="json", by_alias=True)
    assert dumped[site.prop] == expected, f"{site.id}: the pydantic model gave {dumped[site.prop]!r}"


def test_the_walk_finds_the_enum_fields() -> None:
    """Guards the discovery: it must find the fields the project knows to be enum-like, at any depth."""
    found = {(site.vendor, site.name, site.prop, site.array) for site in SITES}
    assert {
        ("idenfy", "StatusResponse", "status", False),  # an operation's response
        ("idenfy", "StatusResponse", "fraudTags", True),  # an array of enum values
        ("idenfy", "VerificationStatus", "overall", False),  # nested, in the webhook body
        ("markid", "AdditionalStepDefinition", "type", False),  # two levels down
        ("liveid", "LiveIDPlusResult", "event", False),  # a callback body
    } <= found
    assert all(site.roots for site in SITES if site.name in {"StatusResponse", "Error", "TokenResponse"})


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.id)
def test_an_unknown_value_is_kept(site: Site) -> None:
    document = idvkit_specs.load(site.vendor)
    schemas = SpecSchemas(document)
    client = importlib.import_module(VENDORS[site.vendor].client_package)
    models = importlib.import_module(VENDORS[site.vendor].models_package)

    @EXAMPLES
    @given(body=schema_strategy(document, site.owner), unknown=unknown_values(site))
    def check(body: Any, unknown: str) -> None:
        assert isinstance(body, dict)
        injected = {**body, site.prop: [unknown] if site.array else unknown}
        assert not schemas.errors(site.owner, injected), f"{site.id}: an unknown value must be spec-valid (open)"
        check_site(site, body, unknown, client, models)

    check()


def _closed(document: dict[str, Any], node: Any) -> Any:
    """``node`` with every open enum (``anyOf: [<enum>, {type: string}]``) closed again to its enum."""
    if isinstance(node, list):
        return [_closed(document, item) for item in node]
    if not isinstance(node, dict):
        return node
    branches = node.get("anyOf")
    if isinstance(branches, list) and {"type": "string"} in branches:
        enums = [b for b in branches if b != {"type": "string"} and _enum_of(document, b) is not None]
        if len(enums) == 1 and len(branches) == 2:
            return {key: value for key, value in node.items() if key != "anyOf"} | dict(enums[0])
    return {key: _closed(document, value) for key, value in node.items()}


def _enum_of(document: dict[str, Any], node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve_pointer(document, node["$ref"].removeprefix("#"))
    return node.get("enum") if isinstance(node, dict) else None


def _check_refused(site: Site, document: dict[str, Any], client: ModuleType, models: ModuleType) -> None:
    @settings(EXAMPLES, max_examples=2)
    @given(body=schema_strategy(document, site.owner), unknown=unknown_values(site))
    def check(body: Any, unknown: str) -> None:
        with pytest.raises(AssertionError, match="refused"):
            check_site(site, body, unknown, client, models)

    check()


@pytest.mark.slow
def test_a_closed_copy_fails(tmp_path: Path) -> None:
    """The same check over a copy of the LiveID+ spec with its open enums closed: it fails on every field."""
    document = idvkit_specs.load("liveid")
    closed = _closed(document, document)
    spec = tmp_path / "spec" / "closedlive.json"
    spec.parent.mkdir()
    spec.write_text(json.dumps(closed))
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "scripts/generate.py", "--spec", str(spec), "--name", "closedlive", "--out", str(out)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(out))
    try:
        client = importlib.import_module("closedlive_client")
        models = importlib.import_module("closedlive_models")
        sites = enum_sites("liveid", json.dumps(closed))
        assert [site.id for site in sites] == [site.id for site in enum_sites("liveid")]
        assert sites
        for site in sites:
            _check_refused(site, closed, client, models)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.startswith("closedlive_")]:
            del sys.modules[name]
