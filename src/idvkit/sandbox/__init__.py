"""Embedded, stateful sandboxes of the vendors' APIs, driven by the specs.

from idvkit.sandbox import create_sandbox, running_server

sandbox = create_sandbox("idenfy")
with running_server(sandbox.app) as base_url:
    ...  # call base_url with basic auth sandbox-key / sandbox-secret

A vendor's behaviour (``VendorBehaviour``, built by the ``BehaviourFactory`` its registry entry names) answers
each validated ``Call`` with a ``Reply`` and renders the engine's rejections (``RequestProblem``) in the vendor's
error format.
"""

from idvkit.sandbox._apps import Sandbox, create_sandbox
from idvkit.sandbox._behaviour import BehaviourFactory, SandboxSettings, VendorBehaviour
from idvkit.sandbox._callbacks import CallbackDispatcher, Delivery
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import Call, Reply, SpecApplication
from idvkit.sandbox._idenfy import IdenfySandbox
from idvkit.sandbox._liveid import LiveIdSandbox
from idvkit.sandbox._server import bind, running_server, serve, url_of
from idvkit.sandbox._validation import RequestProblem

__all__ = [
    "BehaviourFactory",
    "Call",
    "CallbackDispatcher",
    "Delivery",
    "IdenfySandbox",
    "LiveIdSandbox",
    "Reply",
    "RequestProblem",
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
