"""Outgoing callbacks (webhooks) of the sandboxes: signed, retried as the vendor's spec says, loopback only.

A sandbox that is being fuzzed receives arbitrary ``callbackUrl`` values; it must never send
traffic anywhere but this machine. So a delivery goes out only to a loopback address (127.0.0.0/8,
::1, localhost) unless the operator explicitly allowed remote callbacks; every attempt is recorded.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from idvkit._network import UnsafeURLError, check_url, is_loopback_url
from idvkit.webhooks import CallbackDelivery, encode_body

logger = logging.getLogger("idvkit.sandbox.callbacks")


@dataclass
class Delivery:
    """One callback and what became of it (the body is kept for tests; it is sandbox data)."""

    url: str
    event: str
    body: bytes
    headers: dict[str, str]
    attempts: list[int | str] = field(default_factory=list)
    delivered: bool = False
    skipped: str | None = None
    created_at: float = field(default_factory=time.time)

    def size(self) -> int:
        """About how many bytes the record holds (its URL, body and headers)."""
        return len(self.url) + len(self.body) + sum(len(name) + len(value) for name, value in self.headers.items())

    def summary(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "event": self.event,
            "attempts": [str(a) for a in self.attempts],
            "delivered": self.delivered,
            "skipped": self.skipped,
            "createdAt": self.created_at,
        }


class CallbackDispatcher:
    """Sends callbacks in the background with the vendor's delivery policy and keeps the last few (at most
    ``keep`` records of about ``keep_bytes`` together).

    ``delivery`` is the policy of the vendor's spec (``idvkit.webhooks.callback_delivery``: its webhooks'
    ``x-callback-delivery``): each attempt waits ``timeout`` seconds for a 2xx, and a delivery is repeated up to
    ``retries`` times, ``interval`` seconds apart; ``encode`` spells a body as the policy's ``body`` says.
    """

    def __init__(
        self,
        delivery: CallbackDelivery,
        *,
        allow_remote: bool = False,
        keep: int = 200,
        keep_bytes: int = 16 * 1024 * 1024,
    ) -> None:
        self.retries = delivery.retries
        self.interval = delivery.interval
        self.timeout = delivery.timeout
        self.body = delivery.body
        self.allow_remote = allow_remote
        self.deliveries: deque[Delivery] = deque(maxlen=keep)
        #: the recorded deliveries hold about this many bytes of URLs, bodies and headers (the newest always stays)
        self.keep_bytes = keep_bytes
        self._tasks: set[asyncio.Task[None]] = set()
        #: what the deliveries are sent through (None: the network); idvkit.testing hands them to an app in-process
        self.transport: httpx.AsyncBaseTransport | None = None
        self._chains: dict[str, asyncio.Task[None]] = {}  # chain -> its newest delivery under way

    def encode(self, payload: Any) -> bytes:
        """The bytes of a callback of ``payload``, spelt as the vendor's spec says (``idvkit.webhooks.encode_body``,
        the serialiser ``idvkit webhook-contract`` uses too)."""
        body = encode_body(payload, self.body)
        if body is None:
            raise ValueError("a callback payload must be JSON (no NaN or infinity)")
        return body

    def send(
        self, url: str, event: str, body: bytes, headers: Mapping[str, str], *, chain: str | None = None
    ) -> Delivery:
        """Queue one delivery (needs a running event loop); returns its record at once.

        Deliveries of one ``chain`` (e.g. one verification's callbacks) go out in the order they were queued: each
        starts when the one before it was acknowledged or given up.
        """
        delivery = Delivery(url, event, body, dict(headers))
        self.deliveries.append(delivery)
        while len(self.deliveries) > 1 and sum(map(Delivery.size, self.deliveries)) > self.keep_bytes:
            self.deliveries.popleft()
        try:
            checked = check_url(url, what="callback URL", allow_query=True)
        except UnsafeURLError as exc:
            delivery.skipped = str(exc)  # the URL policy of every command (idvkit._network)
            return delivery
        if not (self.allow_remote or checked.loopback):
            delivery.skipped = "not a loopback URL (start the sandbox with --allow-remote-callbacks to send it)"
            return delivery
        delivery.url = checked.url  # the spelling that was judged is the one sent to
        before = self._chains.get(chain) if chain is not None else None
        task = asyncio.get_running_loop().create_task(self._deliver(delivery, before))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        if chain is not None:
            self._chains[chain] = task
            task.add_done_callback(
                lambda done: self._chains.pop(chain, None) if self._chains.get(chain) is done else None
            )
        return delivery

    async def _deliver(self, delivery: Delivery, before: asyncio.Task[None] | None = None) -> None:
        if before is not None:
            await asyncio.gather(before, return_exceptions=True)
        # loopback callbacks never go through a proxy of the environment (it would see the signed bodies)
        trust_env = self.transport is None and not is_loopback_url(delivery.url)
        async with httpx.AsyncClient(timeout=self.timeout, trust_env=trust_env, transport=self.transport) as client:
            for attempt in range(self.retries + 1):
                if attempt:
                    await asyncio.sleep(self.interval)
                try:
                    response = await client.post(delivery.url, content=delivery.body, headers=delivery.headers)
                except Exception as exc:
                    delivery.attempts.append(type(exc).__name__)
                    continue
                delivery.attempts.append(response.status_code)
                if response.is_success:
                    delivery.delivered = True
                    return
        logger.warning(
            "callback %s to %s not acknowledged after %d attempts", delivery.event, delivery.url, self.retries + 1
        )

    async def drain(self) -> None:
        """Wait for the deliveries under way (tests use it to avoid sleeping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
