"""Validate a bundled OpenAPI 3.1 document, reporting the JSON pointer of the first problem."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v31

from idvkit.specs._errors import SpecError, json_pointer

_SCHEMA_METASCHEMA = jsonschema.Draft202012Validator.META_SCHEMA


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


def validate_openapi(document: dict[str, Any], file: str) -> None:
    """Raise SpecError(file, pointer, reason) unless ``document`` is a valid OpenAPI 3.1 document."""
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.1."):
        raise SpecError(file, "/openapi", f"expected an OpenAPI 3.1.x document, found openapi: {version!r}")
    structure = jsonschema.Draft202012Validator(dict(schema_v31))
    error = jsonschema.exceptions.best_match(structure.iter_errors(document))
    if error is not None:
        raise SpecError(file, json_pointer(error.absolute_path), error.message)
    metaschema = jsonschema.Draft202012Validator(_SCHEMA_METASCHEMA)
    for path, schema in _schema_locations(document, []):
        schema_error = jsonschema.exceptions.best_match(metaschema.iter_errors(schema))
        if schema_error is not None:
            pointer = json_pointer([*path, *schema_error.absolute_path])
            raise SpecError(file, pointer, f"invalid JSON Schema: {schema_error.message}")
    # Semantic rules the meta-schema cannot express (duplicate operationIds, path parameters, ...).
    try:
        semantic = next(iter(OpenAPIV31SpecValidator(document).iter_errors()), None)
    except Exception as exc:  # the validator raises on constructs it cannot follow
        raise SpecError(file, "", f"OpenAPI validation failed: {exc}") from None
    if semantic is not None:
        raise SpecError(file, json_pointer(getattr(semantic, "absolute_path", [])), str(semantic.message))
