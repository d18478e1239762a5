"""Request-body properties the kit always sends: those a spec marks ``x-send-default: true``.

Where the vendor's sources disagree on whether a request property is required (iDenfy's OpenAPI document
requires ``TokenRequest.tokenType``, its prose requires only ``clientId``), the spec keeps it optional and marks it
``x-send-default: true`` with a ``default``: a generated request that leaves it out gets the default, so every
request the kit sends is valid under both readings (see specs/README.md). A value the generator chose is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from idvkit.specs import resolve_pointer

_JSON = ("application/json",)


def _resolved(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        node = resolve_pointer(dict(document), node["$ref"][1:])
    return node


def sent_defaults(document: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, Any]:
    """``{property: default}`` of the operation's JSON request body properties marked ``x-send-default``."""
    body = _resolved(document, operation.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping):
        return {}
    found: dict[str, Any] = {}
    for media_type in _JSON:
        schema = _resolved(document, (content.get(media_type) or {}).get("schema"))
        properties = schema.get("properties") if isinstance(schema, Mapping) else None
        for name, prop in (properties or {}).items():
            prop = _resolved(document, prop)
            if isinstance(prop, Mapping) and prop.get("x-send-default") is True and "default" in prop:
                found[name] = prop["default"]
    return found


def with_sent_defaults(body: Any, defaults: Mapping[str, Any]) -> Any:
    """``body`` with the marked properties it lacks set to their defaults (a new dict; any other body as it is)."""
    if not isinstance(body, dict) or not defaults:
        return body
    missing = {name: value for name, value in defaults.items() if name not in body}
    return {**body, **missing} if missing else body
