"""The vendor registry: a thin view over the specs, never a second copy of the API.

Each entry names a vendor's spec, its generated packages and the environment variables that hold
its credentials; everything about the API itself (servers, operations, schemas) is read from the
bundled spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import idvkit_specs

__all__ = ["VENDORS", "UnknownVendorError", "Vendor", "get_vendor", "server_url"]


@dataclass(frozen=True)
class Vendor:
    """One supported vendor."""

    name: str
    spec_file: str
    client_package: str
    models_package: str
    credential_env: tuple[str, ...]

    def spec(self) -> dict[str, Any]:
        """The bundled OpenAPI document (a fresh copy the caller may modify)."""
        return idvkit_specs.load(self.name)

    def servers(self) -> list[dict[str, str]]:
        """The spec's ``servers`` entries: ``url`` and ``description`` (the environment)."""
        return [dict(server) for server in _servers(self.name)]


@cache
def _servers(name: str) -> tuple[dict[str, str], ...]:
    return tuple(idvkit_specs.load(name).get("servers", []))


VENDORS: dict[str, Vendor] = {
    vendor.name: vendor
    for vendor in (
        Vendor(
            "idenfy", "specs/idenfy.yaml", "idenfy_client", "idenfy_models", ("IDENFY_API_KEY", "IDENFY_API_SECRET")
        ),
        Vendor(
            "markid", "specs/markid.yaml", "markid_client", "markid_models", ("MARKID_API_KEY", "MARKID_API_SECRET")
        ),
        Vendor("liveid", "specs/liveid.yaml", "liveid_client", "liveid_models", ("LIVEID_APIKEY",)),
    )
}


class UnknownVendorError(KeyError):
    """A vendor name that idvkit does not support."""

    def __str__(self) -> str:
        return f"unknown vendor {self.args[0]!r}; expected one of: {', '.join(VENDORS)}"


def get_vendor(name: str) -> Vendor:
    """The registry entry for ``name``; raises UnknownVendorError listing the supported vendors."""
    try:
        return VENDORS[name]
    except KeyError:
        raise UnknownVendorError(name) from None


def server_url(vendor: str, environment: str, *, index: int = 0) -> str:
    """The ``index``-th server of ``vendor`` whose description starts with ``environment`` (case-insensitive)."""
    matches = [
        server["url"]
        for server in _servers(get_vendor(vendor).name)
        if server.get("description", "").lower().startswith(environment.lower())
    ]
    if len(matches) <= index:
        raise LookupError(f"{vendor} spec has no server #{index} described as {environment!r}")
    return matches[index]
