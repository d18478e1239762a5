"""Why a webhook delivery was refused.

No exception here carries or renders the signing key, the body, the signature or any value taken
from the payload: they end up in logs and error trackers, and the payload is personal data. A
malformed payload is described by field paths and pydantic error types only, and no exception is
chained to the JSON or pydantic error that revealed the problem (those include the input).
"""

from __future__ import annotations


class WebhookError(Exception):
    """A webhook delivery that must not be trusted or cannot be used."""


class WebhookTypeError(WebhookError, TypeError):
    """An argument of the wrong type: a bug in the receiver, not something a delivery can cause (answer 500).

    Raised for a body that is not the raw bytes (a ``str`` body is refused: the signature covers the bytes
    as received, not a decoding of them), a key that is neither ``str`` nor bytes, a vendor that is not a
    ``str``. The message names the argument and the type it got, never the value.
    """

    def __init__(self, argument: str, expected: str, value: object) -> None:
        self.argument = argument
        super().__init__(f"{argument} must be {expected}, not {type(value).__name__}")


class SignatureError(WebhookError):
    """The delivery is not proven to come from the vendor: answer 401 and do not look at the body."""


class MissingSignatureError(SignatureError):
    """The signature header is absent or empty."""

    def __init__(self) -> None:
        super().__init__("the Idenfy-Signature header is missing or empty")


class InvalidSignatureError(SignatureError):
    """The signature header does not match the HMAC-SHA256 of the raw body under the key.

    ``reason`` says what is wrong without revealing either digest: ``"not 64 characters"``,
    ``"not lower-case hex"``, ``"does not match the body"`` or ``"not a str or bytes header value"``.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"the Idenfy-Signature header is invalid: {reason}")


class MalformedPayloadError(WebhookError):
    """A genuine (or unsigned) delivery whose event type or body cannot be used: answer 400.

    ``problems`` lists ``(field path, pydantic error type)`` pairs when the body has the wrong shape,
    e.g. ``("status.overall", "enum")``; it is empty for the other cases (not JSON, missing or
    unknown event type), which the message names.
    """

    def __init__(self, message: str, problems: tuple[tuple[str, str], ...] = ()) -> None:
        self.problems = problems
        super().__init__(message)
