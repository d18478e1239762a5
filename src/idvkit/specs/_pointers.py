"""JSON pointers and local ``$ref`` chains in a loaded document: the runtime half of the spec toolkit, free of
the loader, the bundler and the validators (nothing here imports YAML or jsonschema)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from idvkit.specs._errors import pointer_parts


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Follow an RFC 6901 pointer; raise KeyError naming the first segment that does not exist."""
    node = document
    if pointer in ("", "/"):
        return node
    if not pointer.startswith("/"):
        raise KeyError(f"pointer {pointer!r} does not start with '/'")
    for segment in pointer_parts(pointer):
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            raise KeyError(f"no {segment!r} at {pointer!r}")
    return node


def _local_reference(node: Any) -> str | None:
    """The pointer a local ``$ref`` (``#...``) names, percent-decoded as a URI fragment; None for any other node."""
    reference = node.get("$ref") if isinstance(node, Mapping) else None
    if isinstance(reference, str) and reference.startswith("#"):
        return unquote(reference[1:])
    return None


def _end_of_refs(document: Any, node: Any, pointer: str | None) -> tuple[str | None, Any]:
    chain = [] if pointer is None else [pointer]
    while (target := _local_reference(node)) is not None:
        if target in chain:
            cycle = " -> ".join(f"#{step}" for step in [*chain[chain.index(target) :], target])
            raise ValueError(f"circular $ref: {cycle}")
        chain.append(target)
        pointer, node = target, resolve_pointer(document, target)
    return pointer, node


def follow_refs(document: Any, node: Any) -> Any:
    """``node`` with its chain of local ``$ref``s (``#/...``) followed to the node it names.

    Raises KeyError when a reference names no node and ValueError when the chain is circular.
    """
    return _end_of_refs(document, node, None)[1]


def dereferenced_pointer(document: Any, pointer: str) -> str:
    """The pointer of the node ``pointer`` names after following its chain of local ``$ref``s (``pointer``
    itself when that node is no reference). Raises like ``resolve_pointer`` and ``follow_refs``."""
    end, _ = _end_of_refs(document, resolve_pointer(document, pointer), pointer)
    assert end is not None
    return end
