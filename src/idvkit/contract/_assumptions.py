"""Which guess of a spec a failure refutes: the ``x-assumption`` mark on the spec element that failed.

A failure concerns one element of an operation: a schema violation the schema it violates (not the schemas
around it), an undocumented success status the documented success statuses of its class, an accepted invalid
request the property or parameter its test case broke, an auth failure the security scheme, a missing
content type the response. When that element carries an ``x-assumption``, the failure refutes that guess
rather than showing a vendor bug, and the contract kit reports it apart. Marks elsewhere in the operation are
not blamed, and a failure whose element is not known (a rejected valid request names none) is a violation.

A mark on the operation itself ("endpoint assumed still served", "no authentication") guesses something about
the whole operation, so it absorbs only the failure that refutes that guess: an undocumented status listed in
the operation's ``x-refuted-by-status`` (a 404/405 for an endpoint assumed still served, a 401/403 for one
assumed to need no credentials). It never absorbs a schema violation, a wrong content type or an auth
failure; and no mark absorbs a server error: a 5xx answer is always a violation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from idvkit.specs import iter_operations, json_pointer, pointer_parts, resolve_pointer
from idvkit.specs._operations import Operation

#: On an operation with an ``x-assumption``: the undocumented statuses that refute that guess.
REFUTED_BY_STATUS = "x-refuted-by-status"


@dataclass(frozen=True)
class Assumption:
    """One ``x-assumption`` mark: where it sits (a JSON pointer into the bundled spec) and what it says."""

    pointer: str
    text: str


def _node(document: Mapping[str, Any], pointer: str) -> Any:
    try:
        return resolve_pointer(dict(document), pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _own(document: Mapping[str, Any], pointer: str) -> Iterator[Assumption]:
    """The mark on the node at ``pointer`` itself (after its ``$ref``, whose target is named instead)."""
    node = _node(document, pointer)
    for _ in range(8):
        if not isinstance(node, Mapping):
            return
        if isinstance(node.get("x-assumption"), str):
            yield Assumption(pointer, node["x-assumption"])
        reference = node.get("$ref")
        if not (isinstance(reference, str) and reference.startswith("#/")):
            return
        pointer = reference[1:]
        node = _node(document, pointer)


def _canonical(document: Mapping[str, Any], pointer: str) -> str:
    """``pointer`` with every ``$ref`` on its way replaced by the ref's target (where the node really sits)."""
    here: list[str] = []
    node: Any = document
    for part in pointer_parts(pointer):
        for _ in range(8):
            reference = node.get("$ref") if isinstance(node, Mapping) else None
            if part in node or not (isinstance(reference, str) and reference.startswith("#/")):
                break
            here = pointer_parts(reference[1:])
            node = _node(document, reference[1:])
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return pointer  # not in the document: leave it as it was
        here.append(part)
    return json_pointer(here)


_NAME_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def _violated(document: Mapping[str, Any], pointer: str) -> Iterator[Assumption]:
    """The marks on the schema a violation's location names: the node at ``pointer`` or, when it names no node
    (a property the schema does not declare), the schema it would sit in. The schemas that contain it are not
    blamed: a guess about a response's envelope says nothing about the type of one of its fields."""
    parts = pointer_parts(pointer)
    while len(parts) > 1 and _node(document, json_pointer(parts)) is None:
        parts = parts[:-1]
    if len(parts) > 1 and parts[-1] in _NAME_MAPS:
        parts = parts[:-1]
    yield from _own(document, json_pointer(parts))


def _requiring(document: Mapping[str, Any], pointer: str, name: str, seen: set[str]) -> Iterator[str]:
    """Pointers of the object schemas at and below ``pointer`` whose ``required`` lists ``name`` (refs followed)."""
    if pointer in seen:
        return
    seen.add(pointer)
    node = _node(document, pointer)
    if not isinstance(node, Mapping):
        return
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/"):
        yield from _requiring(document, reference[1:], name, seen)
    if isinstance(node.get("required"), list) and name in node["required"]:
        yield pointer
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index in range(len(node.get(keyword) or [])):
            yield from _requiring(document, f"{pointer}/{keyword}/{index}", name, seen)
    for key in node.get("properties") or {}:
        yield from _requiring(document, f"{pointer}/properties/{json_pointer([str(key)]).lstrip('/')}", name, seen)


def _negated(document: Mapping[str, Any], operation: Operation, negated: Mapping[str, Any]) -> Iterator[Assumption]:
    """The marks on the request element a negative test case broke (``negated``: the failure log's
    ``{"property": name}`` for a missing required property, ``{"parameter": name, "in": location}``)."""
    if isinstance(negated.get("property"), str):
        body = operation.definition.get("requestBody")
        content = body.get("content") if isinstance(body, Mapping) else None
        for media in content or {}:
            base = f"{operation.pointer}/requestBody/content/{json_pointer([str(media)]).lstrip('/')}/schema"
            for pointer in _requiring(document, base, negated["property"], set()):
                yield from _own(document, pointer)
    elif isinstance(negated.get("parameter"), str):
        for index, parameter in enumerate(operation.definition.get("parameters") or []):
            pointer = f"{operation.pointer}/parameters/{index}"
            resolved = parameter
            if isinstance(parameter, Mapping) and isinstance(parameter.get("$ref"), str):
                resolved = _node(document, parameter["$ref"][1:]) if parameter["$ref"].startswith("#/") else None
            if not isinstance(resolved, Mapping):
                continue
            if resolved.get("name") == negated["parameter"] and resolved.get("in") == negated.get("in"):
                yield from _own(document, pointer)
                yield from _own(document, f"{pointer}/schema")


def _operation(document: Mapping[str, Any], label: str) -> Operation | None:
    return next((op for op in iter_operations(dict(document)) if op.label == label), None)


def _response_pointer(document: Mapping[str, Any], operation: Operation, status: int | None) -> str | None:
    responses = operation.definition.get("responses") or {}
    keys = [str(status), f"{str(status)[0]}XX", "default"] if status is not None else []
    key = next((k for k in keys if k in responses), None)
    return f"{operation.pointer}/responses/{key}" if key is not None else None


def _schema_base(document: Mapping[str, Any], response: str) -> str | None:
    """Where the JSON schema of a response sits (following a ``$ref``'d response object)."""
    node = _node(document, response)
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        response = node["$ref"][1:]
        node = _node(document, response)
    content = node.get("content") if isinstance(node, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    media = next((m for m in content if m == "application/json" or m.endswith("+json")), None)
    return f"{response}/content/{media.replace('/', '~1')}/schema" if media else None


def refuted_assumptions(
    document: Mapping[str, Any],
    operation_label: str,
    code: str,
    status: int | None,
    schema_pointer: str | None,
    negated: Mapping[str, Any] | None = None,
) -> list[Assumption]:
    """The marks a failure (schemathesis failure ``code`` on ``operation_label``) refutes; empty for none.
    ``negated``: for an accepted invalid request (ST201), the request element its test case broke."""
    operation = _operation(document, operation_label)
    if operation is None or code == "ST101" or (status is not None and status >= 500):
        return []  # a server error is never a guess the spec got wrong
    found: list[Assumption] = []
    response = _response_pointer(document, operation, status)
    group = code[2:3] if code.startswith("ST") else ""
    if code == "ST108" and schema_pointer is not None:
        pointer = schema_pointer
        if not pointer.startswith(("/components/", "/paths/", "/webhooks/")):
            base = _schema_base(document, response) if response else None
            pointer = _canonical(document, f"{base}{pointer.rstrip('/')}") if base else ""
        found += _violated(document, pointer) if pointer else []
    elif code == "ST103" and status is not None:
        # an undocumented status: a guessed success status of its class (a 201 where a 200 was assumed) is
        # what it refutes; an undocumented error status (a 418 where the vendor documents 400 and 404) is a
        # violation unless the operation's own guess names it (x-refuted-by-status, below)
        found += _own(document, f"{operation.pointer}/responses")
        for key in operation.definition.get("responses") or {} if status < 400 else ():
            if str(key)[0] == str(status)[0]:
                found += _own(document, f"{operation.pointer}/responses/{json_pointer([str(key)]).lstrip('/')}")
    elif group == "1":  # content type, headers: the response as documented
        found += _own(document, response) if response else []
    elif code == "ST201" and negated:
        # an invalid request accepted: the mark on the element its test case broke (a property assumed
        # required, a parameter's guessed constraints); a rejected valid request (ST202) names no element, and a
        # server that refuses everything must not pass as a string of refuted guesses
        found += _negated(document, operation, negated)
    elif group == "4":  # auth: the security schemes the operation uses
        requirements = operation.definition.get("security", document.get("security")) or []
        for requirement in requirements:
            for scheme in requirement if isinstance(requirement, Mapping) else ():
                found += _own(document, json_pointer(["components", "securitySchemes", str(scheme)]))
    if code == "ST103" and status is not None and status in _refuting_statuses(operation):
        found += _own(document, operation.pointer)
    return list(dict.fromkeys(found))


def _refuting_statuses(operation: Operation) -> set[int]:
    statuses = operation.definition.get(REFUTED_BY_STATUS)
    if not isinstance(statuses, list):
        return set()
    return {int(status) for status in statuses if isinstance(status, int | str) and str(status).isdigit()}
