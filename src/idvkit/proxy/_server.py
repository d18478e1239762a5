"""Serve the proxy with uvicorn: the sandbox's sockets and bounded protocol, without uvicorn's own ``server`` and
``date`` headers (the vendor's answers pass with their headers, unchanged)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

from idvkit.sandbox import bind, url_of
from idvkit.sandbox._protocol import BoundedHttpToolsProtocol


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
    sock: socket.socket = bind(host, port)
    server = proxy_server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="idvkit-proxy")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the proxy server did not start")
        time.sleep(0.01)
    try:
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
