"""Which guess of a spec a failure refutes: the ``x-assumption`` marks on the spec elements that failed.

A failure concerns some part of an operation: a schema violation the schema it violates, an undocumented
success status the documented success statuses of its class, a rejected valid request (or an accepted invalid one) the request
parameters and body, an auth failure the security scheme, a missing content type the response. When that
part, or a schema it sits in, carries an ``x-assumption``, the failure refutes that guess rather than
showing a vendor bug, and the contract kit reports it apart. Marks elsewhere in the operation are not
blamed.

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


def _within(document: Mapping[str, Any], pointer: str, seen: set[str]) -> Iterator[Assumption]:
    """Every mark at ``pointer`` and below it, following local ``$ref``s (each target once)."""
    if pointer in seen:
        return
    seen.add(pointer)
    node = _node(document, pointer)
    if isinstance(node, Mapping):
        if isinstance(node.get("x-assumption"), str):
            yield Assumption(pointer, node["x-assumption"])
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/"):
            yield from _within(document, reference[1:], seen)
        names = pointer.endswith("/properties")  # keys are property names, not keywords
        for key in node:
            if names or key not in ("x-assumption", "$ref", "examples", "example", "links"):
                yield from _within(document, f"{pointer}/{json_pointer([str(key)]).lstrip('/')}", seen)
    elif isinstance(node, list):
        for index in range(len(node)):
            yield from _within(document, f"{pointer}/{index}", seen)


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


def _along(document: Mapping[str, Any], pointer: str) -> Iterator[Assumption]:
    """The marks on the node at ``pointer`` and on each node that contains it (innermost first), up to the
    response or parameter it belongs to: an operation's own mark is not about one of its schemas."""
    parts = pointer_parts(pointer)
    lowest = 4 if parts and parts[0] in ("paths", "webhooks") else 2
    for end in range(len(parts), lowest - 1, -1):
        yield from _own(document, json_pointer(parts[:end]))


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
    document: Mapping[str, Any], operation_label: str, code: str, status: int | None, schema_pointer: str | None
) -> list[Assumption]:
    """The marks a failure (schemathesis failure ``code`` on ``operation_label``) refutes; empty for none."""
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
        found += _along(document, pointer) if pointer else []
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
    elif group == "2":  # request handling: what the request may and must hold
        for part in ("parameters", "requestBody"):
            found += _within(document, f"{operation.pointer}/{part}", set())
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
