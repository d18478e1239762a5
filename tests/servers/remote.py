"""A sandbox that looks remote: reached through an HTTP proxy on loopback, under a name that is not loopback.

``idvkit contract --base-url http://sandbox.idvkit-remote.test`` with ``HTTP_PROXY`` pointing at this server
makes the kit treat the target as remote (its host is not loopback) while every byte stays on 127.0.0.1: the
proxy is the sandbox itself, which takes the absolute-form request target (``POST http://host/path``) the way
a forward proxy would and serves it. Every request is recorded (time, method, path) for the tests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from idvkit.sandbox import Sandbox

REMOTE_BASE_URL = "http://sandbox.idvkit-remote.test"
REMOTE_HOST = urlsplit(REMOTE_BASE_URL).hostname or ""


def reachable_as_remote(sandbox: Sandbox) -> Sandbox:
    """``sandbox``, answering requests that arrive on loopback under the remote name (its Host check refuses
    other names than loopback ones and those it is told, as a DNS-rebinding guard)."""
    sandbox.app.allow_host(REMOTE_HOST)
    return sandbox


@dataclass
class Seen:
    """The requests that reached the server: (monotonic time, method, path)."""

    requests: list[tuple[float, str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((time.monotonic(), method, path))

    def paths(self) -> set[str]:
        with self._lock:
            return {path for _, _, path in self.requests}


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
        await self.app(scope, receive, send)
