"""A seeded-fault server (or any ASGI app) on 127.0.0.1 as the upstream, the proxy in front of it."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from idvkit._network import check_url
from idvkit.proxy import HarCapture, ProxyApplication, ProxySettings
from idvkit.proxy._server import running_proxy
from idvkit.sandbox import running_server


@dataclass
class Proxied:
    """A running proxy: its URL, the application (its ``report``), the live report and the capture."""

    url: str
    app: ProxyApplication
    output: io.StringIO
    capture: HarCapture | None

    def har_files(self) -> list[Path]:
        if self.capture is not None:
            self.capture.close()
            return list(self.capture.files)
        return []


@contextlib.contextmanager
def proxied(
    vendor: str,
    upstream: ASGIApp,
    *,
    capture: Path | None = None,
    secrets: tuple[str, ...] = (),
    **settings: object,
) -> Iterator[Proxied]:
    output = io.StringIO()
    har = HarCapture(capture, secrets) if capture is not None else None
    with running_server(upstream) as upstream_url:
        app = ProxyApplication(
            ProxySettings(vendor, check_url(upstream_url), capture=har, report=output, **settings)  # type: ignore[arg-type]
        )
        with running_proxy(app) as url:
            yield Proxied(url, app, output, har)
    if har is not None:
        har.close()


@dataclass
class Recorder:
    """An ASGI app around ``inner`` that keeps the raw bytes of every request body it got and response body it sent."""

    inner: ASGIApp
    requests: list[bytes] = field(default_factory=list)
    responses: list[bytes] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        received: list[bytes] = []
        sent: list[bytes] = []

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                received.append(message.get("body", b""))
            return message

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.body":
                sent.append(message.get("body", b""))
            await send(message)

        await self.inner(scope, recording_receive, recording_send)
        self.requests.append(b"".join(received))
        self.responses.append(b"".join(sent))


def client(url: str, **kwargs: object) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=30, trust_env=False, **kwargs)  # type: ignore[arg-type]
