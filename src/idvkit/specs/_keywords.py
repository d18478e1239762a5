"""Refuse schema keywords that are neither JSON Schema 2020-12, OpenAPI 3.1 nor a documented ``x-`` extension.

JSON Schema ignores keywords it does not know, so a typo (``maxLenght``) or a YAML slip is silently dropped:
a comma inside a flow mapping (``{type: number, description: Seconds, at most a year.}``) cuts the description
in half and turns its tail into a keyword with a null value. The OpenAPI meta-schema only forbids unknown fields
outside Schema Objects; this check covers the Schema Objects (walked through every subschema keyword) and every
``x-`` name anywhere in the document, which must be one the project documents (specs/README.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from dataclasses import dataclass
from typing import Any

from idvkit.specs._errors import json_pointer

#: The keywords of the JSON Schema 2020-12 vocabularies (core, applicator, unevaluated, validation,
#: meta-data, format-annotation, content).
JSON_SCHEMA_KEYWORDS: frozenset[str] = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        # applicator
        "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
        "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
        # unevaluated
        "unevaluatedItems", "unevaluatedProperties",
        # validation
        "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
        # meta-data
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
        # format-annotation, content
        "format", "contentEncoding", "contentMediaType", "contentSchema",
    }
)  # fmt: skip
#: The fixed fields OpenAPI 3.1 adds to a Schema Object.
OPENAPI_SCHEMA_KEYWORDS: frozenset[str] = frozenset({"discriminator", "xml", "externalDocs", "example"})

_ONE_SCHEMA = frozenset(
    {
        "items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    }
)  # fmt: skip
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"prefixItems", "allOf", "anyOf", "oneOf"})
#: Keywords whose values are instance data, never schemas or keywords.
_DATA = frozenset({"enum", "const", "default", "examples", "example"})


@dataclass(frozen=True)
class KeywordProblem:
    """One refused keyword: where (JSON pointer of the object holding it), which, and why."""

    pointer: str
    keyword: str
    reason: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.reason}"


def _schema_reason(keyword: str, value: Any) -> str:
    reason = f"unknown schema keyword {keyword!r} (neither JSON Schema 2020-12 nor OpenAPI 3.1)"
    if value is None or any(character.isspace() for character in keyword):
        reason += "; a description cut off at a comma inside a YAML flow mapping? quote it"
    return reason


def _extension_reason(keyword: str) -> str:
    return f"undocumented extension {keyword!r} (document it in specs/README.md or remove it)"


def _walk_schema(schema: Any, path: list[str | int], documented: Set[str]) -> Iterator[KeywordProblem]:
    if not isinstance(schema, dict):
        return
    for keyword, value in schema.items():
        here = [*path, keyword]
        if isinstance(keyword, str) and keyword.startswith("x-"):
            if keyword not in documented:
                yield KeywordProblem(json_pointer(path), keyword, _extension_reason(keyword))
            yield from _walk_extension(value, here, documented)
            continue
        if keyword not in JSON_SCHEMA_KEYWORDS and keyword not in OPENAPI_SCHEMA_KEYWORDS:
            yield KeywordProblem(json_pointer(path), str(keyword), _schema_reason(str(keyword), value))
            continue
        if keyword in _DATA:
            continue
        if keyword in _ONE_SCHEMA:
            yield from _walk_schema(value, here, documented)
        elif keyword in _SCHEMA_MAPS and isinstance(value, dict):
            for name, subschema in value.items():
                yield from _walk_schema(subschema, [*here, name], documented)
        elif keyword in _SCHEMA_LISTS and isinstance(value, list):
            for index, subschema in enumerate(value):
                yield from _walk_schema(subschema, [*here, index], documented)


def _walk_extension(value: Any, path: list[str | int], documented: Set[str]) -> Iterator[KeywordProblem]:
    """Inside an extension's value only further ``x-`` names are checked (the rest is the extension's data)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and key.startswith("x-") and key not in documented:
                yield KeywordProblem(json_pointer(path), key, _extension_reason(key))
            yield from _walk_extension(item, [*path, key], documented)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk_extension(item, [*path, index], documented)


def _walk_document(node: Any, path: list[str | int], documented: Set[str]) -> Iterator[KeywordProblem]:
    if isinstance(node, dict):
        for key, value in node.items():
            here = [*path, key]
            if isinstance(key, str) and key.startswith("x-"):
                if key not in documented:
                    yield KeywordProblem(json_pointer(path), key, _extension_reason(key))
                yield from _walk_extension(value, here, documented)
            elif key in ("example", "examples"):
                continue  # instance data (Example Objects are checked by the OpenAPI meta-schema)
            elif (key == "schema" and isinstance(value, dict)) or path == ["components", "schemas"]:
                yield from _walk_schema(value, here, documented)
            else:
                yield from _walk_document(value, here, documented)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk_document(item, [*path, index], documented)


def keyword_problems(document: Any, documented_extensions: Set[str]) -> list[KeywordProblem]:
    """Every unknown schema keyword and every undocumented ``x-`` extension of an OpenAPI 3.1 document."""
    return list(_walk_document(document, [], documented_extensions))
