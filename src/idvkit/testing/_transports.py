"""httpx transports of idvkit.testing: a sandbox served in-process, and callbacks handed to an app or a callable.

An in-process sandbox runs on an event loop of its own in a background thread (``LoopThread``): the sandbox's
callbacks are sent from that loop, and the test's synchronous clients reach the app through it
(``InProcessTransport``, which serves ``httpx.Client`` and ``httpx.AsyncClient`` alike). No socket is opened.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from concurrent.futures import Future
from typing import Any, TypeVar

import httpx

T = TypeVar("T")

#: What a callable callback receiver gets: the raw body and the headers; it answers an HTTP status (None: 200).
CallbackHandler = Callable[[bytes, Mapping[str, str]], "int | Awaitable[int | None] | None"]

#: The client address the sandbox sees for in-process requests (loopback, as on a socket of this machine).
_CLIENT = ("127.0.0.1", 50000)


class LoopThread:
    """An asyncio event loop running in a daemon thread until ``close``."""

    def __init__(self, name: str = "idvkit-testing") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name=name)
        self._thread.start()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = 60) -> T:
        """Run ``coroutine`` on the loop and wait for its result (from any other thread)."""
        return self.submit(coroutine).result(timeout)

    def close(self) -> None:
        if self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


async def _read_response(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    response = await transport.handle_async_request(request)
    try:
        body = await response.aread()
    finally:
        await response.aclose()
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    return httpx.Response(response.status_code, headers=headers, content=body, extensions=response.extensions)


def _copy(request: httpx.Request, content: bytes) -> httpx.Request:
    return httpx.Request(request.method, request.url, headers=request.headers, content=content)


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends requests to an ASGI ``app`` served on ``loop`` (sync and async clients), without a socket."""

    def __init__(self, app: Any, loop: LoopThread) -> None:
        self._asgi = httpx.ASGITransport(app=app, client=_CLIENT)
        self._loop = loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._loop.run(_read_response(self._asgi, _copy(request, request.read())))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        future = self._loop.submit(_read_response(self._asgi, _copy(request, await request.aread())))
        return await asyncio.wrap_future(future)


class AsgiCallbacks(httpx.AsyncBaseTransport):
    """Delivers the sandbox's callbacks into an ASGI application (FastAPI, Starlette...)."""

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app, client=_CLIENT)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await _read_response(self._asgi, _copy(request, await request.aread()))


class WsgiCallbacks(httpx.AsyncBaseTransport):
    """Delivers the sandbox's callbacks into a WSGI application (Flask, Django...), in a worker thread."""

    def __init__(self, app: Any) -> None:
        self._wsgi = httpx.WSGITransport(app=app, remote_addr=_CLIENT[0])

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        copied = _copy(request, await request.aread())

        def call() -> httpx.Response:
            response = self._wsgi.handle_request(copied)
            return httpx.Response(response.status_code, headers=response.headers, content=response.read())

        return await asyncio.to_thread(call)


class CallableCallbacks(httpx.AsyncBaseTransport):
    """Delivers the sandbox's callbacks to ``handler(body, headers)``, sync or async; it answers a status."""

    def __init__(self, handler: CallbackHandler) -> None:
        self._handler = handler

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = dict(request.headers)
        if inspect.iscoroutinefunction(self._handler):
            status = await self._handler(body, headers)
        else:
            status = await asyncio.to_thread(self._handler, body, headers)
            if inspect.isawaitable(status):
                status = await status
        return httpx.Response(200 if status is None else int(status))


class CallbackSwitch(httpx.AsyncBaseTransport):
    """What the sandbox sends its callbacks through when they go to the application: ``target``, set when the
    session starts or later (``SandboxSession.deliver_callbacks``); without one, every attempt fails to connect."""

    def __init__(self, target: httpx.AsyncBaseTransport | None = None) -> None:
        self.target = target

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.target is None:
            message = "no callback receiver: give start_sandbox callback_asgi/_wsgi/_handler or call deliver_callbacks"
            raise httpx.ConnectError(message, request=request)
        return await self.target.handle_async_request(request)
