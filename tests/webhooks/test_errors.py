"""Webhook errors never carry the key, the signature or payload values: not in str, repr, args or traceback."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable

import pytest

from idvkit.webhooks import (
    InvalidSignatureError,
    MalformedPayloadError,
    MissingSignatureError,
    SignatureError,
    WebhookError,
    parse_idenfy_callback,
    parse_liveid_callback,
    sign,
)
from tests.webhooks._deliveries import KEY, OTHER_KEY, PERSONAL_VALUES, VERIFICATION_RESULT, Delivery, genuine

DISTINCTIVE = ("Distinctive-Name-Q8", "Distinctive-Place-W3", "Distinctive-Country-X5", "Distinctive-Call-Z1")
DOCUMENT = json.loads(VERIFICATION_RESULT)
WRONG_SHAPE = json.dumps(
    DOCUMENT
    | {"platform": [DISTINCTIVE[0]], "clientIpCountry": DISTINCTIVE[2], "startTime": DISTINCTIVE[1]}
    | {"data": DOCUMENT["data"] | {"docFirstName": 987654321, "docDob": DISTINCTIVE[0]}},
    ensure_ascii=False,
).encode()
NOT_JSON = f'{{"docFirstName": "{DISTINCTIVE[0]}", "clientLocation": "{DISTINCTIVE[1]}",'.encode()
LIVEID_WRONG_SHAPE = json.dumps(
    {"event": "close", "callID": DISTINCTIVE[3], "message": {"closeStatus": [DISTINCTIVE[1]]}}
)


def parse(delivery: Delivery) -> object:
    return parse_idenfy_callback(delivery.body, signature=delivery.signature, event_type=delivery.event_type, key=KEY)


SCENARIOS: list[tuple[str, Callable[[], object], type[WebhookError]]] = [
    ("missing-signature", lambda: parse(Delivery(VERIFICATION_RESULT, None)), MissingSignatureError),
    (
        "wrong-key",
        lambda: parse(Delivery(VERIFICATION_RESULT, sign(VERIFICATION_RESULT, OTHER_KEY))),
        InvalidSignatureError,
    ),
    (
        "upper-case",
        lambda: parse(Delivery(VERIFICATION_RESULT, sign(VERIFICATION_RESULT, KEY).upper())),
        InvalidSignatureError,
    ),
    ("not-json", lambda: parse(genuine(NOT_JSON)), MalformedPayloadError),
    ("wrong-shape", lambda: parse(genuine(WRONG_SHAPE)), MalformedPayloadError),
    ("wrong-body-for-event", lambda: parse(genuine(event_type="DOCUMENT_EXPIRATION")), MalformedPayloadError),
    ("unknown-event-type", lambda: parse(genuine(event_type="NO_SUCH_EVENT")), MalformedPayloadError),
    ("missing-event-type", lambda: parse(genuine(event_type=None)), MalformedPayloadError),
    ("liveid-not-json", lambda: parse_liveid_callback(NOT_JSON), MalformedPayloadError),
    ("liveid-wrong-shape", lambda: parse_liveid_callback(LIVEID_WRONG_SHAPE.encode()), MalformedPayloadError),
]

SECRETS = (
    KEY,
    OTHER_KEY,
    sign(VERIFICATION_RESULT, KEY),
    sign(VERIFICATION_RESULT, KEY).upper(),
    sign(VERIFICATION_RESULT, OTHER_KEY),
    sign(WRONG_SHAPE, KEY),
    sign(NOT_JSON, KEY),
    *PERSONAL_VALUES,
    *DISTINCTIVE,
    "987654321",
)


def renderings(error: BaseException) -> list[str]:
    """Every way an exception reaches a log or an error tracker."""
    return [
        str(error),
        repr(error),
        *(repr(arg) for arg in error.args),
        *(repr(value) for value in vars(error).values()),
        "".join(traceback.format_exception(error)),
    ]


@pytest.mark.parametrize(
    ("cause", "error"), [(cause, error) for _, cause, error in SCENARIOS], ids=[s[0] for s in SCENARIOS]
)
def test_no_error_shows_the_key_the_signature_or_payload_values(
    cause: Callable[[], object], error: type[WebhookError]
) -> None:
    with pytest.raises(error) as raised:
        cause()
    assert str(raised.value)
    for text in renderings(raised.value):
        for secret in SECRETS:
            assert secret not in text
    # Not chained to the JSON or pydantic error, which would quote the input in a logged traceback.
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None


def test_the_wrong_shape_is_still_described_by_field_paths_and_error_types() -> None:
    with pytest.raises(MalformedPayloadError) as raised:
        parse(genuine(WRONG_SHAPE))
    assert {
        ("platform", "string_type"),
        ("clientIpCountry", "string_too_long"),
        ("startTime", "int_parsing"),
        ("data.docFirstName", "string_type"),
    } <= set(raised.value.problems)


def test_the_errors_form_one_hierarchy() -> None:
    assert issubclass(MissingSignatureError, SignatureError)
    assert issubclass(InvalidSignatureError, SignatureError)
    assert issubclass(SignatureError, WebhookError)
    assert issubclass(MalformedPayloadError, WebhookError)
    assert not issubclass(MalformedPayloadError, SignatureError)
