"""Receive vendor webhooks safely: verify the signature over the raw body, then parse into typed models.

from idvkit.webhooks import parse_idenfy_callback

callback = parse_idenfy_callback(
    raw_body,  # the bytes as received, never re-serialised JSON
    signature=headers.get("Idenfy-Signature"),
    event_type=headers.get("Idenfy-Event-Type"),
    key=os.environ["IDENFY_CALLBACK_KEY"],
)

SignatureError (MissingSignatureError, InvalidSignatureError) means answer 401,
MalformedPayloadError means answer 400; WebhookTypeError (an argument of the wrong type, such as a
str body) is a bug in the receiver; see docs/WEBHOOKS.md. ``webhook_headers`` reads which headers of a vendor's
deliveries carry the signature and the event type from its spec (the ``x-signature``/``x-event-type`` marks).

The contract tests of your receiver (``idvkit webhook-contract`` from Python): ``run_webhook_contract``
with ``WebhookContractOptions`` returns a ``WebhookContractResult`` of ``CheckResult``s, or raises
``WebhookContractError`` when it cannot run. They are imported on first use (they need hypothesis).
"""

import typing

from idvkit._lazy import lazy_exports as _lazy_exports
from idvkit.webhooks._delivery import CallbackDelivery, callback_delivery, encode_body
from idvkit.webhooks._errors import (
    InvalidSignatureError,
    MalformedPayloadError,
    MissingSignatureError,
    SignatureError,
    WebhookError,
    WebhookTypeError,
)
from idvkit.webhooks._headers import WebhookHeaders, webhook_headers
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

if typing.TYPE_CHECKING:
    from idvkit.webhooks._contract import (
        CheckResult,
        WebhookContractError,
        WebhookContractOptions,
        WebhookContractResult,
        key_from_environment,
        run_webhook_contract,
    )

__getattr__ = _lazy_exports(
    __name__,
    {
        "idvkit.webhooks._contract": (
            "CheckResult",
            "WebhookContractError",
            "WebhookContractOptions",
            "WebhookContractResult",
            "key_from_environment",
            "run_webhook_contract",
        )
    },
)

__all__ = [
    "EVENT_TYPE_HEADER",
    "IDENFY_EVENT_MODELS",
    "MARKID_EVENT_MODELS",
    "SIGNATURE_HEADER",
    "CallbackDelivery",
    "CheckResult",
    "IdenfyCallback",
    "InvalidSignatureError",
    "MalformedPayloadError",
    "MarkidCallback",
    "MissingSignatureError",
    "SignatureError",
    "WebhookContractError",
    "WebhookContractOptions",
    "WebhookContractResult",
    "WebhookError",
    "WebhookHeaders",
    "WebhookTypeError",
    "callback_delivery",
    "encode_body",
    "key_from_environment",
    "parse_idenfy_callback",
    "parse_liveid_callback",
    "run_webhook_contract",
    "sign",
    "verify_signature",
    "webhook_headers",
]
