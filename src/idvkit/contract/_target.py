"""What is being tested and how carefully: target URL, credentials, and the safety rules for remote servers.

Safety rules (they protect other companies' servers from property-based fuzzing):
- a target that is not the embedded sandbox is *remote*-safe by default: operations marked
  ``x-destructive`` (delete, reject, overwrite) or ``x-billable`` (cost money) are skipped unless the
  user allows them, and a rate limit and request budget apply;
- a target that is not on loopback additionally gets the remote rate limit;
- the vendors' production hosts (servers described as Production in the spec) need an explicit
  production flag on top.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from idvkit._network import is_loopback_host
from idvkit.specs import iter_operations
from idvkit.vendors import Vendor


class TargetError(Exception):
    """The contract run cannot start: the message names the problem in one line."""


@dataclass(frozen=True)
class Target:
    """A server to test and what may be done to it."""

    base_url: str
    embedded: bool
    loopback: bool
    production: bool
    credentials: dict[str, str] = field(default_factory=dict)

    @property
    def remote(self) -> bool:
        return not self.embedded


def _shown_url(url: str) -> str:
    """``url`` as it may be printed: everything from the start of its host part up to its last ``@`` (the
    ``user:password@``) replaced by ``***@``. Masking up to the *last* ``@`` also covers a password that holds
    ``/``, ``?`` or ``#``, which a URL parser would split off as path, query or fragment."""
    at = url.rfind("@")
    if at < 0:
        return url
    slashes = url.find("//")
    start = slashes + 2 if 0 <= slashes < at else 0
    return f"{url[:start]}***{url[at:]}"


def check_base_url(base_url: str) -> tuple[str, str]:
    """(normalised URL, host) of a user-given base URL; TargetError when it cannot be one.

    A URL with credentials (``http://key:secret@host``) is refused, and so is any ``@`` in it (a password
    holding ``/`` or ``?`` moves the ``@`` out of the host part): they would be printed and sent to the server;
    credentials belong in the vendor's environment variables. No message shows them (see ``_shown_url``).
    """
    shown = _shown_url(base_url)
    try:
        parts = urlsplit(base_url)
        host = parts.hostname or ""
        _ = parts.port  # raises for a malformed port
    except ValueError as exc:
        # the parser's message may quote a piece of a password: not shown for a URL that holds one
        detail = f": {exc}" if shown == base_url else ""
        raise TargetError(f"bad base URL {shown!r}{detail}") from None
    if "@" in base_url:
        raise TargetError(
            f"bad base URL {shown!r}: credentials in the URL are not accepted (they would be printed and "
            "logged); put them in the vendor's environment variables (see idvkit contract --help)"
        )
    if parts.scheme not in ("http", "https") or not host:
        raise TargetError(f"bad base URL {shown!r}: expected http(s)://host[:port][/path]")
    return base_url.rstrip("/"), host


def production_hosts(document: Mapping[str, Any]) -> set[str]:
    """Hosts of the servers the spec describes as Production."""
    hosts = set()
    for server in document.get("servers", []):
        if str(server.get("description", "")).lower().startswith("production"):
            hosts.add(urlsplit(server["url"]).hostname or "")
    return hosts


def credentials_for(vendor: Vendor, given: Mapping[str, str | None], environment: Mapping[str, str]) -> dict[str, str]:
    """The vendor's credential variables, from options first, then the environment; TargetError if missing."""
    found = {}
    for variable in vendor.credential_env:
        value = given.get(variable) or environment.get(variable)
        if not value:
            names = " and ".join(vendor.credential_env)
            raise TargetError(f"missing credentials for {vendor.name}: set {names} (or pass them as options)")
        found[variable] = value
    return found


def remote_target(vendor: Vendor, base_url: str, *, allow_production: bool, given: Mapping[str, str | None]) -> Target:
    url, host = check_base_url(base_url)
    production = host in production_hosts(vendor.spec())
    if production and not allow_production:
        raise TargetError(
            f"{host} is {vendor.name}'s production host: pass --allow-production to test it (fuzzing sends real requests)"
        )
    credentials = credentials_for(vendor, given, os.environ)
    return Target(url, embedded=False, loopback=is_loopback_host(host), production=production, credentials=credentials)


def guarded_operations(document: Mapping[str, Any]) -> dict[str, str]:
    """operationId -> why it is skipped on remote targets (x-destructive / x-billable)."""
    guarded = {}
    for operation in iter_operations(dict(document)):
        reasons = [
            reason
            for flag, reason in (("x-destructive", "destructive"), ("x-billable", "billable"))
            if operation.definition.get(flag)
        ]
        if reasons and operation.operation_id:
            guarded[operation.operation_id] = " and ".join(reasons)
    return guarded
