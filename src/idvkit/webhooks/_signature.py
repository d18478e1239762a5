"""The ``Idenfy-Signature`` scheme: lower-case hex HMAC-SHA256 of the raw request body.

Decisions (see docs/WEBHOOKS.md):

* Letter case: only the lower-case hex digest is accepted. The vendor sends ``hexdigest()`` and its
  own verification examples compare that string with ``hmac.compare_digest`` /
  ``crypto.timingSafeEqual``, which reject upper-case; a header the vendor's code would refuse is
  refused here too.
* Whitespace: spaces and tabs around the header value are removed before comparing. RFC 9110
  (section 5.5) makes such optional whitespace not part of a field value and every HTTP server strips
  it, so this only makes the result independent of the framework; whitespace inside the value, or any
  other character, makes the signature invalid.
* Types: the header value may be ``str`` or ASCII bytes (frameworks that expose raw headers give bytes);
  any other value, including non-ASCII bytes, is an invalid signature (answer 401), never a crash. The
  body must be the raw bytes (``bytes``, ``bytearray`` or ``memoryview``): a ``str`` body is refused with
  WebhookTypeError, since the MAC covers the bytes as received and a decoded or re-serialised text is
  not them. A key that is neither ``str`` nor bytes is a WebhookTypeError too.
"""

from __future__ import annotations

import hashlib
import hmac
import string

from idvkit.webhooks._errors import InvalidSignatureError, MissingSignatureError, WebhookTypeError

#: What the raw body (and a bytes key or header value) may be given as.
RawBytes = bytes | bytearray | memoryview

_DIGEST_LENGTH = 2 * hashlib.sha256().digest_size
_LOWER_HEX = frozenset(string.digits + "abcdef")
_OPTIONAL_WHITESPACE = " \t"
_BYTES_LIKE = (bytes, bytearray, memoryview)


def raw_body(body: object) -> bytes:
    """``body`` as bytes, when it is the raw bytes of a request; WebhookTypeError otherwise."""
    if isinstance(body, _BYTES_LIKE):
        return bytes(body)
    raise WebhookTypeError("body", "the raw request bytes (bytes, bytearray or memoryview)", body)


def _key_bytes(key: object) -> bytes:
    if isinstance(key, str):
        try:
            key_bytes = key.encode("utf-8")
        except UnicodeEncodeError:
            key_bytes = None  # raised below, outside the except block: the encoder's message quotes the key
        if key_bytes is None:
            raise ValueError("the webhook signing key is not valid text (it holds a lone surrogate)")
    elif isinstance(key, _BYTES_LIKE):
        key_bytes = bytes(key)
    else:
        raise WebhookTypeError("key", "str or bytes", key)
    if not key_bytes:
        # An unset environment variable must not turn into a key everyone knows.
        raise ValueError("the webhook signing key is empty")
    return key_bytes


def sign(body: RawBytes, key: str | RawBytes) -> str:
    """The ``Idenfy-Signature`` value of ``body``: the lower-case hex HMAC-SHA256 under ``key``.

    A ``str`` key is used as its UTF-8 bytes. Raises ValueError for an empty key, WebhookTypeError for a
    body that is not bytes or a key that is neither ``str`` nor bytes.
    """
    return hmac.new(_key_bytes(key), raw_body(body), hashlib.sha256).hexdigest()


def _header_value(signature: object) -> tuple[bytes, str] | None:
    """(bytes to compare, text to describe) of the header value without its optional whitespace; None when
    it is neither ``str`` nor bytes. A ``str`` that is not ASCII becomes bytes that cannot match
    (compare_digest refuses non-ASCII str); bytes are described one character per byte."""
    if isinstance(signature, str):
        text = signature.strip(_OPTIONAL_WHITESPACE)
        return text.encode("utf-8", "backslashreplace"), text
    if isinstance(signature, _BYTES_LIKE):
        value = bytes(signature).strip(_OPTIONAL_WHITESPACE.encode("ascii"))
        return value, value.decode("latin-1")
    return None


def verify_signature(body: RawBytes, signature: str | RawBytes | None, key: str | RawBytes) -> None:
    """Check the ``Idenfy-Signature`` header value ``signature`` against the raw ``body``.

    ``body`` must be the bytes exactly as received, never a re-serialisation of the parsed JSON.
    ``signature`` is the header value as ``str`` or bytes, None when the header is absent.
    Returns None when the signature is genuine; raises MissingSignatureError when it is absent or
    empty, InvalidSignatureError when it does not match (compared in constant time) or is not a str or
    bytes value, ValueError when ``key`` is empty, WebhookTypeError when ``body`` is not bytes (a ``str``
    included) or ``key`` is neither ``str`` nor bytes.
    """
    expected = sign(body, key).encode("ascii")
    if signature is None:
        raise MissingSignatureError()
    header = _header_value(signature)
    if header is None:
        raise InvalidSignatureError("not a str or bytes header value")
    provided, text = header
    if not provided:
        raise MissingSignatureError()
    if hmac.compare_digest(expected, provided):
        return
    if len(text) != _DIGEST_LENGTH:
        raise InvalidSignatureError("not 64 characters")
    if not _LOWER_HEX.issuperset(text):
        raise InvalidSignatureError("not lower-case hex")
    raise InvalidSignatureError("does not match the body")
