"""The tests of the example applications, as they would be written in the application's own suite.

``idvkit_sandbox`` is the fixture of idvkit's pytest plugin (installed with idvkit): each call starts a fresh
sandbox for the test, without a socket, and stops it when the test ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from fastapi import FastAPI

from examples.testing import fastapi_app, flask_app
from examples.testing.customers import Customers
from idvkit.testing import SandboxSession

StartSandbox = Callable[..., SandboxSession]


def start_verification(app: FastAPI, customer: str) -> Any:
    """What the customer's browser does: ask the application to start a verification (in-process too)."""

    async def post() -> Any:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as browser:
            return (await browser.post(f"/customers/{customer}/verification")).json()

    return asyncio.run(post())


def test_fastapi_a_customer_is_verified_once_idenfy_approves(idvkit_sandbox: StartSandbox) -> None:
    sandbox = idvkit_sandbox("idenfy", callback_path="/webhooks/idenfy")
    customers = Customers(callback_key=sandbox.callback_key or "")
    app = fastapi_app.create_app(sandbox.idenfy_client(), customers)
    sandbox.deliver_callbacks(asgi=app)  # the signed callbacks go straight into the app

    started = start_verification(app, "customer-42")
    assert customers.verified == set()

    sandbox.finish_verification(started["scanRef"], "APPROVED")  # the customer completes the verification
    *_, callback = sandbox.callbacks()  # waits for both deliveries; the last is final
    assert callback.delivered
    assert customers.verified == {"customer-42"}


def test_fastapi_a_denied_customer_stays_unverified(idvkit_sandbox: StartSandbox) -> None:
    sandbox = idvkit_sandbox("idenfy", callback_path="/webhooks/idenfy")
    customers = Customers(callback_key=sandbox.callback_key or "")
    app = fastapi_app.create_app(sandbox.idenfy_client(), customers)
    sandbox.deliver_callbacks(asgi=app)

    started = start_verification(app, "customer-43")
    sandbox.finish_verification(started["scanRef"], "DENIED")
    assert sandbox.callbacks()[-1].delivered
    assert customers.verified == set()


def test_flask_a_customer_is_verified_once_idenfy_approves(idvkit_sandbox: StartSandbox) -> None:
    sandbox = idvkit_sandbox("idenfy", callback_path="/webhooks/idenfy")
    customers = Customers(callback_key=sandbox.callback_key or "")
    app = flask_app.create_app(sandbox.idenfy_client(), customers)
    sandbox.deliver_callbacks(wsgi=app)  # WSGI: no socket either

    started = app.test_client().post("/customers/customer-44/verification").get_json()
    sandbox.finish_verification(started["scanRef"], "APPROVED")
    *_, callback = sandbox.callbacks()  # the last: the manual review's final result
    assert callback.delivered
    assert customers.verified == {"customer-44"}


def test_flask_a_callback_signed_with_another_key_is_refused(idvkit_sandbox: StartSandbox) -> None:
    sandbox = idvkit_sandbox("idenfy", callback_path="/webhooks/idenfy", callback_key="not-the-account-key")
    customers = Customers(callback_key="the-account-key")
    app = flask_app.create_app(sandbox.idenfy_client(), customers)
    sandbox.deliver_callbacks(wsgi=app)

    started = app.test_client().post("/customers/customer-45/verification").get_json()
    sandbox.finish_verification(started["scanRef"], "APPROVED")
    *_, callback = sandbox.callbacks()  # the last: the manual review's final result
    assert not callback.delivered
    assert set(callback.attempts) == {401}  # answered 401 to every attempt
    assert customers.verified == set()
