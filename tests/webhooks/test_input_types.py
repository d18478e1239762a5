"""Arguments of the wrong type raise idvkit's own WebhookError subclasses, never a bare TypeError/AttributeError.

A receiver written like the README (``except SignatureError: 401``, ``except MalformedPayloadError: 400``)
must answer a header of an odd type with 401/400, not crash with a 500; the receiver's own mistakes (a
``str`` body, a key or vendor of the wrong type) raise WebhookTypeError, which says which argument is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.webhooks import (
    InvalidSignatureError,
    MalformedPayloadError,
    MissingSignatureError,
    SignatureError,
    WebhookError,
    WebhookTypeError,
    parse_idenfy_callback,
    parse_liveid_callback,
    sign,
    verify_signature,
)
from tests.webhooks._deliveries import KEY, SEED_EXAMPLES, VERIFICATION_EVENT, VERIFICATION_RESULT

SIGNATURE = sign(VERIFICATION_RESULT, KEY)
LIVEID_CLOSE = (SEED_EXAMPLES / "liveid" / "reference_callclosing_webhook.json").read_bytes()
BYTES_LIKE = (bytes, bytearray, memoryview)
#: The ValueErrors the functions document (a wrong value, not a wrong type).
DOCUMENTED_VALUE_ERRORS = ("key is empty", "key is not valid text", "vendor must be")

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.decimals(),
    st.text(),
    st.binary(),
    st.binary().map(bytearray),
    st.binary().map(lambda data: memoryview(data)),
    st.sampled_from([object(), Ellipsis, NotImplemented, type, len, Decimal, KeyError("x"), range(3)]),
)
#: Any Python value, nested: what a receiver might pass by mistake.
anything = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=5), inner, max_size=3),
        st.frozensets(st.integers(), max_size=3),
    ),
    max_leaves=6,
)
not_bytes = anything.filter(lambda value: not isinstance(value, BYTES_LIKE))
not_text = anything.filter(lambda value: value is not None and not isinstance(value, (str, *BYTES_LIKE)))
not_key = anything.filter(lambda value: not isinstance(value, (str, *BYTES_LIKE)))


def _raises_only_webhook_errors(call: Callable[[], object]) -> BaseException | None:
    """Run ``call``; the exception it raised (None if none), after checking it is one the package documents."""
    raised: BaseException | None = None
    try:
        call()
    except (WebhookError, ValueError) as error:
        raised = error
    if raised is not None and not isinstance(raised, WebhookError):
        assert any(text in str(raised) for text in DOCUMENTED_VALUE_ERRORS), repr(raised)
    return raised


# ------------------------------------------------------------------------------------------ verify_signature
@given(body=not_bytes)
def test_a_body_that_is_not_bytes_is_a_webhook_type_error(body: Any) -> None:
    with pytest.raises(WebhookTypeError, match=r"^body must be the raw request bytes") as raised:
        verify_signature(body, SIGNATURE, KEY)
    assert isinstance(raised.value, TypeError)  # also what a caller catching TypeError expects


def test_a_str_body_is_refused_even_when_its_utf8_bytes_verify() -> None:
    # Decision: the MAC covers the bytes as received; a str is a decoding (or re-serialisation) of them.
    text = VERIFICATION_RESULT.decode()
    with pytest.raises(WebhookTypeError, match=r"not str$") as raised:
        verify_signature(text, SIGNATURE, KEY)  # type: ignore[arg-type]
    assert "ILUVA" not in str(raised.value)  # the message names the type, never the value


@pytest.mark.parametrize("body", [bytearray(VERIFICATION_RESULT), memoryview(VERIFICATION_RESULT)])
def test_bytearray_and_memoryview_bodies_are_the_raw_bytes(body: bytearray | memoryview) -> None:
    verify_signature(body, SIGNATURE, KEY)


@pytest.mark.parametrize("signature", [SIGNATURE.encode(), bytearray(SIGNATURE.encode()), f" {SIGNATURE}\t".encode()])
def test_an_ascii_bytes_signature_is_the_header_value(signature: bytes) -> None:
    # Decision: frameworks that expose raw headers give bytes; ASCII bytes are the same header value.
    verify_signature(VERIFICATION_RESULT, signature, KEY)


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (SIGNATURE.upper().encode(), "not lower-case hex"),
        (SIGNATURE.encode()[:-1], "not 64 characters"),
        (b"\xff" * 64, "not lower-case hex"),
        (sign(b"other", KEY).encode(), "does not match the body"),
    ],
)
def test_a_wrong_bytes_signature_is_invalid_with_its_reason(signature: bytes, reason: str) -> None:
    with pytest.raises(InvalidSignatureError) as raised:
        verify_signature(VERIFICATION_RESULT, signature, KEY)
    assert raised.value.reason == reason


@pytest.mark.parametrize("signature", [b"", b" \t", bytearray()])
def test_an_empty_bytes_signature_is_missing(signature: bytes) -> None:
    with pytest.raises(MissingSignatureError):
        verify_signature(VERIFICATION_RESULT, signature, KEY)


@given(signature=not_text)
def test_a_signature_that_is_not_str_or_bytes_is_invalid_not_a_crash(signature: Any) -> None:
    with pytest.raises(InvalidSignatureError) as raised:
        verify_signature(VERIFICATION_RESULT, signature, KEY)
    assert raised.value.reason == "not a str or bytes header value"


@given(signature=st.one_of(st.text(), st.binary()))
def test_any_str_or_bytes_signature_but_the_genuine_one_is_a_signature_error(signature: str | bytes) -> None:
    genuine = signature in (SIGNATURE, SIGNATURE.encode())
    try:
        verify_signature(VERIFICATION_RESULT, signature, KEY)
    except SignatureError:
        assert not genuine
    else:
        assert genuine


@given(key=not_key)
def test_a_key_that_is_not_str_or_bytes_is_a_webhook_type_error(key: Any) -> None:
    with pytest.raises(WebhookTypeError, match=r"^key must be str or bytes"):
        verify_signature(VERIFICATION_RESULT, SIGNATURE, key)
    with pytest.raises(WebhookTypeError, match=r"^key must be str or bytes"):
        sign(VERIFICATION_RESULT, key)


def test_a_bytes_like_key_is_its_bytes() -> None:
    assert sign(VERIFICATION_RESULT, bytearray(KEY.encode())) == SIGNATURE
    verify_signature(VERIFICATION_RESULT, SIGNATURE, memoryview(KEY.encode()))


def test_a_key_with_a_lone_surrogate_is_a_value_error_that_does_not_quote_it() -> None:
    with pytest.raises(ValueError, match="key is not valid text") as raised:
        sign(VERIFICATION_RESULT, "key-\udcff-Q3")
    assert "Q3" not in str(raised.value)
    assert raised.value.__context__ is None


@given(body=anything, signature=anything, key=anything)
def test_verify_signature_raises_only_its_own_errors(body: Any, signature: Any, key: Any) -> None:
    _raises_only_webhook_errors(lambda: verify_signature(body, signature, key))


# ------------------------------------------------------------------------------------------ parse_*_callback
def _parse(**changes: Any) -> object:
    arguments: dict[str, Any] = {"signature": SIGNATURE, "event_type": VERIFICATION_EVENT, "key": KEY} | changes
    body = arguments.pop("body", VERIFICATION_RESULT)
    return parse_idenfy_callback(body, **arguments)


def test_the_genuine_delivery_parses_with_bytes_headers() -> None:
    callback = _parse(signature=SIGNATURE.encode(), event_type=VERIFICATION_EVENT.encode())
    assert type(callback).__name__ == "IdentificationWebhook"


@given(body=not_bytes)
def test_parse_idenfy_callback_refuses_a_body_that_is_not_bytes(body: Any) -> None:
    with pytest.raises(WebhookTypeError, match=r"^body must be"):
        _parse(body=body)


@given(signature=not_text)
def test_parse_idenfy_callback_answers_an_odd_signature_with_a_signature_error(signature: Any) -> None:
    with pytest.raises(InvalidSignatureError):
        _parse(signature=signature)


@given(event_type=not_text)
def test_parse_idenfy_callback_answers_an_odd_event_type_with_a_malformed_payload_error(event_type: Any) -> None:
    with pytest.raises(MalformedPayloadError, match="Idenfy-Event-Type header is not a str or bytes value"):
        _parse(event_type=event_type)


@given(key=not_key)
def test_parse_idenfy_callback_refuses_a_key_of_the_wrong_type(key: Any) -> None:
    with pytest.raises(WebhookTypeError, match=r"^key must be"):
        _parse(key=key)


@given(vendor=anything.filter(lambda value: not isinstance(value, str)))
def test_parse_idenfy_callback_refuses_a_vendor_of_the_wrong_type(vendor: Any) -> None:
    with pytest.raises(WebhookTypeError, match=r"^vendor must be"):
        _parse(vendor=vendor)


@given(body=anything, signature=anything, event_type=anything, key=anything, vendor=anything)
def test_parse_idenfy_callback_raises_only_its_own_errors(
    body: Any, signature: Any, event_type: Any, key: Any, vendor: Any
) -> None:
    _raises_only_webhook_errors(
        lambda: parse_idenfy_callback(body, signature=signature, event_type=event_type, key=key, vendor=vendor)
    )


@given(body=anything)
def test_parse_liveid_callback_raises_only_its_own_errors(body: Any) -> None:
    error = _raises_only_webhook_errors(lambda: parse_liveid_callback(body))
    if not isinstance(body, (str, *BYTES_LIKE)):
        assert isinstance(error, WebhookTypeError)
    else:
        assert error is None or isinstance(error, MalformedPayloadError)


@pytest.mark.parametrize("body", [LIVEID_CLOSE.decode(), bytearray(LIVEID_CLOSE), memoryview(LIVEID_CLOSE)])
def test_parse_liveid_callback_accepts_the_text_and_bytes_like_bodies(body: str | bytearray | memoryview) -> None:
    # Decision: no signature covers a LiveID+ callback, so its text is as good as its bytes.
    assert parse_liveid_callback(body).call_id == json.loads(LIVEID_CLOSE)["callID"]


# ------------------------------------------------------------------------------------------ README receiver
def readme_receiver(body: Any, signature: Any, event_type: Any) -> int:
    """The status a receiver written like the README answers."""
    try:
        parse_idenfy_callback(body, signature=signature, event_type=event_type, key=KEY)
    except SignatureError:
        return 401
    except MalformedPayloadError:
        return 400
    return 200


@pytest.mark.parametrize(
    ("signature", "event_type", "status"),
    [
        (SIGNATURE.encode(), VERIFICATION_EVENT, 200),
        (SIGNATURE, VERIFICATION_EVENT.encode(), 200),
        (b"0" * 64, VERIFICATION_EVENT, 401),
        (42, VERIFICATION_EVENT, 401),
        ([SIGNATURE], VERIFICATION_EVENT, 401),
        (SIGNATURE, 7, 400),
    ],
)
def test_a_readme_receiver_answers_odd_header_types_with_401_or_400(
    signature: Any, event_type: Any, status: int
) -> None:
    assert readme_receiver(VERIFICATION_RESULT, signature, event_type) == status


@pytest.mark.parametrize(
    "error",
    [
        lambda: verify_signature("body", SIGNATURE, KEY),  # type: ignore[arg-type]
        lambda: verify_signature(VERIFICATION_RESULT, SIGNATURE, 1234),  # type: ignore[arg-type]
        lambda: _parse(vendor=None),
    ],
)
def test_type_errors_are_not_chained_and_show_no_value(error: Callable[[], object]) -> None:
    with pytest.raises(WebhookTypeError) as raised:
        error()
    assert raised.value.__context__ is None
    assert "1234" not in str(raised.value)
    assert "'body'" not in str(raised.value)


def test_the_type_error_is_a_webhook_error_and_a_type_error_but_no_delivery_error() -> None:
    assert issubclass(WebhookTypeError, WebhookError)
    assert issubclass(WebhookTypeError, TypeError)
    assert not issubclass(WebhookTypeError, SignatureError | MalformedPayloadError)
