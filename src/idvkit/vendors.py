"""The vendor registry: one record per vendor with every per-vendor fact the code needs.

A vendor is a spec, a behaviour module and an entry here. The entry names the spec file, the generated
packages, the environment variables of its credentials and callback key, the embedded sandbox's default
port, its behaviour (by import path, so this module never imports the sandbox layer) and its tag in the
sandbox control API. Everything about the API itself (servers, operations, schemas, limits) is read
from the spec, never copied here.

This module is core and stays light: the bundled specs (``idvkit_specs``), the spec bundler and the
behaviour modules are imported only when they are used, so ``scripts/generate.py`` can read the vendor
list before ``generated/`` exists.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

#: What a credential variable holds: the API key (every vendor) or the API secret (basic-auth vendors).
CredentialKind = Literal["api_key", "api_secret"]

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_BEHAVIOUR = re.compile(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*")

__all__ = [
    "VENDORS",
    "UnknownVendorError",
    "Vendor",
    "get_vendor",
    "register_vendor",
    "server_url",
    "unregister_vendor",
]


@dataclass(frozen=True)
class Vendor:
    """One supported vendor (see the module docstring; ``register_vendor`` adds one)."""

    name: str
    """Registry key and prefix of the generated packages (``<name>_client``, ``<name>_models``)."""
    display_name: str
    """How messages name the vendor (``iDenfy``, ``LiveID+``)."""
    spec_file: str
    """The hand-written spec: relative to the repository root when ``bundled`` (``scripts/generate.py``
    bundles it into ``idvkit_specs``), else an absolute path, bundled on first use."""
    api_key_env: str
    """The environment variable of the API key."""
    api_secret_env: str | None
    """The environment variable of the API secret (None: the vendor authenticates with the key alone)."""
    callback_key_env: str | None
    """The environment variable of the key that signs the vendor's callbacks (None: they are unsigned)."""
    sandbox_port: int
    """The port ``idvkit sandbox`` serves the embedded sandbox on by default (unique per vendor)."""
    sandbox_behaviour: str
    """``module:factory`` of the sandbox behaviour (the factory protocol is ``idvkit.sandbox._behaviour``)."""
    control_tag: str
    """The tag of the vendor's own operations in the sandbox control API (``specs/sandbox-control.yaml``)."""
    bundled: bool = True
    """Whether the spec ships in ``idvkit_specs`` and the generated packages exist."""

    def __post_init__(self) -> None:
        where = f"vendor {self.name!r}"
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"{where}: the name must be lower-case letters, digits and '_', starting with a letter")
        if not _BEHAVIOUR.fullmatch(self.sandbox_behaviour):
            raise ValueError(f"{where}: sandbox_behaviour must be 'module:factory', not {self.sandbox_behaviour!r}")
        if not 0 < self.sandbox_port < 2**16:
            raise ValueError(f"{where}: sandbox_port must be 1-65535, not {self.sandbox_port}")
        if self.bundled and PurePosixPath(self.spec_file).is_absolute():
            raise ValueError(f"{where}: a bundled vendor's spec_file is relative to the repository root")
        if not self.bundled and not Path(self.spec_file).is_absolute():
            raise ValueError(f"{where}: spec_file of a vendor that is not bundled must be an absolute path")

    @property
    def client_package(self) -> str:
        """The openapi-python-client package generated from the spec."""
        return f"{self.name}_client"

    @property
    def models_package(self) -> str:
        """The datamodel-code-generator (pydantic) package generated from the spec."""
        return f"{self.name}_models"

    @property
    def credential_variables(self) -> dict[CredentialKind, str]:
        """What each credential variable holds: the API key first, then the secret when there is one."""
        variables: dict[CredentialKind, str] = {"api_key": self.api_key_env}
        if self.api_secret_env is not None:
            variables["api_secret"] = self.api_secret_env
        return variables

    @property
    def credential_env(self) -> tuple[str, ...]:
        """The credential variables' names, the API key first."""
        return tuple(self.credential_variables.values())

    def credential_environment(self, values: Mapping[CredentialKind, str]) -> dict[str, str]:
        """``values`` (by kind) under this vendor's variable names; kinds the vendor has no variable for are dropped."""
        return {variable: values[kind] for kind, variable in self.credential_variables.items() if kind in values}

    @property
    def signs_callbacks(self) -> bool:
        """Whether the vendor signs its callbacks (then ``callback_key_env`` names the key's variable)."""
        return self.callback_key_env is not None

    def spec(self) -> dict[str, Any]:
        """The bundled OpenAPI document (a fresh copy the caller may modify)."""
        if self.bundled:
            import idvkit_specs  # the generated package: imported on use, see the module docstring

            return idvkit_specs.load(self.name)
        return copy.deepcopy(_bundle_of(self.spec_file))

    def servers(self) -> list[dict[str, str]]:
        """The spec's ``servers`` entries: ``url`` and ``description`` (the environment)."""
        return [dict(server) for server in _servers(self)]

    def server_url(self, environment: str, *, index: int = 0) -> str:
        """The ``index``-th server whose description starts with ``environment`` (case-insensitive)."""
        matches = [
            server["url"]
            for server in _servers(self)
            if server.get("description", "").lower().startswith(environment.lower())
        ]
        if len(matches) <= index:
            raise LookupError(f"{self.name} spec has no server #{index} described as {environment!r}")
        return matches[index]


@cache
def _bundle_of(spec_file: str) -> dict[str, Any]:
    from idvkit.specs import bundle_spec  # the bundler pulls in YAML and JSON Schema: only for unbundled specs

    return bundle_spec(Path(spec_file)).document


@cache
def _servers(vendor: Vendor) -> tuple[dict[str, str], ...]:
    return tuple(vendor.spec().get("servers", []))


#: The registry: every supported vendor by name, in the order commands list them.
VENDORS: dict[str, Vendor] = {}


class UnknownVendorError(KeyError):
    """A vendor name that idvkit does not support."""

    def __str__(self) -> str:
        return f"unknown vendor {self.args[0]!r}; expected one of: {', '.join(VENDORS)}"


def register_vendor(vendor: Vendor) -> Vendor:
    """Add ``vendor`` to the registry; ValueError when its name or default sandbox port is taken."""
    if vendor.name in VENDORS:
        raise ValueError(f"vendor {vendor.name!r} is already registered")
    taken = {other.sandbox_port: other.name for other in VENDORS.values()}
    if vendor.sandbox_port in taken:
        raise ValueError(
            f"vendor {vendor.name!r}: sandbox port {vendor.sandbox_port} is already {taken[vendor.sandbox_port]}'s"
        )
    VENDORS[vendor.name] = vendor
    return vendor


def unregister_vendor(name: str) -> Vendor:
    """Remove a vendor from the registry (for tests that registered one); UnknownVendorError if absent."""
    vendor = get_vendor(name)
    del VENDORS[name]
    return vendor


def get_vendor(name: str) -> Vendor:
    """The registry entry for ``name``; raises UnknownVendorError listing the supported vendors."""
    try:
        return VENDORS[name]
    except KeyError:
        raise UnknownVendorError(name) from None


def bundled_vendors() -> tuple[str, ...]:
    """The vendors whose specs ship in ``idvkit_specs`` (what ``scripts/generate.py`` generates)."""
    return tuple(name for name, vendor in VENDORS.items() if vendor.bundled)


def server_url(vendor: str, environment: str, *, index: int = 0) -> str:
    """The ``index``-th server of ``vendor`` whose description starts with ``environment`` (case-insensitive)."""
    return get_vendor(vendor).server_url(environment, index=index)


register_vendor(
    Vendor(
        name="idenfy",
        display_name="iDenfy",
        spec_file="specs/idenfy.yaml",
        api_key_env="IDENFY_API_KEY",
        api_secret_env="IDENFY_API_SECRET",  # noqa: S106 - the variable's name, not a secret
        callback_key_env="IDENFY_CALLBACK_KEY",
        sandbox_port=8900,
        sandbox_behaviour="idvkit.sandbox._idenfy:create_behaviour",
        control_tag="idenfy",
    )
)
register_vendor(
    Vendor(
        name="markid",
        display_name="markid",
        spec_file="specs/markid.yaml",
        api_key_env="MARKID_API_KEY",
        api_secret_env="MARKID_API_SECRET",  # noqa: S106 - the variable's name, not a secret
        callback_key_env="MARKID_CALLBACK_KEY",
        sandbox_port=8901,
        # markid is a white-label copy of iDenfy: the same behaviour, served with markid's spec
        sandbox_behaviour="idvkit.sandbox._idenfy:create_behaviour",
        control_tag="idenfy",
    )
)
register_vendor(
    Vendor(
        name="liveid",
        display_name="LiveID+",
        spec_file="specs/liveid.yaml",
        api_key_env="LIVEID_APIKEY",
        api_secret_env=None,
        callback_key_env=None,
        sandbox_port=8902,
        sandbox_behaviour="idvkit.sandbox._liveid:create_behaviour",
        control_tag="liveid",
    )
)
