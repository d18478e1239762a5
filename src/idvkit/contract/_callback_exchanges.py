"""Callbacks as exchanges for the snapshot: the sending side of the webhooks (event types, payload fields, enums).

A callback becomes an ``Exchange`` of the operation ``webhook EVENT_TYPE`` (the event type from the header the
spec marks ``x-event-type``, else the body's ``event``), status None, request class ``observed``. Two sources:

* the embedded sandbox's own callbacks (its dispatcher keeps the deliveries it made, the ones whose URL it refused
  included), taken after a contract run against it;
* a capture file (``idvkit contract --callbacks FILE``): JSON Lines, one callback a line,
  ``{"headers": {name: value}, "body": <the JSON body, or its text>}``; a proxy or a receiver of real callbacks
  writes it. Only header names, the event type and the body's shape and enum values reach the snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from idvkit.contract._snapshot import OBSERVED, Exchange, media_type_of


class CaptureError(ValueError):
    """A capture file that cannot be read (named, with the line)."""


def callback_exchange(document: Mapping[str, Any], headers: Mapping[str, str], body: Any) -> Exchange:
    """The exchange of one callback with ``headers`` and ``body`` (bytes, text or parsed JSON)."""
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            body = None
    lowered = {str(name).lower(): str(value) for name, value in headers.items()}
    from idvkit.webhooks import webhook_headers  # the webhooks package loads the models: only when needed

    event_header = webhook_headers(document).event_type
    event = lowered.get(event_header.lower()) if event_header else None
    if event is None and isinstance(body, Mapping) and isinstance(body.get("event"), str):
        event = body["event"]
    return Exchange(
        f"webhook {event or '?'}",
        None,
        media_type_of(lowered.get("content-type")),
        frozenset(lowered),
        body,
        OBSERVED,
    )


def sandbox_exchanges(document: Mapping[str, Any], deliveries: Iterable[Any]) -> list[Exchange]:
    """The exchanges of an embedded sandbox's recorded deliveries (``idvkit.sandbox`` ``Delivery`` records)."""
    return [callback_exchange(document, delivery.headers, delivery.body) for delivery in deliveries]


def read_capture(path: Path, document: Mapping[str, Any]) -> list[Exchange]:
    """The exchanges of a capture file (see the module's docstring); CaptureError when it is unusable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CaptureError(f"cannot read callbacks file {path}: {exc.strerror or type(exc).__name__}") from None
    exchanges = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise CaptureError(f"{path}:{number}: not a JSON line") from None
        if not isinstance(record, Mapping) or not isinstance(record.get("headers"), Mapping):
            raise CaptureError(f"{path}:{number}: expected an object with 'headers' (an object) and 'body'")
        exchanges.append(callback_exchange(document, record["headers"], record.get("body")))
    return exchanges
