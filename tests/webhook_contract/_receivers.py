"""Webhook receivers for the webhook-contract tests: a correct one per vendor and deliberately faulty ones.

Each is a small Starlette app that records what it received, served on a loopback port by
``running_server``. The correct receivers do what docs/WEBHOOKS.md says: verify the raw body with
``parse_idenfy_callback`` (401 for a bad signature, 400 for an unusable body) or parse it with
``parse_liveid_callback`` (400), and answer 200.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from idvkit.sandbox import running_server
from idvkit.webhooks import (
    EVENT_TYPE_HEADER,
    IDENFY_EVENT_MODELS,
    SIGNATURE_HEADER,
    MalformedPayloadError,
    SignatureError,
    parse_idenfy_callback,
    parse_liveid_callback,
)

KEY = "whc-callback-key-Q8v3xT"
PATH = "/webhooks/receiver"
Fault = Literal[
    "never-verifies",
    "chokes-on-document-expiration",
    "fails-repeats",
    "slow-video-call",
    "accepts-anything",
    # correct receivers written differently, as public integrations are:
    "accepts-uppercase-hex",  # compares the hex digest case-insensitively (the same MAC)
    "refuses-empty-scan-ref",  # answers 400 to a body whose scanRef is "" (iDenfy always sends one)
    "errors-on-forgeries",  # answers 500 instead of 401 when the signature does not verify
]


@dataclass(frozen=True)
class Received:
    """One delivery as the receiver got it, and what it answered."""

    body: bytes
    signature: str | None
    event_type: str | None
    status: int
    #: The parsed model's class name (genuine deliveries only).
    model: str | None
    at: float


@dataclass
class Receiver:
    vendor: str
    fault: Fault | None = None
    slow_seconds: float = 1.0
    received: list[Received] = field(default_factory=list)
    _seen: set[bytes] = field(default_factory=set)

    def accepted(self) -> list[Received]:
        return [delivery for delivery in self.received if 200 <= delivery.status < 300]

    def _answer(self, request: Request, body: bytes) -> tuple[int, str | None]:
        signature = request.headers.get(SIGNATURE_HEADER)
        event_type = request.headers.get(EVENT_TYPE_HEADER)
        if self.vendor == "liveid":
            if self.fault == "accepts-anything":
                return 200, None
            try:
                return 200, type(parse_liveid_callback(body)).__name__
            except MalformedPayloadError:
                return 400, None
        if self.fault == "never-verifies":
            # the classic mistake: parse without verifying
            model = IDENFY_EVENT_MODELS.get(event_type or "")
            if model is None:
                return 400, None
            try:
                return 200, type(model.model_validate_json(body)).__name__
            except ValueError:
                return 400, None
        if self.fault == "accepts-uppercase-hex" and signature is not None:
            signature = signature.lower()
        try:
            callback = parse_idenfy_callback(
                body,
                signature=signature,
                event_type=event_type,
                key=KEY,
                vendor="markid" if self.vendor == "markid" else "idenfy",
            )
        except SignatureError:
            return (500 if self.fault == "errors-on-forgeries" else 401), None
        except MalformedPayloadError:
            return 400, None
        if self.fault == "refuses-empty-scan-ref" and json.loads(body).get("scanRef") == "":
            return 400, None
        if self.fault == "chokes-on-document-expiration" and event_type == "DOCUMENT_EXPIRATION":
            return 500, None
        if self.fault == "fails-repeats":
            # remembers deliveries and fails on a repeat instead of acknowledging it again
            if body in self._seen:
                return 500, None
            self._seen.add(body)
        return 200, type(callback).__name__

    async def endpoint(self, request: Request) -> Response:
        body = await request.body()
        status, model = self._answer(request, body)
        if (
            self.fault == "slow-video-call"
            and status == 200
            and request.headers.get(EVENT_TYPE_HEADER) == ("VIDEO_CALL_FINISHED")
        ):
            await asyncio.sleep(self.slow_seconds)
        self.received.append(
            Received(
                body,
                request.headers.get(SIGNATURE_HEADER),
                request.headers.get(EVENT_TYPE_HEADER),
                status,
                model,
                time.monotonic(),
            )
        )
        return Response(status_code=status)

    def app(self) -> Starlette:
        return Starlette(routes=[Route(PATH, self.endpoint, methods=["POST"])])


@contextmanager
def serving(vendor: str, fault: Fault | None = None, *, slow_seconds: float = 1.0) -> Iterator[tuple[Receiver, str]]:
    """A receiver for ``vendor`` (faulty when ``fault`` is given) and the URL to post to."""
    receiver = Receiver(vendor, fault, slow_seconds)
    with running_server(receiver.app()) as base_url:
        yield receiver, base_url + PATH
