"""What the proxy (and ``idvkit check-capture``) observed: one exchange, and each violation found in it.

``ObservedExchange`` is the seam for the other reports computed from traffic (the drift snapshot): the
operation it called, the status, the media type, the headers (credential values masked) and the parsed bodies.
Nothing here is written anywhere as is: reports and captures go through ``idvkit.redact``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from idvkit.redact._rules import CREDENTIAL_HEADERS, MASK

Side = Literal["request", "response", "callback"]
Headers = tuple[tuple[str, str], ...]

#: The operation label of a request whose path and method the spec does not document.
UNDOCUMENTED_OPERATION = "(undocumented operation)"


@dataclass(frozen=True)
class RawExchange:
    """One request and its answer as bytes, as the proxy forwarded them or a HAR file holds them.

    A body is None when it was not kept (larger than the validation limit, or not captured): it is then
    not validated. Header names are lower case.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    request_headers: Headers
    request_body: bytes | None
    status: int | None = None
    response_headers: Headers = ()
    response_body: bytes | None = None

    def request_header(self, name: str) -> str | None:
        return next((value for key, value in self.request_headers if key == name), None)

    def response_header(self, name: str) -> str | None:
        return next((value for key, value in self.response_headers if key == name), None)


@dataclass(frozen=True)
class Violation:
    """One way an exchange breaks the spec: where (a JSON pointer into the message, "" for all of it) and what
    rule (``kind``), never the value. ``code`` and ``title`` are those of the contract run's check that finds the
    same thing (schemathesis's ST codes, idvkit's check names)."""

    side: Side
    operation: str
    code: str
    title: str
    pointer: str
    kind: str
    status: int | None = None
    #: for schema violations: where the violated schema sits in the spec (see idvkit.contract._assumptions)
    schema_pointer: str | None = None
    #: for an accepted invalid request: the request element that was wrong (``{"property": name}``, ...)
    negated: Mapping[str, str] | None = None

    def record(self) -> dict[str, Any]:
        """The failure-log record of ``idvkit.contract._verdicts.findings_from_log``."""
        return {
            "code": self.code,
            "title": self.title,
            "operation": self.operation,
            "status": self.status,
            "schema_pointer": self.schema_pointer,
            "negated": dict(self.negated) if self.negated is not None else None,
        }

    def line(self) -> str:
        """One line of the live report: operation, side, pointer, kind, check; no value."""
        where = f" {self.status}" if self.status is not None and self.side == "response" else ""
        return (
            f"{self.operation} {self.side}{where}: {self.pointer or '(whole)'} {self.kind} ({self.code} {self.title})"
        )


def masked_headers(headers: Headers) -> Headers:
    """``headers`` with the values of credential headers (Authorization, apikey, Idenfy-Signature, ...) masked."""
    return tuple((name, MASK if name.lower() in CREDENTIAL_HEADERS else value) for name, value in headers)


@dataclass(frozen=True)
class ObservedExchange:
    """An exchange as the reports computed from traffic see it (the drift snapshot's input)."""

    operation: str
    status: int | None
    media_type: str | None
    request_headers: Headers
    response_headers: Headers
    request_body: Any = None
    response_body: Any = None
    #: whether the response body was validated (False: too large, not kept, or not parseable)
    validated: bool = False
    violations: tuple[Violation, ...] = field(default_factory=tuple)
