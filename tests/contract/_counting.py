"""A sandbox on 127.0.0.1 that counts the requests it gets: proof that a refused run sent none."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp, Receive, Scope, Send

from idvkit.sandbox import running_server
from tests.servers import Credentials, fresh_sandbox


class CountingApp:
    """An ASGI app that counts the HTTP requests it gets before passing them on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests += 1
        await self.app(scope, receive, send)


@contextmanager
def counting_sandbox(vendor: str, credentials: Credentials) -> Iterator[tuple[str, CountingApp]]:
    """(base URL, request counter) of a fresh sandbox of ``vendor`` that accepts ``credentials``."""
    app = CountingApp(fresh_sandbox(vendor, credentials).app)
    with running_server(app, log_level="error") as base_url:
        yield base_url, app
