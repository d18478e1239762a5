"""Embedded, stateful sandboxes of the vendors' APIs, driven by the specs.

from idvkit.sandbox import create_sandbox, running_server

sandbox = create_sandbox("idenfy")
with running_server(sandbox.app) as base_url:
    ...  # call base_url with basic auth sandbox-key / sandbox-secret
"""

from idvkit._network import is_loopback_url
from idvkit.sandbox._apps import Sandbox, create_sandbox
from idvkit.sandbox._callbacks import CallbackDispatcher, Delivery
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import Reply, SpecApplication
from idvkit.sandbox._idenfy import IdenfyCredentials, IdenfySandbox, Verification
from idvkit.sandbox._liveid import LiveIdCredentials, LiveIdSandbox
from idvkit.sandbox._server import bind, running_server, serve, url_of
from idvkit.sandbox._store import MemoryStore, Store

__all__ = [
    "CallbackDispatcher",
    "Delivery",
    "IdenfyCredentials",
    "IdenfySandbox",
    "LiveIdCredentials",
    "LiveIdSandbox",
    "MemoryStore",
    "Reply",
    "Sandbox",
    "SandboxClock",
    "SpecApplication",
    "Store",
    "Verification",
    "bind",
    "create_sandbox",
    "is_loopback_url",
    "running_server",
    "serve",
    "url_of",
]
