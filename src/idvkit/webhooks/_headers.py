"""Which headers of a vendor's webhook deliveries carry the signature and the event type, as the spec marks them.

A webhook header parameter marked ``x-signature: hmac-sha256-hex`` carries the lower-case hex HMAC-SHA256 of the
raw body (``idvkit.webhooks.sign``); one marked ``x-event-type: true`` names the event (specs/README.md). Every
webhook of one spec declares the same headers, so a vendor has one pair.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from idvkit.specs import follow_refs

SIGNATURE_MARK: Final = "x-signature"
EVENT_TYPE_MARK: Final = "x-event-type"
#: The signature schemes idvkit signs and verifies: ``sign``/``verify_signature`` of ``idvkit.webhooks``.
SIGNATURE_SCHEMES: Final = ("hmac-sha256-hex",)
_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class WebhookHeaders:
    """The header that carries a delivery's signature and the one that names its event (None: not sent)."""

    signature: str | None
    event_type: str | None


def _marked(document: Mapping[str, Any], parameters: Any, where: str) -> tuple[str | None, str | None]:
    signature = event_type = None
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        parameter = follow_refs(document, parameter)
        if not isinstance(parameter, Mapping) or parameter.get("in") != "header":
            continue
        name = parameter.get("name")
        scheme = parameter.get(SIGNATURE_MARK)
        if scheme is not None:
            if scheme not in SIGNATURE_SCHEMES:
                raise ValueError(
                    f"{where}/parameters/{index}/{SIGNATURE_MARK}: {scheme!r} is not a signature scheme idvkit "
                    f"knows ({', '.join(SIGNATURE_SCHEMES)})"
                )
            signature = str(name)
        if parameter.get(EVENT_TYPE_MARK) is True:
            event_type = str(name)
    return signature, event_type


def webhook_headers(document: Mapping[str, Any]) -> WebhookHeaders:
    """The signature and event-type headers the webhooks of ``document`` (an OpenAPI document) mark.

    Raises ValueError, naming the place, when a signature mark names an unknown scheme or when the webhooks
    declare different headers (there is then no single way the vendor sends them).
    """
    found: dict[WebhookHeaders, str] = {}
    for name, item in (document.get("webhooks") or {}).items():
        item = follow_refs(document, item)
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            where = f"/webhooks/{name}/{method}"
            shared = _marked(document, item.get("parameters"), f"/webhooks/{name}")
            own = _marked(document, operation.get("parameters"), where)
            headers = WebhookHeaders(own[0] or shared[0], own[1] or shared[1])
            found.setdefault(headers, where)
    if len(found) > 1:
        title = (document.get("info") or {}).get("title", "the document")
        places = ", ".join(f"{where} ({headers.signature}, {headers.event_type})" for headers, where in found.items())
        raise ValueError(f"the webhooks of {title} declare different signature and event-type headers: {places}")
    return next(iter(found), WebhookHeaders(None, None))
