"""Assemble a ready sandbox per vendor: the vendor's spec and behaviour, the control API, shared clock."""

from __future__ import annotations

from dataclasses import dataclass

import idvkit_specs

from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._control import ControlSandbox
from idvkit.sandbox._engine import SpecApplication
from idvkit.sandbox._idenfy import IdenfyCredentials, IdenfySandbox
from idvkit.sandbox._liveid import LiveIdCredentials, LiveIdSandbox
from idvkit.vendors import get_vendor

#: Request size limit: iDenfy documents 20 MB for direct processing (2022+ docs); LiveID+ documents none.
MAX_BODY_BYTES = 20 * 1024 * 1024


@dataclass
class Sandbox:
    """A vendor sandbox: the ASGI ``app`` to serve and the state behind it."""

    vendor: str
    app: SpecApplication
    behaviour: IdenfySandbox | LiveIdSandbox
    clock: SandboxClock
    dispatcher: CallbackDispatcher

    def auth_hint(self) -> str:
        """How a client authenticates, for the start-up line (sandbox credentials are not secrets)."""
        if isinstance(self.behaviour, IdenfySandbox):
            credentials = self.behaviour.credentials
            return (
                f"HTTP basic auth: API key {credentials.api_key!r} as user name, API secret "
                f"{credentials.api_secret!r} as password; callbacks signed with {credentials.callback_key!r}"
            )
        return (
            f"header 'apikey: {self.behaviour.credentials.api_key}'; "
            "bearer JWTs from /api/authenticate/genAPIToken for the conference operations"
        )


def create_sandbox(
    vendor: str,
    *,
    api_key: str | None = None,
    api_secret: str | None = None,
    callback_key: str | None = None,
    callback_url: str | None = None,
    allow_remote_callbacks: bool = False,
    callback_retry_interval: float = 0.5,
) -> Sandbox:
    """A fresh sandbox for ``vendor`` (idenfy, markid or liveid) with its documented default credentials.

    iDenfy/markid: ``api_key``/``api_secret`` (basic auth) and ``callback_key`` (callback signatures);
    LiveID+: ``api_key`` (the ``apikey`` header). ``callback_url`` receives the callbacks; only loopback
    URLs are called unless ``allow_remote_callbacks``.
    """
    name = get_vendor(vendor).name
    clock = SandboxClock()
    dispatcher = CallbackDispatcher(allow_remote=allow_remote_callbacks, interval=callback_retry_interval)
    behaviour: IdenfySandbox | LiveIdSandbox
    if name in ("idenfy", "markid"):
        defaults = IdenfyCredentials()
        credentials = IdenfyCredentials(
            api_key or defaults.api_key, api_secret or defaults.api_secret, callback_key or defaults.callback_key
        )
        behaviour = IdenfySandbox(
            idvkit_specs.load(name),
            credentials=credentials,
            callback_url=callback_url,
            clock=clock,
            dispatcher=dispatcher,
        )
    else:
        behaviour = LiveIdSandbox(
            idvkit_specs.load(name),
            credentials=LiveIdCredentials(api_key or LiveIdCredentials().api_key),
            callback_url=callback_url,
            clock=clock,
            dispatcher=dispatcher,
        )

    def reset() -> None:
        for store in vars(behaviour).values():
            if hasattr(store, "clear") and hasattr(store, "put"):
                store.clear()
        dispatcher.deliveries.clear()

    control = ControlSandbox(
        idvkit_specs.load("sandbox-control"), behaviour, clock=clock, dispatcher=dispatcher, reset=reset
    )
    app = SpecApplication([behaviour, control], max_body_bytes=MAX_BODY_BYTES)
    return Sandbox(name, app, behaviour, clock, dispatcher)
