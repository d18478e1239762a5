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
"""

from __future__ import annotations

import hashlib
import hmac
import string

from idvkit.webhooks._errors import InvalidSignatureError, MissingSignatureError

_DIGEST_LENGTH = 2 * hashlib.sha256().digest_size
_LOWER_HEX = frozenset(string.digits + "abcdef")
_OPTIONAL_WHITESPACE = " \t"


def _key_bytes(key: str | bytes) -> bytes:
    key_bytes = key.encode("utf-8") if isinstance(key, str) else key
    if not key_bytes:
        # An unset environment variable must not turn into a key everyone knows.
        raise ValueError("the webhook signing key is empty")
    return key_bytes


def sign(body: bytes, key: str | bytes) -> str:
    """The ``Idenfy-Signature`` value of ``body``: the lower-case hex HMAC-SHA256 under ``key``.

    A ``str`` key is used as its UTF-8 bytes. Raises ValueError for an empty key.
    """
    return hmac.new(_key_bytes(key), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, signature: str | None, key: str | bytes) -> None:
    """Check the ``Idenfy-Signature`` header value ``signature`` against the raw ``body``.

    ``body`` must be the bytes exactly as received, never a re-serialisation of the parsed JSON.
    Returns None when the signature is genuine; raises MissingSignatureError when it is absent or
    empty, InvalidSignatureError when it does not match (compared in constant time), ValueError
    when ``key`` is empty.
    """
    expected = sign(body, key).encode("ascii")
    provided = (signature or "").strip(_OPTIONAL_WHITESPACE)
    if not provided:
        raise MissingSignatureError()
    # compare_digest refuses non-ASCII str; on bytes any header value is simply unequal.
    matches = hmac.compare_digest(expected, provided.encode("utf-8", "backslashreplace"))
    if matches:
        return
    if len(provided) != _DIGEST_LENGTH:
        raise InvalidSignatureError("not 64 characters")
    if not _LOWER_HEX.issuperset(provided):
        raise InvalidSignatureError("not lower-case hex")
    raise InvalidSignatureError("does not match the body")
