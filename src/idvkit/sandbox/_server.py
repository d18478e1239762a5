"""Serve an ASGI app with uvicorn on a loopback port, in the foreground or in a background thread."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

from idvkit.sandbox._protocol import BoundedHttpToolsProtocol


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: a free port chosen by the system).

    ``host`` is a name or an IP address, IPv6 with or without brackets. '' and every other spelling of the
    unspecified address ('0', '0.0.0.0', '::', '[::]', see ``idvkit._network.is_wildcard_host``) listen on
    every interface ('' and the IPv4 spellings on every IPv4 interface).
    """
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio turns Nagle's algorithm off only on sockets that say they are
    # TCP, and with it on, every keep-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _config(app: ASGIApp, log_level: str) -> uvicorn.Config:
    # the protocol bounds the request head (64 KiB) and the time to send head (10 s) and body (30 s)
    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        timeout_keep_alive=5,
        http=BoundedHttpToolsProtocol,
    )


def serve(app: ASGIApp, sock: socket.socket, *, log_level: str = "warning") -> None:
    """Serve until interrupted (Ctrl-C)."""
    uvicorn.Server(_config(app, log_level)).run(sockets=[sock])


@contextlib.contextmanager
def running_server(
    app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
) -> Iterator[str]:
    """Run ``app`` in a background thread for the duration of the block; yields its base URL."""
    with serving_in_thread(uvicorn.Server(_config(app, log_level)), bind(host, port), "sandbox") as url:
        yield url


@contextlib.contextmanager
def serving_in_thread(server: uvicorn.Server, sock: socket.socket, what: str) -> Iterator[str]:
    """Run ``server`` on ``sock`` in a background thread for the duration of the block (``what`` names it in
    the thread's name and in the error when it does not start within 10 s); yields its base URL."""
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"idvkit-{what}")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the {what} server did not start")
        time.sleep(0.01)
    try:
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
