"""The FastAPI, Flask and Django receiver examples: raw body in, 200 / 401 / 400 out, key from the environment."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import django
import httpx
import idenfy_models
import pytest
from django.conf import settings
from django.test import Client as DjangoClient
from django.test import override_settings

from examples.receivers import django_receiver, fastapi_receiver, flask_receiver
from idvkit.webhooks import InvalidSignatureError, sign, verify_signature
from tests.webhooks._deliveries import (
    FORGERIES,
    KEY,
    OTHER_KEY,
    PADDED_SIGNATURES,
    REFORMATTED,
    VERIFICATION_RESULT,
    Delivery,
    Reserialise,
    genuine,
    spec_deliveries,
)

PATH = "/webhooks/idenfy"
Post = Callable[[bytes, dict[str, str]], int]


@contextmanager
def fastapi_client() -> Iterator[Post]:
    # httpx's ASGI transport, as starlette's TestClient now warns about plain httpx.
    async def post(body: bytes, headers: dict[str, str]) -> int:
        transport = httpx.ASGITransport(app=fastapi_receiver.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return (await client.post(PATH, content=body, headers=headers)).status_code

    yield lambda body, headers: asyncio.run(post(body, headers))


@contextmanager
def flask_client() -> Iterator[Post]:
    client = flask_receiver.app.test_client()
    yield lambda body, headers: client.post(PATH, data=body, headers=headers).status_code


@contextmanager
def django_client() -> Iterator[Post]:
    if not settings.configured:
        settings.configure(SECRET_KEY="django-receiver-tests")
    django.setup()
    with override_settings(
        ROOT_URLCONF=django_receiver.__name__,
        ALLOWED_HOSTS=["testserver"],
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    ):
        client = DjangoClient(enforce_csrf_checks=True)  # the view must work without a CSRF token

        def post(body: bytes, headers: dict[str, str]) -> int:
            content_type = headers.pop("Content-Type")
            return int(client.post(PATH, data=body, content_type=content_type, headers=headers).status_code)

        yield post


FRAMEWORKS: dict[str, tuple[ModuleType, Callable[[], AbstractContextManager[Post]]]] = {
    "fastapi": (fastapi_receiver, fastapi_client),
    "flask": (flask_receiver, flask_client),
    "django": (django_receiver, django_client),
}


@dataclass
class Receiver:
    """One example app behind its framework's test client, and the callbacks it handed on."""

    post_raw: Post
    received: list[Any] = field(default_factory=list)

    def post(self, delivery: Delivery) -> int:
        return self.post_raw(delivery.body, delivery.headers())


@pytest.fixture(params=list(FRAMEWORKS))
def receiver(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    module, client = FRAMEWORKS[request.param]
    monkeypatch.setenv("IDENFY_CALLBACK_KEY", KEY)
    received: list[Any] = []
    monkeypatch.setattr(module, "handle_callback", received.append)
    with client() as post:
        yield Receiver(post, received)


def test_the_genuine_fixture_delivery_is_accepted(receiver: Receiver) -> None:
    assert receiver.post(genuine()) == 200
    (callback,) = receiver.received
    assert isinstance(callback, idenfy_models.IdentificationWebhook)
    assert callback.scan_ref == "scan-ref"


@pytest.mark.parametrize(("delivery", "schema_name"), spec_deliveries("idenfy"))
def test_a_genuine_delivery_of_every_event_type_is_accepted(
    receiver: Receiver, delivery: Delivery, schema_name: str
) -> None:
    assert receiver.post(delivery) == 200
    assert [type(callback) for callback in receiver.received] == [getattr(idenfy_models, schema_name)]


@pytest.mark.parametrize(("delivery", "error"), FORGERIES)
def test_every_forgery_gets_401_and_is_not_handled(receiver: Receiver, delivery: Delivery, error: object) -> None:
    assert receiver.post(delivery) == 401
    assert receiver.received == []


@pytest.mark.parametrize("signature", PADDED_SIGNATURES)
def test_spaces_around_the_signature_are_accepted(receiver: Receiver, signature: str) -> None:
    assert receiver.post(Delivery(VERIFICATION_RESULT, signature)) == 200
    assert len(receiver.received) == 1


@pytest.mark.parametrize(
    "delivery",
    [
        pytest.param(genuine(b"not json"), id="not-json"),
        pytest.param(genuine(b'{"scanRef": "scan-ref"}'), id="wrong-shape"),
        pytest.param(genuine(event_type="DOCUMENT_EXPIRATION"), id="body-of-another-event-type"),
        pytest.param(genuine(event_type="NO_SUCH_EVENT"), id="unknown-event-type"),
        pytest.param(genuine(event_type=None), id="missing-event-type"),
    ],
)
def test_a_genuine_but_malformed_delivery_gets_400(receiver: Receiver, delivery: Delivery) -> None:
    assert receiver.post(delivery) == 400
    assert receiver.received == []


@pytest.mark.parametrize(("body", "reserialise"), REFORMATTED)
def test_the_raw_body_is_verified_where_reserialised_json_would_fail(
    receiver: Receiver, body: bytes, reserialise: Reserialise
) -> None:
    delivery = genuine(body)
    with pytest.raises(InvalidSignatureError):  # the classic mistake: verifying json.dumps(json.loads(body))
        verify_signature(reserialise(json.loads(body)).encode(), delivery.signature, KEY)
    assert receiver.post(delivery) == 200
    assert len(receiver.received) == 1


def test_the_key_is_read_from_the_environment(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IDENFY_CALLBACK_KEY", OTHER_KEY)
    assert receiver.post(genuine()) == 401
    assert receiver.post(Delivery(VERIFICATION_RESULT, sign(VERIFICATION_RESULT, OTHER_KEY))) == 200
