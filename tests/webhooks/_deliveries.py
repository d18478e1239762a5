"""Webhook deliveries for the tests: genuine ones (fixture and spec examples) and forgeries of them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import idvkit_specs
import pytest

from idvkit.webhooks import InvalidSignatureError, MissingSignatureError, SignatureError, sign

KEY = "callback-key-K7q2"
OTHER_KEY = "callback-key-Z9w4"
SEED_EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "seed_examples"
# The verification-result example of the vendor docs, as a pretty-printed file with raw UTF-8 ("ŠILUVA").
VERIFICATION_RESULT = (SEED_EXAMPLES / "idenfy" / "ref_webhook_verification_result.json").read_bytes()
VERIFICATION_EVENT = "IDENTIFICATION_AUTO_FINISHED"
# Values of VERIFICATION_RESULT that no error message may show.
PERSONAL_VALUES = (
    "FIRST-NAME-EXAMPLE",
    "LAST-NAME-EXAMPLE",
    "FULL-NAME-EXAMPLE",
    "ŠILUVA",
    "Kaunas",
    "192.0.2.0",
    "scan-ref",
    "external-ref",
    "ssn number",
)


@dataclass(frozen=True)
class Delivery:
    """What a receiver gets: the raw body and the two headers (None: header absent)."""

    body: bytes
    signature: str | None
    event_type: str | None = VERIFICATION_EVENT

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.signature is not None:
            headers["Idenfy-Signature"] = self.signature
        if self.event_type is not None:
            headers["Idenfy-Event-Type"] = self.event_type
        return headers


def genuine(body: bytes = VERIFICATION_RESULT, event_type: str | None = VERIFICATION_EVENT) -> Delivery:
    return Delivery(body, sign(body, KEY), event_type)


@dataclass(frozen=True)
class SpecWebhook:
    """One webhook of a bundled spec: its event types, its body schema's name and its first example."""

    name: str
    event_types: tuple[str, ...]
    schema_name: str
    example: bytes


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def spec_webhooks(vendor: str) -> list[SpecWebhook]:
    document = idvkit_specs.load(vendor)
    webhooks = []
    for name, webhook in document["webhooks"].items():
        operation = webhook["post"]
        parameters = [_resolve(document, parameter) for parameter in operation["parameters"]]
        (event_header,) = [parameter for parameter in parameters if parameter["name"] == "Idenfy-Event-Type"]
        media = operation["requestBody"]["content"]["application/json"]
        example = next(iter(media["examples"].values()))["value"]
        webhooks.append(
            SpecWebhook(
                name=name,
                event_types=tuple(_resolve(document, event_header["schema"])["enum"]),
                schema_name=media["schema"]["$ref"].rsplit("/", 1)[1],
                example=json.dumps(example, indent=2, ensure_ascii=False).encode(),
            )
        )
    return webhooks


def spec_deliveries(vendor: str) -> list[Any]:
    """A genuine delivery of every event type of ``vendor``'s spec, as pytest params (id: event type)."""
    return [
        pytest.param(genuine(webhook.example, event_type), webhook.schema_name, id=f"{vendor}-{event_type}")
        for webhook in spec_webhooks(vendor)
        for event_type in webhook.event_types
    ]


def _flip_middle_byte(body: bytes) -> bytes:
    middle = len(body) // 2
    return body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1 :]


def _upper_case_one_letter(signature: str) -> str:
    index = next(i for i, char in enumerate(signature) if char.isalpha())
    return signature[:index] + signature[index].upper() + signature[index + 1 :]


_SIGNATURE = sign(VERIFICATION_RESULT, KEY)
_OTHER_BODY = spec_webhooks("idenfy")[1].example
_RESERIALISED = json.dumps(json.loads(VERIFICATION_RESULT)).encode()


def _forgery(name: str, body: bytes, signature: str | None, error: type[SignatureError] = InvalidSignatureError) -> Any:
    return pytest.param(Delivery(body, signature), error, id=name)


_BODY = VERIFICATION_RESULT

# Every forgery of the genuine VERIFICATION_RESULT delivery, with the error it must raise.
FORGERIES: list[Any] = [
    _forgery("flipped-byte", _flip_middle_byte(_BODY), _SIGNATURE),
    _forgery("wrong-key", _BODY, sign(_BODY, OTHER_KEY)),
    _forgery("missing-header", _BODY, None, MissingSignatureError),
    _forgery("empty-header", _BODY, "", MissingSignatureError),
    _forgery("blank-header", _BODY, "   ", MissingSignatureError),
    # The fixture ends with a newline: without it the body is still valid JSON, but not what was signed.
    _forgery("truncated-body-by-one-byte", _BODY[:-1], _SIGNATURE),
    _forgery("truncated-body", _BODY[:100], _SIGNATURE),
    _forgery("empty-body", b"", _SIGNATURE),
    _forgery("signature-of-another-body", _BODY, sign(_OTHER_BODY, KEY)),
    _forgery("another-body-with-this-signature", _OTHER_BODY, _SIGNATURE),
    _forgery("signature-of-reserialised-json", _BODY, sign(_RESERIALISED, KEY)),
    # Decision: only the lower-case hex digest is genuine (it is what iDenfy sends and its examples compare).
    _forgery("upper-case-hex", _BODY, _SIGNATURE.upper()),
    _forgery("mixed-case-hex", _BODY, _upper_case_one_letter(_SIGNATURE)),
    _forgery("truncated-signature", _BODY, _SIGNATURE[:-1]),
    _forgery("prefixed-signature", _BODY, "sha256=" + _SIGNATURE),
    _forgery("space-inside-signature", _BODY, _SIGNATURE[:32] + " " + _SIGNATURE[32:]),
    _forgery("all-zero-signature", _BODY, "0" * 64),
]

# Decision: spaces and tabs around the header value are not part of it (RFC 9110 §5.5), so these are genuine.
PADDED_SIGNATURES: list[Any] = [
    pytest.param(" " + _SIGNATURE, id="leading-space"),
    pytest.param(_SIGNATURE + " ", id="trailing-space"),
    pytest.param("\t " + _SIGNATURE + " \t", id="spaces-and-tabs"),
]

# Genuine bodies whose bytes differ from what json.dumps makes of their parsed JSON; the re-serialisation
# is the classic mistake of verifying the parsed body instead of the raw one.
_DOCUMENT = json.loads(VERIFICATION_RESULT)
REFORMATTED: list[Any] = [
    pytest.param(VERIFICATION_RESULT, json.dumps, id="whitespace"),
    pytest.param(json.dumps(_DOCUMENT, ensure_ascii=False).encode(), json.dumps, id="raw-unicode-vs-escapes"),
    pytest.param(json.dumps(_DOCUMENT).encode(), lambda document: json.dumps(document, sort_keys=True), id="key-order"),
]
Reserialise = Callable[[Any], str]
