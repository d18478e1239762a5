"""A small ASGI middleware that lets a fault rewrite one exchange: the request before the app sees it, the response after.

The wrapped app (an embedded sandbox) stays untouched; the middleware buffers the request body, hands the
request to ``on_request`` (which may return a changed copy), runs the app, buffers its response and hands it
to ``on_response`` (which may return a changed copy). ``Content-Length`` is recomputed for a changed body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Self

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _Buffered:
    """What a buffered request and a buffered response share: headers (lower-case names) and a body."""

    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key == name), None)

    def with_header(self, name: str, value: str) -> Self:
        name = name.lower()
        headers = (*((k, v) for k, v in self.headers if k != name), (name, value))
        return replace(self, headers=headers)  # type: ignore[type-var]

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            return None


@dataclass(frozen=True)
class HttpRequest(_Buffered):
    """A buffered request: method, path, headers (lower-case names) and body."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    query: str = ""

    def with_json(self, data: Any) -> HttpRequest:
        body = json.dumps(data).encode()
        return replace(self.with_header("content-length", str(len(body))), body=body)

    def is_(self, method: str, path: str) -> bool:
        return self.method == method.upper() and self.path == path


@dataclass(frozen=True)
class HttpResponse(_Buffered):
    """A buffered response: status, headers (lower-case names) and body."""

    status: int
    headers: tuple[tuple[str, str], ...] = field(default=())
    body: bytes = b""

    def with_body(self, body: bytes, *, status: int | None = None, media_type: str | None = None) -> HttpResponse:
        changed = self.with_header("content-length", str(len(body)))
        if media_type is not None:
            changed = changed.with_header("content-type", media_type)
        return replace(changed, body=body, status=self.status if status is None else status)

    def with_json(self, data: Any, *, status: int | None = None) -> HttpResponse:
        return self.with_body(
            json.dumps(data, separators=(",", ":")).encode(), status=status, media_type="application/json"
        )


RequestRewrite = Callable[[HttpRequest], HttpRequest]
ResponseRewrite = Callable[[HttpRequest, HttpResponse], HttpResponse]


def _unchanged_request(request: HttpRequest) -> HttpRequest:
    return request


def _unchanged_response(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    return response


class FaultMiddleware:
    """Wrap ``app``; every HTTP exchange goes through ``on_request`` and ``on_response``."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        on_request: RequestRewrite = _unchanged_request,
        on_response: ResponseRewrite = _unchanged_response,
    ) -> None:
        self.app = app
        self.on_request = on_request
        self.on_response = on_response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        headers = tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope.get("headers", []))
        original = HttpRequest(
            scope["method"], scope["path"], headers, b"".join(chunks), scope.get("query_string", b"").decode("latin-1")
        )
        request = self.on_request(original)
        inner_scope = dict(scope)
        inner_scope["headers"] = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in request.headers]
        inner_scope["query_string"] = request.query.encode("latin-1")
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": request.body, "more_body": False}

        status = 500
        response_headers: list[tuple[str, str]] = []
        body = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                response_headers.extend(
                    (k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in message.get("headers", [])
                )
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        await self.app(inner_scope, replay, capture)
        response = self.on_response(request, HttpResponse(status, tuple(response_headers), b"".join(body)))
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers],
            }
        )
        await send({"type": "http.response.body", "body": response.body, "more_body": False})
