"""Assemble a ready sandbox per vendor: the vendor's spec and behaviour, the control API, shared clock."""

from __future__ import annotations

from dataclasses import dataclass, replace

import idvkit_specs

from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._control import ControlSandbox
from idvkit.sandbox._engine import SpecApplication
from idvkit.sandbox._idenfy import IdenfyCredentials, IdenfySandbox
from idvkit.sandbox._liveid import LiveIdCredentials, LiveIdSandbox
from idvkit.specs import credential_issuer
from idvkit.vendors import get_vendor
from idvkit.webhooks import callback_delivery


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
        issuer = credential_issuer(self.behaviour.document, "ConferenceToken")  # genAPIToken, by its x-credential
        return (
            f"header 'apikey: {self.behaviour.credentials.api_key}'; "
            f"bearer JWTs from {issuer.operation.path if issuer else '(no operation issues them)'} for the conference operations"
        )


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
    """A fresh sandbox for ``vendor`` (idenfy, markid or liveid) with its documented default credentials.

    iDenfy/markid: ``api_key``/``api_secret`` (basic auth) and ``callback_key`` (callback signatures);
    LiveID+: ``api_key`` (the ``apikey`` header). ``callback_url`` receives the callbacks; only loopback
    URLs are called unless ``allow_remote_callbacks``. Callbacks are delivered as the vendor's spec says
    (``x-callback-delivery``), ``callback_retry_interval`` seconds apart when given (tests use a short one).
    Requests larger than the spec allows (``x-max-body-bytes``) are refused.
    """
    name = get_vendor(vendor).name
    document = idvkit_specs.load(name)
    clock = SandboxClock()
    delivery = callback_delivery(document)
    if callback_retry_interval is not None:
        delivery = replace(delivery, interval=callback_retry_interval)
    dispatcher = CallbackDispatcher(delivery, allow_remote=allow_remote_callbacks)
    behaviour: IdenfySandbox | LiveIdSandbox
    if name in ("idenfy", "markid"):
        defaults = IdenfyCredentials()
        credentials = IdenfyCredentials(
            api_key or defaults.api_key, api_secret or defaults.api_secret, callback_key or defaults.callback_key
        )
        behaviour = IdenfySandbox(
            document,
            credentials=credentials,
            callback_url=callback_url,
            clock=clock,
            dispatcher=dispatcher,
        )
    else:
        behaviour = LiveIdSandbox(
            document,
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
    app = SpecApplication([behaviour, control])  # the body limit: the vendor spec's x-max-body-bytes
    return Sandbox(name, app, behaviour, clock, dispatcher)
