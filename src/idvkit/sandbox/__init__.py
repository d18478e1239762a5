"""Embedded, stateful sandboxes of the vendors' APIs, driven by the specs.

from idvkit.sandbox import create_sandbox, running_server

sandbox = create_sandbox("idenfy")
with running_server(sandbox.app) as base_url:
    ...  # call base_url with basic auth sandbox-key / sandbox-secret
"""

from idvkit.sandbox._apps import Sandbox, create_sandbox
from idvkit.sandbox._behaviour import BehaviourFactory, SandboxSettings, VendorBehaviour
from idvkit.sandbox._callbacks import CallbackDispatcher, Delivery
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import SpecApplication
from idvkit.sandbox._idenfy import IdenfySandbox
from idvkit.sandbox._liveid import LiveIdSandbox
from idvkit.sandbox._server import bind, running_server, serve, url_of

__all__ = [
    "BehaviourFactory",
    "CallbackDispatcher",
    "Delivery",
    "IdenfySandbox",
    "LiveIdSandbox",
    "Sandbox",
    "SandboxClock",
    "SandboxSettings",
    "SpecApplication",
    "VendorBehaviour",
    "bind",
    "create_sandbox",
    "running_server",
    "serve",
    "url_of",
]
