"""Validate instances against schemas inside a spec, with ``#/components/...`` references resolved."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema

_BASE_URI = "urn:idvkit:spec"


class SpecSchemas:
    """Compiled JSON Schema validators for the schemas of one OpenAPI 3.1 document.

    A schema is named by its JSON pointer in the document (``/components/schemas/TokenRequest``,
    ``/paths/~1api~1v2~1token/post/requestBody/content/application~1json/schema``); references
    inside it resolve against the same document.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        resource = referencing.Resource.from_contents(
            document, default_specification=referencing.jsonschema.DRAFT202012
        )
        self._registry: referencing.Registry[Any] = referencing.Registry().with_resource(_BASE_URI, resource)
        self._validator = lru_cache(maxsize=None)(self._compile)

    def _compile(self, pointer: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$ref": f"{_BASE_URI}#{pointer}"},
            registry=self._registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )

    def errors(self, pointer: str, instance: Any) -> list[str]:
        """Every violation of the schema at ``pointer`` by ``instance``, as ``<instance path>: <message>``."""
        messages = []
        for error in self._validator(pointer).iter_errors(instance):
            where = "/".join(str(part) for part in error.absolute_path)
            messages.append(f"/{where}: {error.message}")
        return messages
