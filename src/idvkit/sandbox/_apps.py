"""Assemble a ready sandbox per vendor: the vendor's spec and behaviour, the control API, shared clock."""

from __future__ import annotations

from dataclasses import dataclass, replace

import idvkit_specs

from idvkit.sandbox._behaviour import SandboxSettings, VendorBehaviour, build_behaviour
from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._control import ControlSandbox
from idvkit.sandbox._engine import SpecApplication
from idvkit.vendors import get_vendor
from idvkit.webhooks import callback_delivery


@dataclass
class Sandbox:
    """A vendor sandbox: the ASGI ``app`` to serve and the state behind it."""

    vendor: str
    app: SpecApplication
    behaviour: VendorBehaviour
    clock: SandboxClock
    dispatcher: CallbackDispatcher

    def auth_hint(self) -> str:
        """How a client authenticates, for the start-up line (sandbox credentials are not secrets)."""
        return self.behaviour.auth_hint()

    def credentials(self) -> dict[str, str]:
        """The credentials the sandbox accepts, under the vendor's environment variables (API key first)."""
        return get_vendor(self.vendor).credential_environment(self.behaviour.credential_values())


def create_sandbox(
    vendor: str,
    *,
    api_key: str | None = None,
    api_secret: str | None = None,
    callback_key: str | None = None,
    callback_url: str | None = None,
    allow_remote_callbacks: bool = False,
    callback_retry_interval: float | None = None,
) -> Sandbox:
    """A fresh sandbox for a registered ``vendor`` (idenfy, markid, liveid) with its documented default credentials.

    iDenfy/markid: ``api_key``/``api_secret`` (basic auth) and ``callback_key`` (callback signatures);
    LiveID+: ``api_key`` (the ``apikey`` header). ``callback_url`` receives the callbacks; only loopback
    URLs are called unless ``allow_remote_callbacks``. Callbacks are delivered as the vendor's spec says
    (``x-callback-delivery``), ``callback_retry_interval`` seconds apart when given (tests use a short one).
    Requests larger than the spec allows (``x-max-body-bytes``) are refused.
    """
    entry = get_vendor(vendor)
    document = entry.spec()
    clock = SandboxClock()
    delivery = callback_delivery(document)
    if callback_retry_interval is not None:
        delivery = replace(delivery, interval=callback_retry_interval)
    dispatcher = CallbackDispatcher(delivery, allow_remote=allow_remote_callbacks)
    settings = SandboxSettings(api_key, api_secret, callback_key, callback_url)
    behaviour = build_behaviour(entry, settings, document=document, clock=clock, dispatcher=dispatcher)
    control = ControlSandbox(
        idvkit_specs.load("sandbox-control"), behaviour, tag=entry.control_tag, clock=clock, dispatcher=dispatcher
    )
    app = SpecApplication([behaviour, control])  # the body limit: the vendor spec's x-max-body-bytes
    return Sandbox(entry.name, app, behaviour, clock, dispatcher)
