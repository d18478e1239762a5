"""Serve the proxy with uvicorn: the sandbox's sockets and bounded protocol, without uvicorn's own ``server`` and
``date`` headers (the vendor's answers pass with their headers, unchanged)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

from idvkit.sandbox import bind
from idvkit.sandbox._protocol import BoundedHttpToolsProtocol
from idvkit.sandbox._server import serving_in_thread


def proxy_server(app: ASGIApp, *, log_level: str = "warning") -> uvicorn.Server:
    """A uvicorn server of ``app`` that adds no headers of its own (it installs the SIGINT/SIGTERM handlers)."""
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        timeout_keep_alive=5,
        http=BoundedHttpToolsProtocol,
        server_header=False,
        date_header=False,
    )
    return uvicorn.Server(config)


@contextlib.contextmanager
def running_proxy(app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` in a background thread for the duration of the block; yields its base URL."""
    with serving_in_thread(proxy_server(app), bind(host, port), "proxy") as url:
        yield url
