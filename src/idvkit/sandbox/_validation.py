"""Validate incoming requests against the spec, with validators compiled once at start-up.

Nothing here knows a vendor's constraints: every rule comes from the operation's parameters and
request body in the (bundled) spec, compiled with jsonschema-rs. A violation is reported as a
``RequestProblem`` that names the location and field and the rule broken, never the offending
value (it may be personal data).
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
from collections.abc import Collection, Mapping
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


#: Deepest nesting of arrays and objects the sandboxes read from JSON (the body itself is level 1). No
#: vendor payload comes near it; jsonschema-rs gives up at 256 levels, Python's json at about 1,000.
MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")
_BRACKET_WEIGHT = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


class JSONTooDeepError(ValueError):
    """JSON whose arrays and objects nest more than MAX_JSON_DEPTH levels."""


def json_depth(raw: bytes) -> int:
    """How deeply the arrays and objects of JSON text nest (0 for a scalar), found without parsing it.

    The escapes and then the strings are dropped (brackets inside strings do not count), then everything
    but the brackets; the depth is the largest surplus of openers over closers, summed up by C iterators.
    Linear in the size (about 2 s for 20 MB of nothing but brackets), and it cannot recurse.
    """
    text = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    weights = _STRING.sub(b"", text).translate(_BRACKET_WEIGHT, _NOT_BRACKET)  # opener 2, closer 0
    return max(map(operator.sub, itertools.accumulate(weights), itertools.count(1)), default=0)


def check_json_depth(raw: bytes) -> bytes:
    """``raw`` unchanged, or JSONTooDeepError when its nesting is deeper than MAX_JSON_DEPTH."""
    if json_depth(raw) > MAX_JSON_DEPTH:
        raise JSONTooDeepError(f"JSON nested more than {MAX_JSON_DEPTH} levels deep")
    return raw


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """Strict JSON: NaN and Infinity are rejected like any other invalid JSON; JSONTooDeepError (before
    parsing, so the parser never recurses deeply) for nesting deeper than MAX_JSON_DEPTH."""
    return json.loads(check_json_depth(raw), parse_constant=_reject_constant)


_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"(\s*:)?|[\[\]{}]', re.DOTALL)


def _deep_field(raw: bytes, properties: Collection[str]) -> str:
    """The top-level field of a JSON object body whose value nests too deeply: read token by token up to
    the first place deeper than MAX_JSON_DEPTH (it never parses the deep part); '' when it is no declared field."""
    depth, key = 0, b""
    for token in _TOKEN.finditer(raw):
        text = token[0]
        if text[:1] == b'"':
            if depth == 1 and token[1]:
                key = text[: len(text) - len(token[1])]
            continue
        depth += 1 if text in (b"[", b"{") else -1
        if depth > MAX_JSON_DEPTH:
            try:
                name = json.loads(key) if key else ""
            except ValueError:
                return ""
            return name if isinstance(name, str) and name in properties else ""
    return ""


def nesting_problem(raw: bytes, properties: Collection[str]) -> RequestProblem:
    """The 400 for a JSON body nested too deeply: names the declared top-level field that holds the deep
    part when there is one (a key the client made up is never repeated), else the body."""
    name = _deep_field(raw, properties)
    subject = f"Field '{name}'" if name else "The body"
    return RequestProblem(
        "invalid",
        "body",
        name,
        "maxDepth",
        f"{subject} is nested too deeply (at most {MAX_JSON_DEPTH} levels of arrays and objects in a body).",
    )


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
        except (JSONTooDeepError, RecursionError):
            return nesting_problem(body, schema.get("properties") or {})
        except (ValueError, UnicodeError):
            kind = "form data" if media_type == "application/x-www-form-urlencoded" else "JSON"
            return RequestProblem("malformed_body", "body", "", "syntax", f"The request body is not valid {kind}.")
        try:
            error = next(iter(validator.iter_errors(instance)), None)
        except (ValueError, RecursionError):  # jsonschema-rs gives up on deep nesting ("Recursion limit reached")
            return nesting_problem(body, schema.get("properties") or {})
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
