"""What an undocumented answer said, with its secrets and personal data masked.

The factories turn ``raise_on_unexpected_status`` on: a status the spec does not document raises the generated
package's ``errors.UnexpectedStatus`` (status code and raw body as ``status_code`` and ``content``) instead of
answering ``None``. Its message, ``str()`` and ``repr()`` show only the status and the body's size (the generator
template ``scripts/opc_templates/errors.py.jinja``), because the error often ends up in a log.

The redacted body is offered here, as a function, rather than by a subclass of ``UnexpectedStatus`` that idvkit
would raise: the generated parser raises the error itself, after the transport has returned, so no seam of
idvkit's (auth, transport) stands between the raise and the caller; and generated code never imports idvkit.
A function works for the errors of all three generated packages (and of a registered fourth vendor's) alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from idvkit.redact import Redactor


class UnexpectedStatusLike(Protocol):
    """What every generated package's ``errors.UnexpectedStatus`` carries."""

    status_code: int
    content: bytes


def redacted_body(error: UnexpectedStatusLike, *, secrets: Iterable[str | None] = (), limit: int = 2000) -> str:
    """The body of an undocumented answer as text, with JWTs, credential headers, personal fields and ``secrets``
    (e.g. the API key and secret the client was made with) masked; cut to ``limit`` characters after masking."""
    text = error.content.decode("utf-8", errors="replace")
    masked = str(Redactor(secrets).data(text))  # a JSON body is parsed, masked field by field, written back
    return masked if len(masked) <= limit else masked[:limit] + f"... ({len(masked) - limit} more characters)"


def describe_unexpected(error: UnexpectedStatusLike, *, secrets: Iterable[str | None] = ()) -> str:
    """One line for a log: the status and the redacted body."""
    return f"HTTP {error.status_code} (undocumented): {redacted_body(error, secrets=secrets)}"
