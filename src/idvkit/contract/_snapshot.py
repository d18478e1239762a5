"""What a server was seen to do, per operation: a snapshot built from exchanges, holding no values but enum-like ones.

The builder is a pure fold over exchanges (operation label, status, media type, header names, parsed JSON body,
request class), so that any source can feed it: the contract run's schemathesis process, a recording proxy, a
file of captured callbacks. Per (operation, request class, status) it counts

* how many exchanges there were, their media types and the header names the spec mentions for the response;
* every property of the JSON body as a JSON pointer with its JSON type (array items and the entries of maps the
  schema declares with ``additionalProperties`` are written ``*``), whether the spec declares it or not;
* the values of enum-like fields (the schema has ``enum``/``const``, also an open enum ``anyOf: [closed, string]``),
  and whether the spec lists each value;
* iDenfy's error identifiers (``identifier`` of a 4xx/5xx body).

Nothing else of a body is kept: no ids, no names, no free text, no credentials. The key of an undeclared object is
kept only when it looks like a field name (letters first, few digits); other keys are written ``*``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from idvkit.specs import follow_refs, iter_operations, json_pointer

#: The request class of requests that are the same in every run (the spec's examples): what they reach, every
#: run reaches.
DETERMINISTIC_CLASSES = frozenset({"examples"})
#: The request class of exchanges whose request is not known (a proxy's traffic, captured callbacks).
OBSERVED = "observed"
#: A value of an enum-like field is kept only when it looks like a constant.
_CONSTANT = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,63}$")
#: The key of an undeclared object is kept only when it looks like a field name.
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,63}$")
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Exchange:
    """One answer (or one callback): what the snapshot is built from. ``status`` is None for a callback."""

    operation: str
    status: int | None
    media_type: str | None
    header_names: frozenset[str] = frozenset()
    body: Any = None
    request_class: str = OBSERVED


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"  # JSON Schema: 600.0 is an integer
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def media_type_of(content_type: str | None) -> str | None:
    """``application/json`` of ``application/json; charset=utf-8`` (lower case); None when there is none."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _safe_key(key: str) -> str:
    return key if _FIELD_NAME.match(key) and sum(c.isdigit() for c in key) < 4 else "*"


class _Schemas:
    """Reads what a body's schema declares: properties, maps, items, enum values (refs and combinators followed)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = dict(document)

    def resolve(self, schema: Any) -> Any:
        try:
            return follow_refs(self.document, schema)
        except (KeyError, ValueError):
            return None

    def branches(self, schema: Any, depth: int = 0) -> list[Mapping[str, Any]]:
        """The schema and every schema it combines (allOf, anyOf, oneOf), refs followed."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping) or depth > 8:
            return []
        found = [schema]
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(keyword) or []:
                found += self.branches(branch, depth + 1)
        return found

    def child(self, schemas: list[Mapping[str, Any]], key: str) -> tuple[list[Mapping[str, Any]], bool, bool]:
        """(schemas of property ``key``, declared, as a map entry)."""
        children: list[Mapping[str, Any]] = []
        for schema in schemas:
            properties = schema.get("properties")
            if isinstance(properties, Mapping) and key in properties:
                children += self.branches(properties[key])
        if children:
            return children, True, False
        for schema in schemas:
            for pattern, sub in (schema.get("patternProperties") or {}).items():
                if re.search(str(pattern), key):
                    children += self.branches(sub)
            additional = schema.get("additionalProperties")
            if isinstance(additional, Mapping):
                children += self.branches(additional)
        if children:
            return children, True, True
        shaped = ("properties", "patternProperties", "additionalProperties")
        if schemas and not any(keyword in schema for schema in schemas for keyword in shaped):
            return [], True, True  # a free-form object: any key is declared, written *
        return [], False, False

    @staticmethod
    def requires(schemas: list[Mapping[str, Any]], key: str) -> bool:
        """Whether every body of ``schemas`` has property ``key``: one of them requires it and none offers
        alternatives (anyOf, oneOf) that might not."""
        if any("anyOf" in schema or "oneOf" in schema for schema in schemas):
            return False
        return any(key in (schema.get("required") or ()) for schema in schemas)

    def items(self, schemas: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        found: list[Mapping[str, Any]] = []
        for schema in schemas:
            if isinstance(schema.get("items"), Mapping):
                found += self.branches(schema["items"])
        return found

    @staticmethod
    def enum_values(schemas: list[Mapping[str, Any]]) -> set[Any] | None:
        """The values an enum-like field's schema lists (None: not enum-like)."""
        values: set[Any] = set()
        enum_like = False
        for schema in schemas:
            if isinstance(schema.get("enum"), list):
                enum_like = True
                values.update(v for v in schema["enum"] if isinstance(v, str | int | bool) or v is None)
            if "const" in schema:
                enum_like = True
                values.add(schema["const"])
        return values if enum_like else None

    @staticmethod
    def types(schemas: list[Mapping[str, Any]]) -> set[str] | None:
        """The JSON types the schemas allow (None: any)."""
        allowed: set[str] = set()
        for schema in schemas:
            kind = schema.get("type")
            if kind is None and not any(k in schema for k in ("allOf", "anyOf", "oneOf")):
                return None
            if isinstance(kind, str):
                allowed.add(kind)
            elif isinstance(kind, list):
                allowed.update(str(k) for k in kind)
        if "number" in allowed:
            allowed.add("integer")
        return allowed or None


def _count(table: dict[str, Any], key: str) -> None:
    table[key] = table.get(key, 0) + 1


@dataclass
class _Spec:
    """The parts of the spec the builder reads, per operation label."""

    responses: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    webhook_bodies: dict[str, Any] = field(default_factory=dict)


class SnapshotBuilder:
    """Folds exchanges into a snapshot (``snapshot()``: a JSON document); see the module's docstring."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.schemas = _Schemas(document)
        self.spec = _Spec()
        for operation in iter_operations(dict(document)):
            self.spec.responses[operation.label] = operation.definition.get("responses") or {}
        for operation in iter_operations(dict(document), webhooks=True):
            body = (self.schemas.resolve(operation.definition.get("requestBody")) or {}).get("content") or {}
            for event in self._event_types(operation.definition, body):
                self.spec.webhook_bodies[f"webhook {event}"] = body
        self.operations: dict[str, dict[str, Any]] = {}

    def _event_types(self, definition: Mapping[str, Any], content: Mapping[str, Any]) -> list[str]:
        """The event types a webhook serves: its ``x-event-type`` header's enum, else its body's ``event`` enum."""
        for parameter in definition.get("parameters") or []:
            parameter = self.schemas.resolve(parameter)
            if isinstance(parameter, Mapping) and parameter.get("x-event-type") is True:
                values = self.schemas.enum_values(self.schemas.branches(parameter.get("schema")))
                return sorted(str(v) for v in values or ())
        schema = (content.get("application/json") or {}).get("schema")
        children, _, _ = self.schemas.child(self.schemas.branches(schema), "event")
        return sorted(str(v) for v in self.schemas.enum_values(children) or ())

    def _response(self, operation: str, status: int | None) -> tuple[Mapping[str, Any] | None, bool]:
        """The response object the spec documents for ``status`` (webhooks: the request body), and whether it does."""
        if status is None:
            content = self.spec.webhook_bodies.get(operation)
            return ({"content": content} if content is not None else None), content is not None
        responses = self.spec.responses.get(operation) or {}
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            return None, False
        response = self.schemas.resolve(responses[key])
        return (response if isinstance(response, Mapping) else None), True

    def add(self, exchange: Exchange) -> None:
        """Count one exchange."""
        status_key = "callback" if exchange.status is None else str(exchange.status)
        by_class = self.operations.setdefault(exchange.operation, {}).setdefault(exchange.request_class, {})
        entry = by_class.setdefault(
            status_key,
            {"count": 0, "media_types": {}, "headers": {}, "fields": {}, "values": {}, "identifiers": {}},
        )
        response, documented = self._response(exchange.operation, exchange.status)
        entry["count"] += 1
        entry["documented"] = documented
        content = (response or {}).get("content") or {}
        media = exchange.media_type
        if media is not None:
            _count(entry["media_types"], media)
            entry.setdefault("media_documented", {})[media] = media in content or not content
        mentioned = {str(name).lower() for name in ((response or {}).get("headers") or {})}
        for name in sorted(mentioned & {h.lower() for h in exchange.header_names}):
            _count(entry["headers"], name)
        entry.setdefault("headers_mentioned", sorted(mentioned))
        schema = (content.get(media) or {}).get("schema") if media is not None else None
        if isinstance(exchange.body, dict | list):
            branches = self.schemas.branches(schema) if schema is not None else []
            self._walk(entry, exchange.body, branches, [], 0, required=True)
        identifier = exchange.body.get("identifier") if isinstance(exchange.body, dict) else None
        status = exchange.status
        if status is not None and status >= 400 and isinstance(identifier, str) and _CONSTANT.match(identifier):
            _count(entry["identifiers"], identifier)

    def _walk(
        self,
        entry: dict[str, Any],
        node: Any,
        schemas: list[Mapping[str, Any]],
        path: list[str],
        depth: int,
        free: bool = False,
        required: bool = False,
    ) -> None:
        """Record ``node``'s properties; ``free``: it sits in a free-form value (anything in it is declared, ``*``);
        ``required``: every body has ``node`` (its properties the schema requires are marked ``required``: a
        sender that follows the spec sends them every time, so one exchange without them is a change)."""
        if depth > _MAX_DEPTH:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if free:
                    children: list[Mapping[str, Any]] = []
                    declared = as_map = True
                else:
                    children, declared, as_map = self.schemas.child(schemas, str(key))
                segment = "*" if as_map else (str(key) if declared else _safe_key(str(key)))
                here = [*path, segment]
                pointer = json_pointer(here)
                record = entry["fields"].setdefault(pointer, {"types": {}, "declared": declared})
                record["declared"] = record["declared"] and declared
                always = required and not free and not as_map and declared and self.schemas.requires(schemas, str(key))
                if always:
                    record["required"] = True
                _count(record["types"], json_type(value))
                allowed = self.schemas.types(children) if declared else None
                if allowed is not None:
                    record["allowed"] = sorted(allowed)
                self._value(entry, pointer, value, children)
                free_below = free or (declared and not children)
                self._walk(entry, value, children, here, depth + 1, free_below, required=always)
        elif isinstance(node, list):
            children = self.schemas.items(schemas)
            free = free or (bool(schemas) and not children)  # items the schema says nothing about
            for item in node:
                pointer = json_pointer([*path, "*"])
                if path:  # the items of an array field; a top-level array's items have no name of their own
                    self._value(entry, pointer, item, children)
                self._walk(entry, item, children, [*path, "*"], depth + 1, free)

    def _value(self, entry: dict[str, Any], pointer: str, value: Any, schemas: list[Mapping[str, Any]]) -> None:
        known = self.schemas.enum_values(schemas)
        if known is None or not isinstance(value, str | int | bool) or isinstance(value, float):
            return
        if isinstance(value, str) and not _CONSTANT.match(value):
            return
        values = entry["values"].setdefault(pointer, {})
        text = value if isinstance(value, str) else repr(value).lower()
        record = values.setdefault(text, {"count": 0, "known": value in known})
        record["count"] += 1

    def snapshot(self) -> dict[str, Any]:
        """The snapshot as a JSON document, operations and their keys sorted."""
        return {"operations": _sorted(self.operations)}


def _sorted(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _sorted(node[key]) for key in sorted(node)}
    return node


def build_snapshot(document: Mapping[str, Any], exchanges: Iterable[Exchange]) -> dict[str, Any]:
    """The snapshot of ``exchanges`` against ``document``'s operations (and webhooks)."""
    builder = SnapshotBuilder(document)
    for exchange in exchanges:
        builder.add(exchange)
    return builder.snapshot()
