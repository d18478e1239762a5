"""Receive vendor webhooks safely: verify the signature over the raw body, then parse into typed models.

from idvkit.webhooks import parse_idenfy_callback

callback = parse_idenfy_callback(
    raw_body,  # the bytes as received, never re-serialised JSON
    signature=headers.get("Idenfy-Signature"),
    event_type=headers.get("Idenfy-Event-Type"),
    key=os.environ["IDENFY_CALLBACK_KEY"],
)

SignatureError (MissingSignatureError, InvalidSignatureError) means answer 401,
MalformedPayloadError means answer 400; see docs/WEBHOOKS.md.
"""

from idvkit.webhooks._delivery import CallbackDelivery, callback_delivery
from idvkit.webhooks._errors import (
    InvalidSignatureError,
    MalformedPayloadError,
    MissingSignatureError,
    SignatureError,
    WebhookError,
)
from idvkit.webhooks._idenfy import (
    EVENT_TYPE_HEADER,
    IDENFY_EVENT_MODELS,
    MARKID_EVENT_MODELS,
    SIGNATURE_HEADER,
    IdenfyCallback,
    MarkidCallback,
    parse_idenfy_callback,
)
from idvkit.webhooks._liveid import parse_liveid_callback
from idvkit.webhooks._signature import sign, verify_signature

__all__ = [
    "EVENT_TYPE_HEADER",
    "IDENFY_EVENT_MODELS",
    "MARKID_EVENT_MODELS",
    "SIGNATURE_HEADER",
    "CallbackDelivery",
    "IdenfyCallback",
    "InvalidSignatureError",
    "MalformedPayloadError",
    "MarkidCallback",
    "MissingSignatureError",
    "SignatureError",
    "WebhookError",
    "callback_delivery",
    "parse_idenfy_callback",
    "parse_liveid_callback",
    "sign",
    "verify_signature",
]
