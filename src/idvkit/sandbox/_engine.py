"""The spec-driven ASGI engine shared by every sandbox.

It routes requests by the spec's paths and methods (unknown path: 404; undeclared method: 405 with
``Allow``), checks the operation's security requirements (401), validates parameters and body
against the spec (the vendor's 400), and hands the validated call to the vendor behaviour, which
owns the state and the answers. Errors are rendered by the behaviour, in the vendor's format.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from idvkit.sandbox._origin import (
    SameOriginOnly,
    allowed_host_names,
    host_is_allowed,
    is_json_media_type,
    origin_is_allowed,
)
from idvkit.sandbox._validation import OperationValidator, RequestProblem, ValidRequest
from idvkit.specs import Operation, OperationIndex, iter_operations

logger = logging.getLogger("idvkit.sandbox")

ErrorReason = Literal["unknown_path", "method_not_allowed", "unauthorized", "invalid_request", "too_large"]


@dataclass
class Reply:
    """What an operation answers: status, a JSON-serialisable body (or bytes), media type, headers."""

    status: int
    body: Any = None
    media_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    def to_response(self) -> Response:
        if self.body is None:
            return Response(status_code=self.status, headers=self.headers)
        content = self.body if isinstance(self.body, bytes) else json.dumps(self.body, separators=(",", ":")).encode()
        return Response(content, status_code=self.status, headers=self.headers, media_type=self.media_type)


@dataclass(frozen=True)
class Call:
    """A request that passed routing, authentication and validation."""

    operation: Operation
    request: ValidRequest
    base_url: str
    bearer_claims: Mapping[str, Any] | None = None


Handler = Callable[[Call], Awaitable[Reply]]


class Behaviour(Protocol):
    """A vendor's (or the control API's) state and answers for the operations of one spec."""

    document: dict[str, Any]

    def handlers(self) -> Mapping[str, Handler]:
        """operationId -> handler, for every operation of ``document``."""
        ...

    def error(self, status: int, reason: ErrorReason, problem: RequestProblem | None = None) -> Reply:
        """The vendor's error answer for a request the engine rejected."""
        ...

    def check_basic(self, username: str, password: str) -> bool: ...

    def check_api_key(self, name: str, value: str) -> bool: ...

    def check_bearer(self, token: str) -> Mapping[str, Any] | None:
        """The token's claims when it is valid now, else None."""
        ...


@dataclass(frozen=True)
class _Route:
    operation: Operation
    validator: OperationValidator
    handler: Handler
    behaviour: Behaviour
    security: list[dict[str, list[str]]]
    schemes: Mapping[str, Any]


class SpecApplication:
    """One ASGI application serving one or more (spec, behaviour) pairs on the same host."""

    def __init__(self, behaviours: list[Behaviour], *, max_body_bytes: int | None = None) -> None:
        # by default the largest request the specs allow (their x-max-body-bytes marks)
        limit = declared_body_limit(b.document for b in behaviours) if max_body_bytes is None else max_body_bytes
        if limit is None:
            raise ValueError("no spec declares x-max-body-bytes: pass max_body_bytes")
        self.max_body_bytes = limit
        self._fallback = behaviours[0]
        routes: list[tuple[str, str, _Route]] = []
        for behaviour in behaviours:
            document = behaviour.document
            handlers = behaviour.handlers()
            schemes = (document.get("components") or {}).get("securitySchemes") or {}
            for operation in iter_operations(document):
                if operation.operation_id not in handlers:
                    raise ValueError(f"no sandbox handler for {operation.label} ({operation.operation_id})")
                route = _Route(
                    operation,
                    OperationValidator(document, operation),
                    handlers[operation.operation_id or ""],
                    behaviour,
                    operation.definition.get("security", document.get("security", [])),
                    schemes,
                )
                routes.append((operation.method, operation.path, route))
        self._routes = OperationIndex(routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            reply = await self.handle(request)
        except Exception:
            # A bug, never an input problem: answer honestly, log without request data.
            logger.exception("sandbox error in %s %s", request.method, scope.get("path"))
            reply = Reply(500, {"message": "Internal sandbox error."})
        _close_if_body_unread(request, reply)
        await reply.to_response()(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def handle(self, request: Request) -> Reply:
        # the raw path: request.url would drop tabs and line feeds and route a different path
        matched = self._routes.match(request.method, request.scope["path"])
        if matched is None:
            return self._fallback.error(404, "unknown_path")
        route = matched.operation
        if route is None:
            behaviour = next(iter(matched.operations.values())).behaviour
            reply = behaviour.error(405, "method_not_allowed")
            reply.headers["Allow"] = ", ".join(matched.allowed_methods)
            return reply
        refused = self._refuse_cross_site(route, request)
        if refused is not None:
            return refused
        # credentials travel in headers: the body of a request that has none is never read
        claims = self._authenticate(route, request)
        if claims is None:
            return route.behaviour.error(401, "unauthorized")
        body = await self._read_body(request)
        if body is None:
            return route.behaviour.error(400, "too_large")
        checked = route.validator.validate(
            content_type=request.headers.get("content-type"),
            body=body,
            query=list(request.query_params.multi_items()),
            headers=request.headers,
            path_parameters=matched.path_parameters,
        )
        if isinstance(checked, RequestProblem):
            return route.behaviour.error(400, "invalid_request", checked)
        base_url = str(request.base_url)
        bearer = claims if claims else None
        return await route.handler(Call(route.operation, checked, base_url, bearer))

    async def _read_body(self, request: Request) -> bytes | None:
        """The whole body, or None when it is over the limit or the client went away (no answer reaches it)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return None
        chunks, size = [], 0
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > self.max_body_bytes:
                    return None
                chunks.append(chunk)
        except ClientDisconnect:  # e.g. closed by the server's body timeout (sandbox/_protocol.py)
            return None
        request.state.body_read = True
        return b"".join(chunks)

    #: Host names besides the loopback ones that requests arriving on loopback may name (``allow_host``).
    allowed_hosts: frozenset[str] = frozenset()

    def allow_host(self, *names: str) -> None:
        """Also answer requests that arrive on loopback under ``names`` (the name the sandbox was started with)."""
        self.allowed_hosts = self.allowed_hosts | allowed_host_names(names)

    def _refuse_cross_site(self, route: _Route, request: Request) -> Reply | None:
        """421, 403 or 415 for what a web page could send: see sandbox/_origin.py."""
        headers, server = request.headers, request.scope.get("server")
        host = headers.get("host")
        if not host_is_allowed(str(server[0]) if server else None, host, self.allowed_hosts):
            message = "The Host header names neither this sandbox nor a loopback address."
            return route.behaviour.error(
                421, "invalid_request", RequestProblem("invalid", "header", "Host", "host", message)
            )
        if not isinstance(route.behaviour, SameOriginOnly):
            return None
        if not origin_is_allowed(headers.get("origin"), host, self.allowed_hosts):
            message = "Requests from other web sites (Origin) are refused by the sandbox control API."
            return route.behaviour.error(
                403, "invalid_request", RequestProblem("invalid", "header", "Origin", "sameOrigin", message)
            )
        if request.method not in ("GET", "HEAD") and not is_json_media_type(headers.get("content-type")):
            message = "Control API requests must be sent with Content-Type: application/json (also without a body)."
            problem = RequestProblem("unsupported_media_type", "header", "Content-Type", "contentType", message)
            return route.behaviour.error(415, "invalid_request", problem)
        return None

    def _authenticate(self, route: _Route, request: Request) -> Mapping[str, Any] | None:
        """None when no security requirement is met; the bearer claims (or {}) when one is."""
        if not route.security:
            return {}
        for requirement in route.security:
            claims: dict[str, Any] = {}
            if all(self._satisfies(route, name, request, claims) for name in requirement):
                return claims
        return None

    def _satisfies(self, route: _Route, name: str, request: Request, claims: dict[str, Any]) -> bool:
        scheme = route.schemes.get(name) or {}
        behaviour = route.behaviour
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            value = request.headers.get(scheme["name"])
            return value is not None and behaviour.check_api_key(scheme["name"], value)
        if scheme.get("type") != "http":
            return False
        kind, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.get("scheme", "").lower() == "basic" and kind.lower() == "basic":
            try:
                decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
            except (ValueError, UnicodeDecodeError):  # binascii.Error is a ValueError; so is non-ASCII input
                return False
            username, separator, password = decoded.partition(":")
            return bool(separator) and behaviour.check_basic(username, password)
        if scheme.get("scheme", "").lower() == "bearer" and kind.lower() == "bearer":
            found = behaviour.check_bearer(credentials.strip())
            if found is None:
                return False
            claims.update(found)
            return True
        return False


def declared_body_limit(documents: Iterable[dict[str, Any]]) -> int | None:
    """The largest request body, in bytes, that ``documents`` allow: their ``x-max-body-bytes`` marks on ``info``
    (every operation) and on operations (specs/README.md); None when none declares one."""
    declared: list[int] = []
    for document in documents:
        marked = [("/info", document.get("info") or {})]
        marked += [(operation.pointer, operation.definition) for operation in iter_operations(document)]
        for where, node in marked:
            limit = node.get("x-max-body-bytes")
            if limit is None:
                continue
            if not (isinstance(limit, int) and not isinstance(limit, bool) and limit > 0):
                raise ValueError(f"{where}/x-max-body-bytes: must be a number of bytes above 0, not {limit!r}")
            declared.append(limit)
    return max(declared, default=None)


def _close_if_body_unread(request: Request, reply: Reply) -> None:
    """Close the connection after an answer given without reading the announced body (a refusal, 401,
    too large): otherwise the server would go on receiving, and discarding, what the client still sends."""
    announced = request.headers.get("content-length", "0") not in ("", "0") or "transfer-encoding" in request.headers
    if announced and not getattr(request.state, "body_read", False):
        reply.headers["Connection"] = "close"


def constant_time_equal(given: str, expected: str) -> bool:
    """Compare credentials without leaking their length or content through timing."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
