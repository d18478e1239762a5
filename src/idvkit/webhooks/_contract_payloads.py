"""Spec-valid webhook bodies for ``idvkit webhook-contract``: one list of raw bodies per event type.

The event types and their body schemas are read from the vendor's spec's ``webhooks``: every value of the
enum of each webhook's event-type header (the header parameter marked ``x-event-type``: iDenfy's and markid's
``Idenfy-Event-Type``), paired with that webhook's request body schema; for a spec without such a header
(LiveID+) every value of the body's ``event`` enum. The
bodies are drawn by hypothesis from ``schema_strategy`` and serialised to bytes once; whoever sends
them must send exactly these bytes.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Final

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from idvkit.specs import follow_refs, json_pointer
from idvkit.specs._strategies import schema_strategy
from idvkit.vendors import get_vendor
from idvkit.webhooks._delivery import DEFAULT_BODY, callback_delivery, encode_body
from idvkit.webhooks._headers import WebhookHeaders, webhook_headers

# Fields the LiveID+ docs say are absent from an ``error`` callback.
_LIVEID_ERROR_ABSENT: Final = ("nextProcess", "token", "additionalData")
# Hypothesis runs per webhook to top up event types that got too few distinct bodies.
_ATTEMPTS: Final = 4


@dataclass(frozen=True)
class WebhookKind:
    """One webhook of a spec: its name, the event types it serves and where its body schema is."""

    name: str
    event_types: tuple[str, ...]
    pointer: str
    #: True when the event type is the body's ``event`` field (LiveID+), not a header.
    event_in_body: bool = False


@cache
def _document(vendor: str) -> dict[str, Any]:
    """The vendor's bundled spec (shared and cached: never modified)."""
    return get_vendor(vendor).spec()


def delivery_headers(vendor: str) -> WebhookHeaders:
    """The headers that carry the signature and the event type of ``vendor``'s webhooks (its spec's marks)."""
    return webhook_headers(_document(vendor))


def webhook_kinds(vendor: str) -> tuple[WebhookKind, ...]:
    """The webhooks of ``vendor``'s spec, in spec order, with their event types."""
    document = _document(vendor)
    event_header = delivery_headers(vendor).event_type
    kinds = []
    for name, item in document.get("webhooks", {}).items():
        operation = item.get("post")
        if operation is None:
            continue
        pointer = json_pointer(["webhooks", name, "post", "requestBody", "content", "application/json", "schema"])
        body_schema = follow_refs(document, operation["requestBody"]["content"]["application/json"]["schema"])
        event_types: list[str] = []
        for parameter in operation.get("parameters", []):
            parameter = follow_refs(document, parameter)
            if event_header is not None and parameter.get("in") == "header" and parameter.get("name") == event_header:
                event_types.extend(follow_refs(document, parameter.get("schema", {})).get("enum", []))
        event_in_body = not event_types
        if event_in_body:
            event_types.extend(_known_values(document, body_schema.get("properties", {}).get("event", {})))
        kinds.append(WebhookKind(name, tuple(event_types), pointer, event_in_body))
    return tuple(kinds)


def _known_values(document: dict[str, Any], schema: Any) -> list[str]:
    """The listed values of an enum-like schema: its ``enum``, or those of its ``anyOf`` members (an open enum)."""
    schema = follow_refs(document, schema)
    if not isinstance(schema, dict):
        return []
    if isinstance(schema.get("enum"), list):
        return [str(value) for value in schema["enum"]]
    return [value for member in schema.get("anyOf", []) for value in _known_values(document, member)]


@cache
def _fingerprint(vendor: str) -> str:
    """What the bodies of ``vendor`` depend on: its webhooks and components (markid's equal iDenfy's)."""
    document = _document(vendor)
    inputs = {"webhooks": document.get("webhooks", {}), "components": document.get("components", {})}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


_STRATEGIES: dict[tuple[str, str], st.SearchStrategy[Any]] = {}


def _strategy(vendor: str, pointer: str) -> st.SearchStrategy[Any]:
    # Building schemathesis's generator for a large schema takes seconds: once per process is enough.
    key = (_fingerprint(vendor), pointer)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = schema_strategy(_document(vendor), pointer)
    return _STRATEGIES[key]


def _draw(strategy: st.SearchStrategy[Any], count: int, seed: int) -> list[Any]:
    drawn: list[Any] = []

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(strategy)
    def collect(instance: Any) -> None:
        drawn.append(instance)

    collect()
    return drawn


def body_spelling(vendor: str) -> str:
    """How ``vendor`` spells its callback bodies: its spec's ``x-callback-delivery`` ``body``."""
    return callback_delivery(_document(vendor)).body


def serialise(payload: Any, body: str = DEFAULT_BODY) -> bytes | None:
    """The body bytes of ``payload`` spelt as ``body`` (``encode_body``, as the sandboxes send), or None if it
    is not JSON."""
    return encode_body(payload, body)


def _shape(kind: WebhookKind, event_type: str, payload: Any) -> Any:
    """LiveID+ carries the event in the body: make the drawn body the event's own."""
    if not kind.event_in_body or not isinstance(payload, dict):
        return payload
    shaped = dict(payload)
    shaped["event"] = event_type
    message = shaped.get("message")
    if event_type == "error" and isinstance(message, dict):
        shaped["message"] = {k: v for k, v in message.items() if k not in _LIVEID_ERROR_ABSENT}
    return shaped


def _kind_seed(seed: int, kind: WebhookKind, attempt: int) -> int:
    # Stable across processes (unlike hash()), different per webhook and per top-up attempt.
    return (seed * 1_000_003 + zlib.crc32(kind.name.encode()) + attempt * 7_919) % 2**32


_BODIES: dict[tuple[str, int, int], Mapping[str, tuple[bytes, ...]]] = {}


def event_bodies(vendor: str, per_event: int, seed: int) -> Mapping[str, tuple[bytes, ...]]:
    """``draw_event_bodies``, cached: drawing large bodies is slow, and the result depends only on the
    schemas (shared by vendors whose webhooks and components are equal), ``per_event`` and ``seed``."""
    key = (_fingerprint(vendor), per_event, seed)
    if key not in _BODIES:
        _BODIES[key] = draw_event_bodies(vendor, per_event, seed)
    return _BODIES[key]


def draw_event_bodies(vendor: str, per_event: int, seed: int) -> Mapping[str, tuple[bytes, ...]]:
    """``per_event`` distinct spec-valid bodies for every event type of ``vendor`` (fewer only if the
    schema cannot produce that many).

    Bodies are distinct across the whole result, so that the only repeated delivery of a run is the
    one that repeats on purpose. One hypothesis run per webhook draws the bodies of all its event
    types; the result is deterministic for a seed.
    """
    result: dict[str, list[bytes]] = {}
    seen: set[bytes] = set()
    spelling = body_spelling(vendor)
    for kind in webhook_kinds(vendor):
        strategy = _strategy(vendor, kind.pointer)
        for event_type in kind.event_types:
            result[event_type] = []
        for attempt in range(_ATTEMPTS):
            missing = sum(per_event - len(result[event_type]) for event_type in kind.event_types)
            if missing <= 0:
                break
            # One more than needed: hypothesis starts with its minimal example, often a repeat.
            for payload in _draw(strategy, missing + 1, _kind_seed(seed, kind, attempt)):
                hungry = [e for e in kind.event_types if len(result[e]) < per_event]
                if not hungry:
                    break
                event_type = min(hungry, key=lambda e: len(result[e]))
                body = serialise(_shape(kind, event_type, payload), spelling)
                if body is None or body in seen:
                    continue
                seen.add(body)
                result[event_type].append(body)
    return MappingProxyType({event_type: tuple(bodies) for event_type, bodies in result.items()})
