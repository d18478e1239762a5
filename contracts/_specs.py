"""The bundled specs as the suite reads them: documents, compiled schemas, instance strategies, the operation
index, and what a schema says about the JSON types of its instances.

Everything the suite knows about an API comes from here (``idvkit_specs``); nothing is written down twice.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import idvkit_specs
from hypothesis import strategies as st

from idvkit.specs import Operation, OperationIndex, SpecSchemas, dereferenced_pointer, resolve_pointer
from idvkit.specs._strategies import schema_strategy

JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")
FORM_MEDIA = "application/x-www-form-urlencoded"


@cache
def document(vendor: str) -> dict[str, Any]:
    return idvkit_specs.load(vendor)


@cache
def spec_schemas(vendor: str) -> SpecSchemas:
    return SpecSchemas(document(vendor))


@cache
def operation_index(vendor: str) -> OperationIndex[Operation]:
    return OperationIndex.of_document(document(vendor))


def deref(vendor: str, pointer: str) -> str:
    """The pointer of the node at ``pointer`` after following local ``$ref``s."""
    return dereferenced_pointer(document(vendor), pointer)


@cache
def strategy(vendor: str, pointer: str, media_type: str = "application/json") -> st.SearchStrategy[Any]:
    """Spec-valid instances of the schema at ``pointer`` (cached: building one costs a schema load)."""
    return schema_strategy(document(vendor), pointer, media_type=media_type)


def schema_types(vendor: str, pointer: str, depth: int = 0) -> set[str]:
    """The JSON types an instance of the schema at ``pointer`` may have (empty: unconstrained)."""
    pointer = deref(vendor, pointer)
    node = resolve_pointer(document(vendor), pointer)
    if not isinstance(node, dict) or depth > 20:
        return set()
    declared = node.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    for keyword in ("anyOf", "oneOf", "allOf"):
        if isinstance(node.get(keyword), list):
            found: set[str] = set()
            for index in range(len(node[keyword])):
                found |= schema_types(vendor, f"{pointer}/{keyword}/{index}", depth + 1)
            return found
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if isinstance(values, list):
        names = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}
        return {names.get(type(value), "object") for value in values}
    return set()


def is_binary(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "string" and node.get("format") == "binary"


def closed_enum_values(vendor: str, pointer: str) -> list[Any] | None:
    node = resolve_pointer(document(vendor), deref(vendor, pointer))
    if isinstance(node, dict) and isinstance(node.get("enum"), list):
        return list(node["enum"])
    return None
