"""Validate a bundled OpenAPI 3.1 document, reporting the JSON pointer of the first problem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
import jsonschema_rs
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v31

from idvkit.specs._errors import SpecError, json_pointer

_SCHEMA_METASCHEMA: dict[str, Any] = dict(jsonschema.Draft202012Validator.META_SCHEMA)


@cache
def _openapi_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(json.dumps(dict(schema_v31)))
    return schema


@cache
def _fast(which: str) -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_openapi_schema() if which == "openapi" else _SCHEMA_METASCHEMA)


def _schema_locations(node: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    """Yield (path, schema) for every Schema Object position in an OpenAPI document."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = [*path, key]
            if (key == "schema" and isinstance(value, dict)) or path == ["components", "schemas"]:
                yield here, value
            else:
                yield from _schema_locations(value, here)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schema_locations(item, [*path, index])


def _first_error(which: str, instance: Any) -> jsonschema.ValidationError | None:
    """The most relevant violation, or None. jsonschema-rs decides quickly; jsonschema explains."""
    if _fast(which).is_valid(instance):
        return None
    slow = jsonschema.Draft202012Validator(_openapi_schema() if which == "openapi" else _SCHEMA_METASCHEMA)
    best: jsonschema.ValidationError | None = jsonschema.exceptions.best_match(slow.iter_errors(instance))
    return best


def validate_openapi(document: dict[str, Any], file: str, *, structure: bool = True, semantic: bool = True) -> None:
    """Raise SpecError(file, pointer, reason) unless ``document`` is a valid OpenAPI 3.1 document.

    ``structure``: the OpenAPI 3.1 meta-schema and every Schema Object against JSON Schema 2020-12
    (fast); ``semantic``: openapi-spec-validator's further rules (slower).
    """
    if structure:
        version = document.get("openapi")
        if not isinstance(version, str) or not version.startswith("3.1."):
            raise SpecError(file, "/openapi", f"expected an OpenAPI 3.1.x document, found openapi: {version!r}")
        error = _first_error("openapi", document)
        if error is not None:
            raise SpecError(file, json_pointer(error.absolute_path), error.message)
        for path, schema in _schema_locations(document, []):
            schema_error = _first_error("schema", schema)
            if schema_error is not None:
                pointer = json_pointer([*path, *schema_error.absolute_path])
                raise SpecError(file, pointer, f"invalid JSON Schema: {schema_error.message}")
    if semantic:
        try:
            found = next(iter(OpenAPIV31SpecValidator(document).iter_errors()), None)
        except Exception as exc:  # the validator raises on constructs it cannot follow
            raise SpecError(file, "", f"OpenAPI validation failed: {exc}") from None
        if found is not None:
            raise SpecError(file, "", f"OpenAPI validation failed: {found.message}")
