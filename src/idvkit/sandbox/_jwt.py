"""Minimal HS256 JSON Web Tokens for the LiveID+ sandbox's conference tokens."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue(claims: dict[str, Any], key: bytes) -> str:
    """A signed HS256 JWT carrying ``claims``."""
    header = _encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _encode(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_encode(signature)}"


def verify(token: str, key: bytes, *, now: float) -> dict[str, Any] | None:
    """The claims of a token signed with ``key`` that has not expired at ``now``; None otherwise."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    header, payload, signature = parts
    expected = hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(_decode(signature), expected):
            return None
        claims = json.loads(_decode(payload))
        algorithm = json.loads(_decode(header)).get("alg")
    except (ValueError, binascii.Error, UnicodeDecodeError, AttributeError):
        return None
    if algorithm != "HS256" or not isinstance(claims, dict):
        return None
    expiry = claims.get("exp")
    if not isinstance(expiry, int | float) or now >= expiry:
        return None
    return claims
