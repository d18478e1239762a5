"""Checks a spec alone cannot express, written as plain functions (schemathesis wiring is in _hooks)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

#: Environment variables that hold credentials, by what they are.
CREDENTIAL_VARIABLES = {
    "IDENFY_API_KEY": "iDenfy API key",
    "IDENFY_API_SECRET": "iDenfy API secret",
    "MARKID_API_KEY": "markid API key",
    "MARKID_API_SECRET": "markid API secret",
    "LIVEID_APIKEY": "LiveID+ API key",
}
_MIN_SECRET_LENGTH = 6  # shorter values would match by chance


def documented_identifiers(document: Mapping[str, Any]) -> set[str] | None:
    """The error identifiers a spec documents (``components/schemas/ErrorIdentifier``), if it has any."""
    schema = (document.get("components") or {}).get("schemas", {}).get("ErrorIdentifier")
    if not isinstance(schema, Mapping) or not isinstance(schema.get("enum"), list):
        return None
    return {str(value) for value in schema["enum"]}


def undocumented_error_identifier(document: Mapping[str, Any], status: int, body: Any) -> str | None:
    """A message when a 4xx/5xx body carries an ``identifier`` the spec does not document."""
    known = documented_identifiers(document)
    if known is None or status < 400 or not isinstance(body, Mapping):
        return None
    identifier = body.get("identifier")
    if identifier is None or identifier in known:
        return None
    return f"Error identifier {identifier!r} is not one the vendor documents ({', '.join(sorted(known))})"


def credential_echoes(content: bytes, environment: Mapping[str, str]) -> str | None:
    """What credential (by name, never by value) ``content`` repeats, if any."""
    pairs = [("IDENFY_API_KEY", "IDENFY_API_SECRET"), ("MARKID_API_KEY", "MARKID_API_SECRET")]
    for variable, name in CREDENTIAL_VARIABLES.items():
        value = environment.get(variable, "")
        if len(value) >= _MIN_SECRET_LENGTH and value.encode() in content:
            return name
    for key_variable, secret_variable in pairs:
        key, secret = environment.get(key_variable), environment.get(secret_variable)
        if key and secret and base64.b64encode(f"{key}:{secret}".encode()) in content:
            return f"basic-auth credentials ({key_variable}:{secret_variable})"
    return None
