"""Enumerate the operations and webhooks of an OpenAPI 3.1 document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from idvkit.specs._bundle import follow_refs
from idvkit.specs._errors import json_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook operation) with its location in the document."""

    path: str
    method: str
    definition: dict[str, Any]
    pointer: str
    webhook: bool = False

    @property
    def operation_id(self) -> str | None:
        value = self.definition.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def iter_operations(document: dict[str, Any], *, webhooks: bool = False) -> Iterator[Operation]:
    """Yield the operations under ``paths`` (or, with ``webhooks=True``, under ``webhooks``)."""
    section = "webhooks" if webhooks else "paths"
    for path, item in (document.get(section) or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield Operation(path, method, item[method], json_pointer([section, path, method]), webhooks)


@dataclass(frozen=True)
class CredentialIssuer:
    """An operation whose answer carries a credential for a security scheme, and where in the answer it is."""

    operation: Operation
    #: The runtime expression locating the credential, e.g. ``$response.body#/token``.
    value: str


def credential_issuer(document: dict[str, Any], scheme: str) -> CredentialIssuer | None:
    """The operation that issues ``scheme``'s credentials: the first whose response links name ``scheme`` in an
    ``x-credential`` mark (specs/README.md, "Links"); None when no link does."""
    for operation in iter_operations(document):
        for response in (operation.definition.get("responses") or {}).values():
            links = follow_refs(document, response).get("links") or {}
            for link in links.values():
                credential = follow_refs(document, link).get("x-credential")
                if (
                    isinstance(credential, dict)
                    and credential.get("scheme") == scheme
                    and isinstance(credential.get("value"), str)
                ):
                    return CredentialIssuer(operation, credential["value"])
    return None
