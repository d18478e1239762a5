"""A sandbox that looks remote: reached through an HTTP proxy on loopback, under a name that is not loopback.

``idvkit contract --base-url http://sandbox.idvkit-remote.test`` with ``HTTP_PROXY`` pointing at this server
makes the kit treat the target as remote (its host is not loopback) while every byte stays on 127.0.0.1: the
proxy is the sandbox itself, which takes the absolute-form request target (``POST http://host/path``) the way
a forward proxy would and serves it. Every request is recorded (time, method, path; its Authorization header and
the status it got) for the tests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from idvkit.sandbox import Sandbox

REMOTE_BASE_URL = "http://sandbox.idvkit-remote.test"
REMOTE_HOST = urlsplit(REMOTE_BASE_URL).hostname or ""


def reachable_as_remote(sandbox: Sandbox) -> Sandbox:
    """``sandbox``, answering requests that arrive on loopback under the remote name (its Host check refuses
    other names than loopback ones and those it is told, as a DNS-rebinding guard)."""
    sandbox.app.allow_host(REMOTE_HOST)
    return sandbox


@dataclass(frozen=True)
class Exchange:
    """One request that reached the server and the status it got (None: it got none)."""

    method: str
    path: str
    authorization: str | None
    status: int | None


@dataclass
class Seen:
    """The requests that reached the server: (monotonic time, method, path), and the exchanges with their
    ``Authorization`` header and answer status."""

    requests: list[tuple[float, str, str]] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((time.monotonic(), method, path))

    def answered(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)

    def paths(self) -> set[str]:
        with self._lock:
            return {path for _, _, path in self.requests}

    def to(self, method: str, path: str) -> list[Exchange]:
        """The exchanges of requests ``method path``."""
        with self._lock:
            return [e for e in self.exchanges if (e.method, e.path) == (method.upper(), path)]


class ForwardProxyView:
    """Serve ``app`` to clients that use this server as their HTTP proxy."""

    def __init__(self, app: ASGIApp, seen: Seen) -> None:
        self.app = app
        self.seen = seen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw = bytes(scope.get("raw_path") or scope["path"].encode())
            if b"://" in raw:  # absolute form: what a client sends to its proxy
                raw = urlsplit(raw).path or b"/"
                path = urlsplit(scope["path"]).path or "/"
                scope = {**scope, "path": path, "raw_path": raw}
            self.seen.add(scope["method"], scope["path"])
            headers = dict(scope.get("headers") or [])
            authorization = headers.get(b"authorization")
            status: list[int] = []

            async def recording_send(message: Message) -> None:
                if message["type"] == "http.response.start":
                    status.append(int(message["status"]))
                await send(message)

            try:
                await self.app(scope, receive, recording_send)
            finally:
                self.seen.answered(
                    Exchange(
                        scope["method"],
                        scope["path"],
                        authorization.decode("latin-1") if authorization else None,
                        status[0] if status else None,
                    )
                )
            return
        await self.app(scope, receive, send)
