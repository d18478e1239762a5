"""What a spec change does to the users of the clients generated from it: every difference between two OpenAPI
documents, classified as breaking or compatible, with the operation and the JSON pointer it concerns.

Operations are matched by method and path template (``OperationIndex``: a renamed path parameter still matches);
``$ref`` chains are followed on both sides, so moving or renaming a component is no change. Direction decides:
what a client sends (parameters, request bodies) may only become more accepting, what it receives (responses,
and the payloads and headers of the ``webhooks`` the vendor sends, matched by name) only less varied. "Breaking" means a client generated from OLD, or code written against it, can fail once the
server follows NEW. Pure: documents in, changes out; nothing is read or imported besides the spec toolkit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from idvkit.specs._errors import json_pointer, pointer_parts
from idvkit.specs._operations import Operation, OperationIndex
from idvkit.specs._pointers import follow_refs, resolve_pointer

#: Every kind of change and whether it breaks clients.
BREAKING_KINDS = frozenset(
    {
        "operation-removed",
        "operation-id-changed",
        "operation-tag-changed",
        "path-parameter-renamed",
        "parameter-removed",
        "parameter-added-required",
        "parameter-newly-required",
        "request-body-removed",
        "request-body-added-required",
        "request-body-newly-required",
        "request-field-removed",
        "request-field-added-required",
        "request-field-newly-required",
        "response-field-removed",
        "response-field-newly-optional",
        "closed-response-field-added",
        "type-changed",
        "request-type-narrowed",
        "response-type-widened",
        "closed-enum-shrunk",
        "request-enum-shrunk",
        "response-enum-grown",
        "response-enum-opened",
        "request-enum-closed",
        "status-removed",
        "media-type-removed",
        "security-changed",
        "request-constraint-tightened",
        "response-constraint-relaxed",
        "webhook-removed",
    }
)
COMPATIBLE_KINDS = frozenset(
    {
        "operation-added",
        "operation-deprecated",
        "parameter-added",
        "parameter-newly-optional",
        "request-body-added",
        "request-body-newly-optional",
        "request-field-added",
        "request-field-newly-optional",
        "response-field-added",
        "response-field-newly-required",
        "request-type-widened",
        "response-type-narrowed",
        "open-enum-shrunk",
        "request-enum-grown",
        "open-enum-grown",
        "request-enum-opened",
        "response-enum-closed",
        "status-added",
        "media-type-added",
        "security-alternative-added",
        "request-constraint-relaxed",
        "response-constraint-tightened",
        "description-changed",
        "webhook-added",
    }
)
#: Kinds left out against a vendor's document: names, grouping and prose are the spec author's choice.
NOT_AGAINST_VENDOR = frozenset({"operation-id-changed", "operation-tag-changed", "description-changed"})

_REQUEST, _RESPONSE = "request", "response"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: Upper bounds (a smaller value is tighter) and lower bounds (a larger value is tighter).
_UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_EXACT = ("pattern", "format", "multipleOf", "const")
_ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


@dataclass(frozen=True)
class SpecChange:
    """One difference: its kind, whether it breaks clients, the operation and where in the documents."""

    kind: str
    operation: str
    pointer: str
    detail: str
    old_pointer: str | None = None
    new_pointer: str | None = None
    location: str = ""

    @property
    def breaking(self) -> bool:
        return self.kind in BREAKING_KINDS

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "operation": self.operation,
            "location": self.location,
            "pointer": self.pointer,
            "old_pointer": self.old_pointer,
            "new_pointer": self.new_pointer,
            "detail": self.detail,
        }


@dataclass
class _Side:
    document: dict[str, Any]
    pointer: str
    node: Any


@dataclass
class _Walk:
    old: dict[str, Any]
    new: dict[str, Any]
    label: str = ""
    changes: list[SpecChange] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, kind: str, detail: str, old: str | None, new: str | None, location: str = "") -> None:
        assert kind in BREAKING_KINDS | COMPATIBLE_KINDS, kind
        pointer = new if new is not None else old
        assert pointer is not None
        self.changes.append(SpecChange(kind, self.label, pointer, detail, old, new, location))


def _deref(document: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """``node`` with its chain of local ``$ref``s followed, and the pointer of the node it ends at."""
    chain: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        pointer = unquote(node["$ref"][1:])
        if pointer in chain:
            raise ValueError(f"circular $ref at #{pointer}")
        chain.append(pointer)
        node = resolve_pointer(document, pointer)
    return node, pointer


def _label(operation: Operation) -> str:
    return f"{operation.label} ({operation.operation_id})" if operation.operation_id else operation.label


def _types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema allows (every type when it names none); OpenAPI 3.0 ``nullable`` adds null."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {item for item in declared if isinstance(item, str)}
    elif "properties" in schema:
        types = {"object"}
    else:
        return _ALL_TYPES
    if schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _nullable_branch(branch: Any) -> bool:
    return isinstance(branch, dict) and branch.get("type") == "null" and len(branch) == 1


def _enum_values(document: dict[str, Any], schema: dict[str, Any]) -> tuple[list[Any] | None, bool]:
    """The known values of an enum-like schema and whether it is open (None: no enum at all)."""
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None], False
    for key in ("anyOf", "oneOf"):
        branches = [follow_refs(document, b) for b in schema.get(key) or [] if not _nullable_branch(b)]
        enums = [b for b in branches if isinstance(b, dict) and isinstance(b.get("enum"), list)]
        plain = [b for b in branches if isinstance(b, dict) and "enum" not in b and b.get("type") == "string"]
        if enums and len(enums) + len(plain) == len(branches):
            return [v for b in enums for v in b["enum"] if v is not None], bool(plain)
    return None, True


def _field_name(location: str, name: str) -> str:
    return f"{location}.{name}" if location else name


class _Differ:
    def __init__(self, walk: _Walk) -> None:
        self.walk = walk

    def schema(self, old: _Side, new: _Side, direction: str, location: str) -> None:
        o, old_pointer = _deref(old.document, old.node, old.pointer)
        n, new_pointer = _deref(new.document, new.node, new.pointer)
        key = (old_pointer, new_pointer, direction)
        if key in self.walk.seen or not isinstance(o, dict) or not isinstance(n, dict):
            return
        self.walk.seen.add(key)
        add = self.walk.add
        where = location or "body"
        request = direction == _REQUEST
        old_types, new_types = _types(o), _types(n)
        old_enum, old_open = _enum_values(old.document, o)
        new_enum, new_open = _enum_values(new.document, n)
        composed = any(keyword in schema for keyword in ("anyOf", "oneOf", "allOf") for schema in (o, n))
        if not composed and old_types != new_types:
            if _covers(new_types, old_types):
                add(
                    "request-type-widened" if request else "response-type-widened",
                    f"{where}: type {sorted(old_types)} -> {sorted(new_types)}",
                    old_pointer,
                    new_pointer,
                    where,
                )
            elif _covers(old_types, new_types):
                add(
                    "request-type-narrowed" if request else "response-type-narrowed",
                    f"{where}: type {sorted(old_types)} -> {sorted(new_types)}",
                    old_pointer,
                    new_pointer,
                    where,
                )
            else:
                add(
                    "type-changed",
                    f"{where}: type {sorted(old_types)} -> {sorted(new_types)}",
                    old_pointer,
                    new_pointer,
                    where,
                )
        self.enum(old_enum, old_open, new_enum, new_open, request, old_pointer, new_pointer, where)
        self.constraints(o, n, request, old_pointer, new_pointer, where)
        if o.get("description") != n.get("description") and location:
            add("description-changed", f"{where}: description changed", old_pointer, new_pointer, where)
        self.properties(old, new, o, n, old_pointer, new_pointer, direction, location)
        for keyword in ("items", "additionalProperties"):
            if isinstance(o.get(keyword), dict) and isinstance(n.get(keyword), dict):
                self.schema(
                    _Side(old.document, json_pointer([*_parts(old_pointer), keyword]), o[keyword]),
                    _Side(new.document, json_pointer([*_parts(new_pointer), keyword]), n[keyword]),
                    direction,
                    f"{location}[]" if keyword == "items" else f"{location}{{}}",
                )
        for keyword in ("anyOf", "oneOf", "allOf"):
            if (old_enum is not None and keyword in o) or (new_enum is not None and keyword in n):
                continue  # an open enum: its values were compared above
            old_branches, new_branches = o.get(keyword) or [], n.get(keyword) or []
            if isinstance(old_branches, list) and isinstance(new_branches, list):
                for index, (ob, nb) in enumerate(zip(old_branches, new_branches, strict=False)):
                    self.schema(
                        _Side(old.document, json_pointer([*_parts(old_pointer), keyword, index]), ob),
                        _Side(new.document, json_pointer([*_parts(new_pointer), keyword, index]), nb),
                        direction,
                        location,
                    )

    def enum(
        self,
        old: list[Any] | None,
        old_open: bool,
        new: list[Any] | None,
        new_open: bool,
        request: bool,
        old_pointer: str,
        new_pointer: str,
        where: str,
    ) -> None:
        if old is None and new is None:
            return
        add = self.walk.add
        old_values, new_values = old or [], new or []
        removed = [v for v in old_values if v not in new_values]
        added = [v for v in new_values if v not in old_values]
        if old is not None and removed:
            kind = "closed-enum-shrunk" if not old_open else "request-enum-shrunk" if request else "open-enum-shrunk"
            add(kind, f"{where}: values removed: {', '.join(map(str, removed))}", old_pointer, new_pointer, where)
        if added and not (old_open and new_open is False and old is None):
            kind = "request-enum-grown" if request else "open-enum-grown" if old_open else "response-enum-grown"
            add(kind, f"{where}: values added: {', '.join(map(str, added))}", old_pointer, new_pointer, where)
        if old_open != new_open or (old is None) != (new is None):
            if new_open and not old_open:
                kind = "request-enum-opened" if request else "response-enum-opened"
                add(kind, f"{where}: now takes any value besides the listed ones", old_pointer, new_pointer, where)
            elif old_open and not new_open:
                kind = "request-enum-closed" if request else "response-enum-closed"
                add(kind, f"{where}: now only the listed values", old_pointer, new_pointer, where)

    def constraints(
        self, o: dict[str, Any], n: dict[str, Any], request: bool, old_pointer: str, new_pointer: str, where: str
    ) -> None:
        tightened: list[str] = []
        relaxed: list[str] = []
        for keyword in (*_UPPER, *_LOWER, *_EXACT):
            before, after = o.get(keyword), n.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            text = (
                f"{keyword} {before if before is not None else '(none)'} -> {after if after is not None else '(none)'}"
            )
            if after is None:
                relaxed.append(text)
            elif before is None or keyword in _EXACT:
                tightened.append(text)
            elif isinstance(before, int | float) and isinstance(after, int | float):
                tighter = after < before if keyword in _UPPER else after > before
                (tightened if tighter else relaxed).append(text)
        before_extra, after_extra = o.get("additionalProperties", True), n.get("additionalProperties", True)
        if before_extra is not False and after_extra is False:
            tightened.append("additionalProperties -> false")
        elif before_extra is False and after_extra is not False:
            relaxed.append("additionalProperties false -> allowed")
        add = self.walk.add
        if tightened:
            kind = "request-constraint-tightened" if request else "response-constraint-tightened"
            add(kind, f"{where}: {'; '.join(tightened)}", old_pointer, new_pointer, where)
        if relaxed:
            kind = "request-constraint-relaxed" if request else "response-constraint-relaxed"
            add(kind, f"{where}: {'; '.join(relaxed)}", old_pointer, new_pointer, where)

    def properties(
        self,
        old: _Side,
        new: _Side,
        o: dict[str, Any],
        n: dict[str, Any],
        old_pointer: str,
        new_pointer: str,
        direction: str,
        location: str,
    ) -> None:
        old_props = o.get("properties") if isinstance(o.get("properties"), dict) else {}
        new_props = n.get("properties") if isinstance(n.get("properties"), dict) else {}
        assert isinstance(old_props, dict)
        assert isinstance(new_props, dict)
        old_required = set(o.get("required") or [])
        new_required = set(n.get("required") or [])
        request = direction == _REQUEST
        add = self.walk.add
        for name in old_props:
            where = _field_name(location, name)
            op = json_pointer([*_parts(old_pointer), "properties", name])
            if name not in new_props:
                add(
                    "request-field-removed" if request else "response-field-removed",
                    f"{where} removed",
                    op,
                    None,
                    where,
                )
                continue
            np = json_pointer([*_parts(new_pointer), "properties", name])
            was, now = name in old_required, name in new_required
            if was != now:
                if request:
                    kind = "request-field-newly-required" if now else "request-field-newly-optional"
                else:
                    kind = "response-field-newly-required" if now else "response-field-newly-optional"
                add(kind, f"{where}: {'now required' if now else 'no longer required'}", op, np, where)
            self.schema(
                _Side(old.document, op, old_props[name]), _Side(new.document, np, new_props[name]), direction, where
            )
        for name in new_props:
            if name in old_props:
                continue
            where = _field_name(location, name)
            np = json_pointer([*_parts(new_pointer), "properties", name])
            if request:
                kind = "request-field-added-required" if name in new_required else "request-field-added"
            else:
                kind = (
                    "closed-response-field-added" if o.get("additionalProperties") is False else "response-field-added"
                )
            add(kind, f"{where} added", None, np, where)


def _parts(pointer: str) -> list[str]:
    return pointer_parts(pointer)


_PLACEHOLDER = "idvkit-path-parameter-{}"


def _parameters(document: dict[str, Any], operation: Operation) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """The operation's parameters (path item's and its own, the own ones overriding) by (in, name)."""
    result: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    item_pointer = json_pointer(pointer_parts(operation.pointer)[:-1])
    item = resolve_pointer(document, item_pointer)
    for base, entries in (
        (item_pointer, item.get("parameters")),
        (operation.pointer, operation.definition.get("parameters")),
    ):
        for index, entry in enumerate(entries or []):
            parameter, pointer = _deref(document, entry, json_pointer([*pointer_parts(base), "parameters", index]))
            if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                result[(str(parameter.get("in")), parameter["name"])] = (parameter, pointer)
    return result


def _security(document: dict[str, Any], operation: Operation) -> list[frozenset[tuple[str, str]]]:
    """The operation's security alternatives, each a set of (scheme name, scheme definition)."""
    requirements = operation.definition.get("security", document.get("security") or [])
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    alternatives = []
    for requirement in requirements or []:
        if isinstance(requirement, dict):
            alternatives.append(
                frozenset(
                    (name, repr(sorted(follow_refs(document, schemes.get(name) or {}).items()))) for name in requirement
                )
            )
    return alternatives


def _describe(alternatives: list[frozenset[tuple[str, str]]]) -> str:
    return (
        " or ".join("+".join(sorted(name for name, _ in alternative)) or "none" for alternative in alternatives)
        or "none"
    )


def _match(old: Operation, new_index: OperationIndex[Operation]) -> tuple[Operation, dict[str, str]] | None:
    """The new operation at the old one's method and path template, and old -> new path parameter names."""
    names = [part.split("}")[0] for part in old.path.split("{")[1:]]
    concrete = old.path
    for index, name in enumerate(names):
        concrete = concrete.replace("{" + name + "}", _PLACEHOLDER.format(index), 1)
    found = new_index.match(old.method.upper(), concrete)
    if found is None or found.operation is None:
        return None
    renamed = {}
    for new_name, value in found.path_parameters.items():
        if value.startswith(_PLACEHOLDER.format("")) and value[len(_PLACEHOLDER.format("")) :].isdigit():
            renamed[names[int(value[len(_PLACEHOLDER.format("")) :])]] = new_name
        else:
            return None  # a parameter of the new template matched a literal of the old path
    if len(renamed) != len(names):
        return None
    return found.operation, renamed


def _operation(walk: _Walk, old: Operation, new: Operation, renamed: dict[str, str]) -> None:
    add = walk.add
    differ = _Differ(walk)
    o, n = old.definition, new.definition
    if old.operation_id != new.operation_id:
        add("operation-id-changed", f"operationId {old.operation_id} -> {new.operation_id}", old.pointer, new.pointer)
    if (o.get("tags") or [None])[0] != (n.get("tags") or [None])[0]:
        add(
            "operation-tag-changed",
            f"tag {(o.get('tags') or [None])[0]} -> {(n.get('tags') or [None])[0]}",
            old.pointer,
            new.pointer,
        )
    if not o.get("deprecated") and n.get("deprecated"):
        add("operation-deprecated", "now deprecated", old.pointer, new.pointer)
    if o.get("description") != n.get("description") or o.get("summary") != n.get("summary"):
        add("description-changed", "summary or description changed", old.pointer, new.pointer)
    old_security, new_security = _security(walk.old, old), _security(walk.new, new)
    if any(alternative not in new_security for alternative in old_security):
        add(
            "security-changed",
            f"security {_describe(old_security)} -> {_describe(new_security)}",
            old.pointer,
            new.pointer,
        )
    elif any(alternative not in old_security for alternative in new_security):
        add(
            "security-alternative-added",
            f"security {_describe(old_security)} -> {_describe(new_security)}",
            old.pointer,
            new.pointer,
        )
    _operation_parameters(walk, differ, old, new, renamed)
    _request_body(walk, differ, old, new)
    _responses(walk, differ, old, new)


def _operation_parameters(
    walk: _Walk, differ: _Differ, old: Operation, new: Operation, renamed: dict[str, str]
) -> None:
    add = walk.add
    old_parameters, new_parameters = _parameters(walk.old, old), _parameters(walk.new, new)
    for (place, name), (parameter, pointer) in old_parameters.items():
        new_name = renamed.get(name, name) if place == "path" else name
        where = f"{place} parameter {name}"
        if (place, new_name) not in new_parameters:
            add("parameter-removed", f"{where} removed", pointer, None, where)
            continue
        other, other_pointer = new_parameters[(place, new_name)]
        if new_name != name:
            add(
                "path-parameter-renamed",
                f"{where} renamed {new_name} (the generated argument's name)",
                pointer,
                other_pointer,
                where,
            )
        was, now = bool(parameter.get("required")), bool(other.get("required"))
        if was != now:
            add(
                "parameter-newly-required" if now else "parameter-newly-optional",
                f"{where}: {'now required' if now else 'no longer required'}",
                pointer,
                other_pointer,
                where,
            )
        if parameter.get("description") != other.get("description"):
            add("description-changed", f"{where}: description changed", pointer, other_pointer, where)
        if isinstance(parameter.get("schema"), dict) and isinstance(other.get("schema"), dict):
            differ.schema(
                _Side(walk.old, json_pointer([*pointer_parts(pointer), "schema"]), parameter["schema"]),
                _Side(walk.new, json_pointer([*pointer_parts(other_pointer), "schema"]), other["schema"]),
                _REQUEST,
                where,
            )
    old_names = {(place, renamed.get(name, name) if place == "path" else name) for place, name in old_parameters}
    for (place, name), (parameter, pointer) in new_parameters.items():
        if (place, name) not in old_names:
            required = bool(parameter.get("required"))
            add(
                "parameter-added-required" if required else "parameter-added",
                f"{place} parameter {name} added{' (required)' if required else ''}",
                None,
                pointer,
                f"{place} parameter {name}",
            )


def _content(
    walk: _Walk,
    differ: _Differ,
    old: tuple[dict[str, Any], str],
    new: tuple[dict[str, Any], str],
    direction: str,
    what: str,
) -> None:
    old_content = old[0].get("content") or {}
    new_content = new[0].get("content") or {}
    for media_type, entry in old_content.items():
        old_pointer = json_pointer([*pointer_parts(old[1]), "content", media_type])
        if media_type not in new_content:
            walk.add("media-type-removed", f"{what}: {media_type} removed", old_pointer, None, what)
            continue
        new_pointer = json_pointer([*pointer_parts(new[1]), "content", media_type])
        other = new_content[media_type]
        if isinstance(entry, dict) and isinstance(other, dict):  # noqa: SIM102 - one guard per level
            if isinstance(entry.get("schema"), dict) and isinstance(other.get("schema"), dict):
                differ.schema(
                    _Side(walk.old, old_pointer + "/schema", entry["schema"]),
                    _Side(walk.new, new_pointer + "/schema", new_content[media_type]["schema"]),
                    direction,
                    "",
                )
    for media_type in new_content:
        if media_type not in old_content:
            walk.add(
                "media-type-added",
                f"{what}: {media_type} added",
                None,
                json_pointer([*pointer_parts(new[1]), "content", media_type]),
                what,
            )


def _request_body(walk: _Walk, differ: _Differ, old: Operation, new: Operation) -> None:
    old_body = old.definition.get("requestBody")
    new_body = new.definition.get("requestBody")
    old_pointer, new_pointer = old.pointer + "/requestBody", new.pointer + "/requestBody"
    if old_body is not None:
        old_body, old_pointer = _deref(walk.old, old_body, old_pointer)
    if new_body is not None:
        new_body, new_pointer = _deref(walk.new, new_body, new_pointer)
    if not isinstance(old_body, dict) and not isinstance(new_body, dict):
        return
    if not isinstance(new_body, dict):
        walk.add("request-body-removed", "request body removed", old_pointer, None, "request body")
        return
    required = bool(new_body.get("required"))
    if not isinstance(old_body, dict):
        walk.add(
            "request-body-added-required" if required else "request-body-added",
            "request body added",
            None,
            new_pointer,
            "request body",
        )
        return
    if bool(old_body.get("required")) != required:
        walk.add(
            "request-body-newly-required" if required else "request-body-newly-optional",
            f"request body {'now required' if required else 'no longer required'}",
            old_pointer,
            new_pointer,
            "request body",
        )
    _content(walk, differ, (old_body, old_pointer), (new_body, new_pointer), _REQUEST, "request body")


def _responses(walk: _Walk, differ: _Differ, old: Operation, new: Operation) -> None:
    old_responses = old.definition.get("responses") or {}
    new_responses = new.definition.get("responses") or {}
    for status, response in old_responses.items():
        pointer = json_pointer([*pointer_parts(old.pointer), "responses", status])
        if status not in new_responses:
            walk.add("status-removed", f"response {status} removed", pointer, None, f"response {status}")
            continue
        other_pointer = json_pointer([*pointer_parts(new.pointer), "responses", status])
        response, pointer = _deref(walk.old, response, pointer)
        other, other_pointer = _deref(walk.new, new_responses[status], other_pointer)
        if isinstance(response, dict) and isinstance(other, dict):
            _content(walk, differ, (response, pointer), (other, other_pointer), _RESPONSE, f"response {status}")
    for status in new_responses:
        if status not in old_responses:
            walk.add(
                "status-added",
                f"response {status} added",
                None,
                json_pointer([*pointer_parts(new.pointer), "responses", status]),
                f"response {status}",
            )


def diff_specs(old: dict[str, Any], new: dict[str, Any], *, against_vendor: bool = False) -> list[SpecChange]:
    """Every change from ``old`` to ``new`` (bundled documents: local ``$ref``s only), operation by operation.

    With ``against_vendor``, ``old`` is the hand-written spec and ``new`` a vendor's published document: names,
    tags and prose are left out (``NOT_AGAINST_VENDOR``), and a breaking change is something the spec's clients
    send or expect that the vendor's document does not accept or send. Raises KeyError or ValueError for a
    ``$ref`` that names nothing or is circular.
    """
    new_index = OperationIndex.of_document(new)
    walk = _Walk(old, new)
    matched: set[str] = set()
    for operation in OperationIndex.of_document(old):
        walk.label = _label(operation)
        walk.seen = set()
        found = _match(operation, new_index)
        if found is None:
            walk.add("operation-removed", f"{operation.label} removed", operation.pointer, None)
            continue
        other, renamed = found
        matched.add(other.pointer)
        _operation(walk, operation, other, renamed)
    for operation in new_index:
        if operation.pointer not in matched:
            walk.label = _label(operation)
            walk.add("operation-added", f"{operation.label} added", None, operation.pointer)
    _webhooks(walk)
    changes = _unique(walk.changes)
    if against_vendor:
        changes = [change for change in changes if change.kind not in NOT_AGAINST_VENDOR]
    return changes


def _webhooks(walk: _Walk) -> None:
    """The webhooks the vendor sends (OpenAPI 3.1 ``webhooks``, matched by name): a receiver generated from OLD
    reads their payloads and headers, so these are judged like responses."""
    old_hooks = walk.old.get("webhooks") or {}
    new_hooks = walk.new.get("webhooks") or {}
    differ = _Differ(walk)
    for name, item in old_hooks.items():
        walk.label, walk.seen = f"webhook {name}", set()
        old_item, old_pointer = _deref(walk.old, item, json_pointer(["webhooks", name]))
        if name not in new_hooks:
            walk.add("webhook-removed", f"webhook {name} removed", old_pointer, None)
            continue
        new_item, new_pointer = _deref(walk.new, new_hooks[name], json_pointer(["webhooks", name]))
        if not isinstance(old_item, dict) or not isinstance(new_item, dict):
            continue
        for method in _METHODS:
            old_operation, new_operation = old_item.get(method), new_item.get(method)
            if not isinstance(old_operation, dict):
                continue
            old_at = json_pointer([*pointer_parts(old_pointer), method])
            if not isinstance(new_operation, dict):
                walk.add("webhook-removed", f"webhook {name}: {method.upper()} removed", old_at, None)
                continue
            new_at = json_pointer([*pointer_parts(new_pointer), method])
            _webhook_headers(walk, differ, (old_operation, old_at), (new_operation, new_at))
            old_body, new_body = old_operation.get("requestBody"), new_operation.get("requestBody")
            if old_body is None or new_body is None:
                continue
            old_body, old_body_at = _deref(walk.old, old_body, old_at + "/requestBody")
            new_body, new_body_at = _deref(walk.new, new_body, new_at + "/requestBody")
            if isinstance(old_body, dict) and isinstance(new_body, dict):
                _content(walk, differ, (old_body, old_body_at), (new_body, new_body_at), _RESPONSE, "payload")
    for name in new_hooks:
        if name not in old_hooks:
            walk.label, walk.seen = f"webhook {name}", set()
            walk.add("webhook-added", f"webhook {name} added", None, json_pointer(["webhooks", name]))


def _webhook_headers(
    walk: _Walk, differ: _Differ, old: tuple[dict[str, Any], str], new: tuple[dict[str, Any], str]
) -> None:
    """A webhook's header parameters (e.g. the event type a receiver branches on), matched by name, as received."""

    def headers(document: dict[str, Any], operation: dict[str, Any], at: str) -> dict[str, tuple[dict[str, Any], str]]:
        found = {}
        for index, parameter in enumerate(operation.get("parameters") or []):
            parameter, pointer = _deref(document, parameter, f"{at}/parameters/{index}")
            if (
                isinstance(parameter, dict)
                and parameter.get("in") == "header"
                and isinstance(parameter.get("name"), str)
            ):
                found[parameter["name"].lower()] = (parameter, pointer)
        return found

    old_headers, new_headers = headers(walk.old, *old), headers(walk.new, *new)
    for name, (parameter, pointer) in old_headers.items():
        if name not in new_headers:
            walk.add("parameter-removed", f"header {parameter['name']} no longer sent", pointer, None, "header")
            continue
        other, other_pointer = new_headers[name]
        if isinstance(parameter.get("schema"), dict) and isinstance(other.get("schema"), dict):
            differ.schema(
                _Side(walk.old, pointer + "/schema", parameter["schema"]),
                _Side(walk.new, other_pointer + "/schema", other["schema"]),
                _RESPONSE,
                f"header {parameter['name']}",
            )


def _unique(changes: list[SpecChange]) -> list[SpecChange]:
    """One change per (kind, operation, pointer): a shared schema reached twice in one operation counts once."""
    seen: set[tuple[str, str, str]] = set()
    result = []
    for change in changes:
        key = (change.kind, change.operation, change.pointer)
        if key not in seen:
            seen.add(key)
            result.append(change)
    return result
