"""What the sandbox layer needs from a vendor's behaviour, and how a registry entry's behaviour is built.

A vendor's registry entry (``idvkit.vendors.Vendor.sandbox_behaviour``) names a factory as
``module:factory``; ``behaviour_factory`` imports it on first use. The factory gets the vendor's
bundled spec and ``SandboxSettings`` and returns a ``VendorBehaviour``: the engine hooks of
``Behaviour`` (handlers, error format, authentication) plus what ``create_sandbox``, the control API,
the contract runner and the CLI ask of every vendor, so none of them needs to know which vendor it has.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, cast

from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import Behaviour, Handler
from idvkit.vendors import CredentialKind, Vendor


@dataclass(frozen=True)
class SandboxSettings:
    """What ``create_sandbox`` was asked for; None leaves the behaviour's documented default."""

    api_key: str | None = None
    api_secret: str | None = None
    callback_key: str | None = None
    callback_url: str | None = None


class VendorBehaviour(Behaviour, Protocol):
    """A vendor's sandbox behaviour: the engine hooks and what the rest of idvkit needs of a vendor."""

    def credential_values(self) -> Mapping[CredentialKind, str]:
        """The credentials clients must send, by kind (the registry maps them to the vendor's variables)."""
        ...

    def auth_hint(self) -> str:
        """How a client authenticates, for the start-up line (sandbox credentials are not secrets)."""
        ...

    def reset(self) -> None:
        """Forget every verification, call and token (the control API's ``resetSandbox``)."""
        ...

    def control_handlers(self) -> Mapping[str, Handler]:
        """operationId -> handler for the control operations of the vendor's ``control_tag``."""
        ...


class BehaviourFactory(Protocol):
    """What a registry entry's ``sandbox_behaviour`` names: builds a fresh behaviour for one sandbox."""

    def __call__(
        self,
        document: dict[str, Any],
        settings: SandboxSettings,
        *,
        clock: SandboxClock,
        dispatcher: CallbackDispatcher,
    ) -> VendorBehaviour: ...


#: The members of VendorBehaviour (with Behaviour's), checked on what a factory returns.
_MEMBERS = (
    "document",
    "handlers",
    "error",
    "check_basic",
    "check_api_key",
    "check_bearer",
    "credential_values",
    "auth_hint",
    "reset",
    "control_handlers",
)


def behaviour_factory(vendor: Vendor) -> BehaviourFactory:
    """The factory ``vendor.sandbox_behaviour`` names, imported now; ValueError saying what is wrong."""
    module_name, _, attribute = vendor.sandbox_behaviour.partition(":")
    where = f"{vendor.name}: sandbox behaviour {vendor.sandbox_behaviour!r}"
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"{where}: cannot import {module_name} ({exc})") from None
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise ValueError(f"{where}: {module_name} has no callable {attribute!r}")
    return cast("BehaviourFactory", factory)


def build_behaviour(
    vendor: Vendor,
    settings: SandboxSettings,
    *,
    clock: SandboxClock,
    dispatcher: CallbackDispatcher,
    document: dict[str, Any] | None = None,
) -> VendorBehaviour:
    """A fresh behaviour of ``vendor`` with its spec (``document``, when the caller has already loaded it);
    TypeError naming what a factory's result lacks."""
    spec = vendor.spec() if document is None else document
    behaviour: object = behaviour_factory(vendor)(spec, settings, clock=clock, dispatcher=dispatcher)
    missing = [name for name in _MEMBERS if not hasattr(behaviour, name)]
    if missing:
        raise TypeError(
            f"{vendor.name}: {vendor.sandbox_behaviour} returned a {type(behaviour).__name__} without "
            f"{', '.join(missing)} (see idvkit.sandbox._behaviour.VendorBehaviour)"
        )
    return cast("VendorBehaviour", behaviour)
