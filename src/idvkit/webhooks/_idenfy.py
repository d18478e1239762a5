"""iDenfy and markid webhooks: verify the signature, then parse the body by ``Idenfy-Event-Type``."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, TypeAlias, overload

import idenfy_models
import markid_models

from idvkit.webhooks._errors import MalformedPayloadError, WebhookTypeError
from idvkit.webhooks._payload import parse_payload
from idvkit.webhooks._signature import RawBytes, verify_signature

SIGNATURE_HEADER: Final = "Idenfy-Signature"
EVENT_TYPE_HEADER: Final = "Idenfy-Event-Type"

IdenfyCallback: TypeAlias = (
    idenfy_models.IdentificationWebhook | idenfy_models.VideoCallWebhook | idenfy_models.DocumentExpirationWebhook
)
MarkidCallback: TypeAlias = (
    markid_models.IdentificationWebhook | markid_models.VideoCallWebhook | markid_models.DocumentExpirationWebhook
)

# Event type -> body model, as the specs' `webhooks` pair them (tests/webhooks checks the pairing
# against the bundled specs). The IDENTIFICATION* events come from the spec's IdentificationEventType.
IDENFY_EVENT_MODELS: Final[Mapping[str, type[IdenfyCallback]]] = MappingProxyType(
    {
        **{event.value: idenfy_models.IdentificationWebhook for event in idenfy_models.IdentificationEventType},
        "VIDEO_CALL_FINISHED": idenfy_models.VideoCallWebhook,
        "DOCUMENT_EXPIRATION": idenfy_models.DocumentExpirationWebhook,
    }
)
MARKID_EVENT_MODELS: Final[Mapping[str, type[MarkidCallback]]] = MappingProxyType(
    {
        **{event.value: markid_models.IdentificationWebhook for event in markid_models.IdentificationEventType},
        "VIDEO_CALL_FINISHED": markid_models.VideoCallWebhook,
        "DOCUMENT_EXPIRATION": markid_models.DocumentExpirationWebhook,
    }
)

_EventModels: TypeAlias = Mapping[str, type[IdenfyCallback]] | Mapping[str, type[MarkidCallback]]
_VENDOR_EVENT_MODELS: Final[Mapping[str, _EventModels]] = {"idenfy": IDENFY_EVENT_MODELS, "markid": MARKID_EVENT_MODELS}

_SHOWN_EVENT_TYPE_LENGTH = 64


def _header_text(event_type: object) -> str:
    """The event-type header value as text (bytes are read one character per byte, as HTTP does)."""
    if event_type is None:
        return ""
    if isinstance(event_type, str):
        return event_type
    if isinstance(event_type, bytes | bytearray | memoryview):
        return bytes(event_type).decode("latin-1")
    raise MalformedPayloadError(f"the {EVENT_TYPE_HEADER} header is not a str or bytes value")


def _vendor_models(vendor: object) -> _EventModels:
    if not isinstance(vendor, str):
        raise WebhookTypeError("vendor", "'idenfy' or 'markid'", vendor)
    models = _VENDOR_EVENT_MODELS.get(vendor)
    if models is None:
        raise ValueError(f"vendor must be 'idenfy' or 'markid', not {vendor!r}")
    return models


def _event_model(
    event_type: str | RawBytes | None, models: _EventModels
) -> type[IdenfyCallback] | type[MarkidCallback]:
    name = _header_text(event_type).strip(" \t")
    if not name:
        raise MalformedPayloadError(f"the {EVENT_TYPE_HEADER} header is missing or empty")
    model = models.get(name)
    if model is None:
        shown = name[:_SHOWN_EVENT_TYPE_LENGTH]
        raise MalformedPayloadError(
            f"unknown {EVENT_TYPE_HEADER} {shown!r}; expected one of: {', '.join(models)}",
        )
    return model


@overload
def parse_idenfy_callback(
    body: RawBytes,
    *,
    signature: str | RawBytes | None,
    event_type: str | RawBytes | None,
    key: str | RawBytes,
    vendor: Literal["idenfy"] = "idenfy",
) -> IdenfyCallback: ...


@overload
def parse_idenfy_callback(
    body: RawBytes,
    *,
    signature: str | RawBytes | None,
    event_type: str | RawBytes | None,
    key: str | RawBytes,
    vendor: Literal["markid"],
) -> MarkidCallback: ...


def parse_idenfy_callback(
    body: RawBytes,
    *,
    signature: str | RawBytes | None,
    event_type: str | RawBytes | None,
    key: str | RawBytes,
    vendor: Literal["idenfy", "markid"] = "idenfy",
) -> IdenfyCallback | MarkidCallback:
    """Verify and parse one iDenfy (or markid) webhook delivery.

    ``body`` is the raw request body, ``signature`` and ``event_type`` the values of the
    ``Idenfy-Signature`` and ``Idenfy-Event-Type`` headers (None when absent), ``key`` the callback
    signing key. The signature is verified first (verify_signature); only then is the body parsed,
    into the ``vendor``'s generated model for the event type: IDENTIFICATION* -> IdentificationWebhook,
    VIDEO_CALL_FINISHED -> VideoCallWebhook, DOCUMENT_EXPIRATION -> DocumentExpirationWebhook.

    Raises MissingSignatureError / InvalidSignatureError (answer 401), MalformedPayloadError for a
    missing or unknown event type, a body that is not JSON or one of the wrong shape (answer 400).
    The event-type header is not covered by the signature: base decisions on the body.
    The headers may be ``str`` or bytes; a value of another type is invalid (signature) or unusable
    (event type). A ``body`` that is not bytes (a ``str`` included), a ``key`` that is neither ``str``
    nor bytes or a ``vendor`` that is not a ``str`` raise WebhookTypeError (a bug in the receiver:
    answer 500); an unknown ``vendor`` or an empty key raise ValueError.
    """
    models = _vendor_models(vendor)
    verify_signature(body, signature, key)
    return parse_payload(body, _event_model(event_type, models))
