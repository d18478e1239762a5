"""Validate incoming requests against the spec, with validators compiled once at start-up.

Nothing here knows a vendor's constraints: every rule comes from the operation's parameters and
request body in the (bundled) spec, compiled with jsonschema-rs. A violation is reported as a
``RequestProblem`` that names the location and field and the rule broken, never the offending
value (it may be personal data).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl

import jsonschema_rs

from idvkit.specs import Operation, resolve_pointer

ProblemKind = Literal["malformed_body", "unsupported_media_type", "missing", "invalid"]
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


@dataclass(frozen=True)
class RequestProblem:
    """Why a request was rejected: ``location`` (body, query, header, path), ``field``, rule and message."""

    kind: ProblemKind
    location: str
    field: str
    rule: str
    message: str


@dataclass
class ValidRequest:
    """A request that satisfied its operation: the parsed body and the typed parameters."""

    body: Any = None
    media_type: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """Strict JSON: NaN and Infinity are rejected like any other invalid JSON."""
    return json.loads(raw, parse_constant=_reject_constant)


def _compile(schema: Any, components: Mapping[str, Any]) -> jsonschema_rs.Draft202012Validator:
    root = {**schema, "components": components} if isinstance(schema, dict) else schema
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


def _describe(error: jsonschema_rs.ValidationError, location: str, prefix: str = "") -> RequestProblem:
    rule = type(error.kind).__name__
    path = [str(part) for part in error.instance_path]
    if rule == "Required":
        missing = str(getattr(error.kind, "property", ""))
        name = ".".join([prefix, *path, missing] if prefix else [*path, missing])
        return RequestProblem("missing", location, name, "required", f"Missing value for field '{name}'.")
    name = ".".join([prefix, *path] if prefix else path)
    subject = f"Field '{name}'" if name else f"The {location}"
    rules = {
        "Type": "has the wrong type",
        "Enum": "is not one of the allowed values",
        "Constant": "is not the allowed value",
        "MinLength": "is too short",
        "MaxLength": "is too long",
        "Pattern": "does not match the required pattern",
        "Format": "is not in the required format",
        "Minimum": "is below the minimum",
        "Maximum": "is above the maximum",
        "ExclusiveMinimum": "is not above the minimum",
        "ExclusiveMaximum": "is not below the maximum",
        "MinItems": "has too few items",
        "MaxItems": "has too many items",
        "UniqueItems": "has duplicate items",
        "AdditionalProperties": "has unexpected properties",
        "AnyOf": "matches none of the allowed forms",
        "OneOfNotValid": "matches none of the allowed forms",
        "OneOfMultipleValid": "matches more than one allowed form",
        "MultipleOf": "is not a multiple of the required step",
        "MinProperties": "has too few properties",
        "MaxProperties": "has too many properties",
    }
    return RequestProblem(
        "invalid", location, name, rule[0].lower() + rule[1:], f"{subject} {rules.get(rule, 'is not valid')}."
    )


def _coerce(raw: list[str], schema: Mapping[str, Any]) -> Any:
    """Turn query/header strings into the JSON types their schema asks for (when they look right)."""
    types = schema.get("type")
    allowed = set(types) if isinstance(types, list) else {types} if isinstance(types, str) else set()
    if "array" in allowed:
        values = [item for value in raw for item in value.split(",")] if len(raw) == 1 else raw
        items = schema.get("items")
        item_schema: Mapping[str, Any] = items if isinstance(items, Mapping) else {}
        return [_coerce([value], item_schema) for value in values]
    value = raw[-1]
    if "integer" in allowed and _INTEGER.match(value):
        return int(value)
    if "number" in allowed and _NUMBER.match(value):
        number = float(value)
        return number if math.isfinite(number) else value
    if "boolean" in allowed and value in ("true", "false"):
        return value == "true"
    if "null" in allowed and value == "null" and "string" not in allowed:
        return None
    return value


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    validator: jsonschema_rs.Draft202012Validator


class OperationValidator:
    """Checks one operation's parameters and body; built once, used for every request."""

    def __init__(self, document: Mapping[str, Any], operation: Operation) -> None:
        components = document.get("components") or {}
        self.operation = operation
        self._parameters: list[_Parameter] = []
        for parameter in operation.definition.get("parameters", []):
            if "$ref" in parameter:
                parameter = resolve_pointer(document, parameter["$ref"][1:])
            schema = parameter.get("schema") or {}
            self._parameters.append(
                _Parameter(
                    parameter["name"],
                    parameter["in"],
                    bool(parameter.get("required")),
                    schema,
                    _compile(schema, components),
                )
            )
        body = operation.definition.get("requestBody")
        if isinstance(body, Mapping) and "$ref" in body:
            body = resolve_pointer(document, body["$ref"][1:])
        self._body_required = bool(body and body.get("required"))
        self._media: dict[str, tuple[Mapping[str, Any], jsonschema_rs.Draft202012Validator]] = {}
        for media_type, content in ((body or {}).get("content") or {}).items():
            schema = content.get("schema") or {}
            resolved = resolve_pointer(document, schema["$ref"][1:]) if "$ref" in schema else schema
            self._media[media_type] = (resolved, _compile(schema, components))

    @property
    def media_types(self) -> list[str]:
        return list(self._media)

    def validate(
        self,
        *,
        content_type: str | None,
        body: bytes,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        path_parameters: Mapping[str, str],
    ) -> ValidRequest | RequestProblem:
        result = ValidRequest()
        for parameter in self._parameters:
            if parameter.location == "query":
                raw = [value for key, value in query if key == parameter.name]
            elif parameter.location == "header":
                value = headers.get(parameter.name.lower())
                raw = [value] if value is not None else []
            elif parameter.location == "path":
                raw = [path_parameters[parameter.name]] if parameter.name in path_parameters else []
            else:  # cookie parameters: none of the specs uses them
                raw = []
            if not raw:
                if parameter.required:
                    return RequestProblem(
                        "missing",
                        parameter.location,
                        parameter.name,
                        "required",
                        f"Missing value for {parameter.location} parameter '{parameter.name}'.",
                    )
                continue
            value = _coerce(raw, parameter.schema)
            error = next(iter(parameter.validator.iter_errors(value)), None)
            if error is not None:
                return _describe(error, parameter.location, parameter.name)
            result.parameters[parameter.name] = value

        if not self._media:
            return result
        if not body:
            if self._body_required:
                return RequestProblem("missing", "body", "", "required", "A request body is required.")
            return result
        media_type = (content_type or "").split(";")[0].strip().lower()
        if media_type not in self._media:
            expected = " or ".join(self._media)
            return RequestProblem(
                "unsupported_media_type", "body", "", "contentType", f"The request body must be sent as {expected}."
            )
        schema, validator = self._media[media_type]
        try:
            if media_type == "application/x-www-form-urlencoded":
                instance: Any = self._form(body, schema)
            else:
                instance = parse_json(body)
            # lone surrogates are valid JSON escapes but not Unicode text
            json.dumps(instance, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeError, RecursionError):
            kind = "form data" if media_type == "application/x-www-form-urlencoded" else "JSON"
            return RequestProblem("malformed_body", "body", "", "syntax", f"The request body is not valid {kind}.")
        error = next(iter(validator.iter_errors(instance)), None)
        if error is not None:
            return _describe(error, "body")
        result.body, result.media_type = instance, media_type
        return result

    @staticmethod
    def _form(body: bytes, schema: Mapping[str, Any]) -> dict[str, Any]:
        fields: dict[str, list[str]] = {}
        for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True):
            fields.setdefault(key, []).append(value)
        properties = schema.get("properties") or {}
        return {key: _coerce(values, properties.get(key) or {}) for key, values in fields.items()}
