"""uvicorn's HTTP/1.1 protocol (httptools) with the bounds a server facing hostile clients needs.

uvicorn bounds neither the size of a request head nor the time a client takes to send a request: 8 MB of
headers are parsed and kept, and a client that sends one byte a second holds its connection (and its
task) for ever, because uvicorn's only timer, the keep-alive one, is cancelled by any byte received. This
protocol, given to uvicorn as its ``http`` class (a documented option of ``uvicorn.Config``), adds:

- ``HEAD_LIMIT_BYTES`` for the request line and headers together: 431, connection closed; the headers
  beyond the limit are never stored;
- ``HEAD_TIMEOUT`` from the start of a connection, or from the first byte of a later request, to the end
  of the request's headers;
- ``BODY_TIMEOUT`` from the end of the headers to the end of the body;

after a timeout the client gets 408 (when no answer is already under way) and the connection is closed.
"""

from __future__ import annotations

import asyncio
import http
from typing import ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` with a request-head size limit and timeouts for reading the head and the body."""

    #: The request line and all headers together (uvicorn itself has no limit; h11's default is 16 KiB).
    HEAD_LIMIT_BYTES: ClassVar[int] = 64 * 1024
    #: Seconds for a request's head to arrive.
    HEAD_TIMEOUT: ClassVar[float] = 10.0
    #: Seconds for a request's body to arrive once the head has (20 MB, the largest body, takes well under a
    #: second on loopback and about 16 s at 10 Mbit/s).
    BODY_TIMEOUT: ClassVar[float] = 30.0

    _head_bytes = 0
    _head_timer: asyncio.TimerHandle | None = None
    _body_timer: asyncio.TimerHandle | None = None
    #: the status to refuse the request with (431), set while its head is being parsed
    _refusal: int | None = None
    #: True once a refusal was written: everything the client sends afterwards is dropped
    _refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer = self.loop.call_later(self.HEAD_TIMEOUT, self._timed_out)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        super().data_received(data)
        if self._refusal is not None and not self._refused:
            self._refuse(self._refusal, "Request header fields too large.")

    # -- parser callbacks -------------------------------------------------------------------------------
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = 0
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.HEAD_TIMEOUT, self._timed_out)

    def on_url(self, url: bytes) -> None:
        if self._counted(len(url)):
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        if self._counted(len(name) + len(value) + 4):  # "name: value\r\n"
            super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._refusal is not None:
            return
        self._cancel_head_timer()
        self._body_timer = self.loop.call_later(self.BODY_TIMEOUT, self._timed_out)
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self._refusal is None:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refusal is not None:
            return
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None
        super().on_message_complete()

    # -- limits -----------------------------------------------------------------------------------------
    def _counted(self, size: int) -> bool:
        """Count ``size`` head bytes; False (and a 431 to come) once the head is over the limit."""
        self._head_bytes += size
        if self._head_bytes > self.HEAD_LIMIT_BYTES:
            self._refusal = 431
        return self._refusal is None

    def _timed_out(self) -> None:
        self._head_timer = self._body_timer = None
        if not self.transport.is_closing():
            self._refuse(408, "Request timeout.")

    def _refuse(self, status: int, message: str) -> None:
        """Answer ``status`` unless an answer is already under way, then close the connection."""
        self._refused = True
        self._cancel_timers()
        cycle = self.cycle
        answering = cycle is not None and cycle.response_started and not cycle.response_complete
        if not answering and not self.transport.is_closing():
            body = message.encode("ascii")
            head = (
                f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}\r\n"
                "content-type: text/plain; charset=utf-8\r\n"
                f"content-length: {len(body)}\r\n"
                "connection: close\r\n\r\n"
            )
            self.transport.write(head.encode("ascii") + body)
        self.transport.close()

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _cancel_timers(self) -> None:
        self._cancel_head_timer()
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None
