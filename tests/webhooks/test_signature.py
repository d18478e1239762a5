"""sign / verify_signature: the lower-case hex HMAC-SHA256 of the raw body, and every forgery refused."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.webhooks import InvalidSignatureError, SignatureError, WebhookTypeError, sign, verify_signature
from tests.webhooks._deliveries import (
    FORGERIES,
    KEY,
    PADDED_SIGNATURES,
    REFORMATTED,
    VERIFICATION_RESULT,
    Delivery,
    Reserialise,
    genuine,
)

keys = st.one_of(st.binary(min_size=1), st.text(min_size=1))


@pytest.mark.parametrize(
    ("key", "body", "digest"),
    [
        # RFC 4231 test cases 1 and 2 (HMAC-SHA-256).
        (b"\x0b" * 20, b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    ],
)
def test_sign_is_the_lower_case_hex_hmac_sha256(key: str | bytes, body: bytes, digest: str) -> None:
    assert sign(body, key) == digest


def test_a_str_key_is_its_utf8_bytes() -> None:
    assert sign(VERIFICATION_RESULT, "schlüssel") == sign(VERIFICATION_RESULT, "schlüssel".encode())


@pytest.mark.parametrize("key", ["", b""])
def test_an_empty_key_is_refused_rather_than_used(key: str | bytes) -> None:
    with pytest.raises(ValueError, match="key is empty"):
        sign(VERIFICATION_RESULT, key)
    with pytest.raises(ValueError, match="key is empty"):
        verify_signature(VERIFICATION_RESULT, sign(VERIFICATION_RESULT, b"\x00"), key)


def test_the_genuine_delivery_verifies() -> None:
    delivery = genuine()
    verify_signature(delivery.body, delivery.signature, KEY)


@pytest.mark.parametrize(("delivery", "error"), FORGERIES)
def test_every_forgery_is_refused(delivery: Delivery, error: type[SignatureError]) -> None:
    with pytest.raises(error) as raised:
        verify_signature(delivery.body, delivery.signature, KEY)
    assert type(raised.value) is error


def test_upper_case_hex_of_the_genuine_digest_is_refused_as_not_lower_case() -> None:
    # Decision: iDenfy sends hexdigest() (lower case) and its own examples compare the strings exactly,
    # so an upper-case header is not something iDenfy sends; it is refused, with a reason that says why.
    signature = sign(VERIFICATION_RESULT, KEY)
    assert re.fullmatch("[0-9a-f]{64}", signature)
    with pytest.raises(InvalidSignatureError) as raised:
        verify_signature(VERIFICATION_RESULT, signature.upper(), KEY)
    assert raised.value.reason == "not lower-case hex"


@pytest.mark.parametrize("signature", PADDED_SIGNATURES)
def test_spaces_and_tabs_around_the_header_value_are_ignored(signature: str) -> None:
    # Decision: optional whitespace around a field value is not part of it (RFC 9110 §5.5).
    verify_signature(VERIFICATION_RESULT, signature, KEY)


@pytest.mark.parametrize("padding", ["\n", "\r\n", "\x0b", "\u00a0"])
def test_other_whitespace_around_the_header_value_is_not_ignored(padding: str) -> None:
    with pytest.raises(InvalidSignatureError):
        verify_signature(VERIFICATION_RESULT, sign(VERIFICATION_RESULT, KEY) + padding, KEY)


@pytest.mark.parametrize("signature", ["é" * 64, "\udcff" * 64, "Ω"])
def test_a_non_ascii_header_is_an_invalid_signature_not_a_crash(signature: str) -> None:
    with pytest.raises(InvalidSignatureError):
        verify_signature(VERIFICATION_RESULT, signature, KEY)


@pytest.mark.parametrize(("body", "reserialise"), REFORMATTED)
def test_verifying_the_reserialised_json_fails_where_the_raw_body_verifies(
    body: bytes, reserialise: Reserialise
) -> None:
    signature = sign(body, KEY)
    reserialised = reserialise(json.loads(body)).encode()
    assert reserialised != body
    verify_signature(body, signature, KEY)
    with pytest.raises(InvalidSignatureError):
        verify_signature(reserialised, signature, KEY)  # the classic mistake


@given(body=st.binary(), key=keys)
def test_every_signed_body_verifies(body: bytes, key: str | bytes) -> None:
    signature = sign(body, key)
    assert re.fullmatch("[0-9a-f]{64}", signature)
    verify_signature(body, signature, key)


@given(body=st.binary(min_size=1), key=keys, data=st.data())
def test_any_single_byte_change_is_refused(body: bytes, key: str | bytes, data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(body) - 1), label="index")
    replacement = data.draw(st.integers(min_value=0, max_value=255).filter(lambda byte: byte != body[index]))
    changed = body[:index] + bytes([replacement]) + body[index + 1 :]
    with pytest.raises(InvalidSignatureError):
        verify_signature(changed, sign(body, key), key)


@pytest.mark.parametrize("padding", [b"\n", b"\r\n", b"\x0b", b"\x0c"])
def test_other_whitespace_around_a_bytes_header_value_is_not_ignored(padding: bytes) -> None:
    """Raw-header frameworks give bytes: only spaces and tabs around them are optional whitespace there too."""
    genuine_bytes = sign(VERIFICATION_RESULT, KEY).encode("ascii")
    verify_signature(VERIFICATION_RESULT, b" \t" + genuine_bytes + b"\t ", KEY)
    for value in (genuine_bytes + padding, padding + genuine_bytes):
        with pytest.raises(InvalidSignatureError):
            verify_signature(VERIFICATION_RESULT, value, KEY)


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (12345, "not a str or bytes header value"),
        ("abc", "not 64 characters"),
        ("G" * 64, "not lower-case hex"),
        ("0" * 64, "does not match the body"),
    ],
)
def test_an_invalid_signature_says_what_is_wrong_and_never_the_digest(signature: object, reason: str) -> None:
    with pytest.raises(InvalidSignatureError) as raised:
        verify_signature(VERIFICATION_RESULT, signature, KEY)  # type: ignore[arg-type]
    assert raised.value.reason == reason
    assert str(raised.value) == f"the Idenfy-Signature header is invalid: {reason}"
    assert sign(VERIFICATION_RESULT, KEY) not in str(raised.value)


@pytest.mark.parametrize(
    ("body", "key", "message"),
    [
        ("{}", KEY, "body must be the raw request bytes (bytes, bytearray or memoryview), not str"),
        (VERIFICATION_RESULT, 42, "key must be str or bytes, not int"),
    ],
)
def test_a_wrong_argument_type_names_the_argument_and_its_type(body: object, key: object, message: str) -> None:
    for call in (lambda: sign(body, key), lambda: verify_signature(body, "0" * 64, key)):  # type: ignore[arg-type]
        with pytest.raises(WebhookTypeError) as raised:
            call()
        assert str(raised.value) == message
        assert raised.value.argument == message.split()[0]


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("", "the webhook signing key is empty"),
        (b"", "the webhook signing key is empty"),
        ("sec\udcffret", "the webhook signing key is not valid text (it holds a lone surrogate)"),
    ],
)
def test_an_unusable_key_is_named_without_its_value(key: str | bytes, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$") as raised:
        sign(VERIFICATION_RESULT, key)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None  # the encoder's own message (which quotes the key) is not chained
