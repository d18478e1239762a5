"""Which guesses of a spec a failing operation depends on (its ``x-assumption`` marks)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from idvkit.specs import iter_operations, resolve_pointer


def _marks(document: Mapping[str, Any], node: Any, seen: set[str]) -> Iterator[str]:
    if isinstance(node, Mapping):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#") and reference not in seen:
            seen.add(reference)
            yield from _marks(document, resolve_pointer(dict(document), reference[1:]), seen)
        if isinstance(node.get("x-assumption"), str):
            yield node["x-assumption"]
        for key, value in node.items():
            if key not in ("x-assumption", "$ref", "examples", "example", "links"):
                yield from _marks(document, value, seen)
    elif isinstance(node, list):
        for item in node:
            yield from _marks(document, item, seen)


def assumptions_of(document: Mapping[str, Any], label: str) -> list[str]:
    """The assumptions behind the operation ``label`` (``METHOD /path``), its responses and schemas."""
    for operation in iter_operations(dict(document)):
        if operation.label == label:
            return list(dict.fromkeys(_marks(document, operation.definition, set())))
    return []
