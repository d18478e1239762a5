"""The proxy: an ASGI application that forwards every request to the vendor (``upstream``) and every answer back,
byte for byte, and judges both against the vendor's spec (``ExchangeJudge``).

Bodies stream through: the proxy keeps at most ``validation_limit`` bytes of each body (to validate it) and
streams larger ones through unvalidated (counted in the summary as ``unvalidated_responses``). Observe-only by
default: nothing is blocked. With ``enforce``, a request the spec refuses is answered by the proxy with the
vendor's own 4xx (rendered by the embedded sandbox's behaviour), and an answer the spec refuses is replaced by a
502 naming the violations; an upstream that cannot be reached gives a 502 saying so. Callbacks posted to
``CALLBACK_PATH`` are verified, validated against the spec's webhooks and forwarded, raw, to ``callbacks_to``.
"""

from __future__ import annotations

import datetime
import http.cookiejar
import json
import time
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import parse_qsl

import httpx
from starlette.types import Message, Receive, Scope, Send

from idvkit._network import CheckedURL
from idvkit.proxy._capture import HarCapture, har_entry
from idvkit.proxy._exchange import ObservedExchange, RawExchange, Violation, masked_headers
from idvkit.proxy._judge import ExchangeJudge, media_type_of, request_credentials
from idvkit.proxy._lanes import UpstreamLanes
from idvkit.proxy._traffic import TrafficReport
from idvkit.sandbox._validation import OperationValidator, RequestProblem, ValidRequest
from idvkit.specs import iter_operations
from idvkit.vendors import get_vendor
from idvkit.webhooks import SignatureError, verify_signature, webhook_headers

#: Where the vendor posts its callbacks when the proxy is the registered callback target.
CALLBACK_PATH = "/__idvkit/callbacks"
#: Bodies up to this size are kept and validated (when the spec allows less, the spec's x-max-body-bytes).
DEFAULT_VALIDATION_LIMIT = 1024 * 1024
#: At most this many connections to the upstream at once (exchanges beyond wait for one, up to the timeout).
UPSTREAM_CONNECTIONS = 200
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host"}
)
_JSON = [(b"content-type", b"application/json")]


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """The proxy keeps no cookies: the application's cookies pass through in the headers, untouched."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


@dataclass
class ProxySettings:
    """What ``idvkit proxy`` was asked to do."""

    vendor: str
    upstream: CheckedURL
    enforce: bool = False
    validation_limit: int = DEFAULT_VALIDATION_LIMIT
    capture: HarCapture | None = None
    callbacks_to: CheckedURL | None = None
    callback_key: str | None = None
    #: where the live report goes (one line per violation)
    report: TextIO | None = None
    timeout: float = 60.0
    #: the base URL the capture names (the proxy's own address)
    listen_url: str = "http://127.0.0.1"
    on_exchange: list[Callable[[ObservedExchange], None]] = field(default_factory=list)
    #: called when the server shuts down (SIGINT/SIGTERM included), after the last exchange: summary, capture
    on_shutdown: list[Callable[[], None]] = field(default_factory=list)


def _decoded(raw: bytes, encoding: str | None) -> bytes | None:
    """A kept body without its content coding (for validation only; the bytes forwarded are the raw ones)."""
    coding = (encoding or "identity").strip().lower()
    if coding == "identity":
        return raw
    if coding in ("gzip", "deflate"):
        try:
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS)
            out = decoder.decompress(raw, DEFAULT_VALIDATION_LIMIT * 8)
            return out if not decoder.unconsumed_tail else None
        except zlib.error:
            return None
    return None


class ProxyApplication:
    """The ASGI application of ``idvkit proxy`` (serve it with uvicorn; ``report`` holds the verdicts)."""

    def __init__(self, settings: ProxySettings) -> None:
        self.settings = settings
        vendor = get_vendor(settings.vendor)
        self.document = vendor.spec()
        self.judge = ExchangeJudge(self.document)
        self.report = TrafficReport(vendor.name, settings.upstream.url, self.document)
        self._client: httpx.AsyncClient | None = None
        self._lanes: UpstreamLanes | None = None
        self._errors: Any = None  # the vendor's error rendering (the embedded sandbox's behaviour), when enforcing
        if settings.enforce:
            from idvkit.sandbox import create_sandbox

            self._errors = create_sandbox(vendor.name).behaviour
        self._signature_header = webhook_headers(self.document).signature
        self._webhooks = [
            (operation, OperationValidator(self.document, operation))
            for operation in iter_operations(self.document, webhooks=True)
        ]

    # ----------------------------------------------------------------------------------------------- plumbing
    def _new_client(self, limits: httpx.Limits) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=self.settings.timeout,
            follow_redirects=False,
            cookies=http.cookiejar.CookieJar(policy=_NoCookies()),
            limits=limits,
            trust_env=False,
        )

    def client(self) -> httpx.AsyncClient:
        """The client of the callbacks forwarded to the application's receiver (the upstream has its lanes)."""
        if self._client is None:
            self._client = self._new_client(httpx.Limits(max_connections=50, max_keepalive_connections=10))
        return self._client

    def lanes(self) -> UpstreamLanes:
        """The connections to the upstream (proxy/_lanes.py: one httpx client per connection, for throughput)."""
        if self._lanes is None:
            self._lanes = UpstreamLanes(self._new_client, size=UPSTREAM_CONNECTIONS, wait=self.settings.timeout)
        return self._lanes

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        if self._lanes is not None:
            await self._lanes.aclose()
            self._lanes = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.aclose()
                    for finish in self.settings.on_shutdown:
                        finish()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["path"] == CALLBACK_PATH and self.settings.callbacks_to is not None:
            await self._callback(scope, receive, send)
        else:
            await self._forward(scope, receive, send)

    def _emit(self, violations: list[Violation]) -> None:
        if self.settings.report is None:
            return
        for violation in violations:
            print(f"[idvkit proxy] {violation.line()}", file=self.settings.report, flush=True)

    async def _read(self, receive: Receive, limit: int) -> tuple[list[bytes], bool, bool]:
        """(chunks read, whether more follow, whether the client went away), reading at most past ``limit``."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return chunks, False, True
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            more = bool(message.get("more_body", False))
            if not more:
                return chunks, False, False
            if size > limit:
                return chunks, True, False

    # ----------------------------------------------------------------------------------------------- forwarding
    async def _forward(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = self.settings
        started_at, started = datetime.datetime.now(datetime.UTC), time.perf_counter()
        method, path = scope["method"], scope["path"]
        query_string: bytes = scope.get("query_string", b"")
        raw_headers: list[tuple[bytes, bytes]] = list(scope.get("headers", []))
        headers = tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in raw_headers)
        chunks, more, gone = await self._read(receive, settings.validation_limit)
        if gone:
            return
        kept = b"".join(chunks) if not more else None
        request_size = len(kept) if kept is not None else sum(map(len, chunks))
        raw = RawExchange(
            method,
            path,
            tuple(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)),
            headers,
            kept,
        )
        request_violations, checked = self.judge.judge_request(raw)
        if settings.enforce and request_violations:
            await self._refuse_request(send, request_violations, checked)
            self._record(raw, request_violations, None, None, started_at, started, request_size, 0)
            return

        async def body() -> AsyncIterator[bytes]:
            for chunk in chunks:
                yield chunk
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                yield message.get("body", b"")
                if not message.get("more_body", False):
                    return

        forwarded = [(k, v) for k, v in raw_headers if k.decode("latin-1").lower() not in _HOP_BY_HOP]
        if kept is not None:
            forwarded = [(k, v) for k, v in forwarded if k.lower() != b"content-length"]
        raw_path = scope.get("raw_path") or path.encode("latin-1")
        url = (
            settings.upstream.url
            + raw_path.decode("latin-1")
            + ("?" + query_string.decode("latin-1") if query_string else "")
        )
        has_body = (
            kept is None or kept or any(k.lower() in (b"content-length", b"transfer-encoding") for k, _ in raw_headers)
        )
        content: bytes | AsyncIterator[bytes] | None = (kept if kept is not None else body()) if has_body else None
        request = httpx.Request(method, httpx.URL(url), headers=forwarded, content=content)
        lanes = self.lanes()
        try:
            lane = await lanes.acquire()
            try:
                upstream = await lane.send(request, stream=True)
            except BaseException:
                lanes.release(lane)
                raise
        except httpx.HTTPError as exc:
            message = f"idvkit proxy: the upstream {settings.upstream.url} did not answer ({type(exc).__name__})"
            self.report.note(message)
            await _answer(send, 502, {"message": message})
            self._record(raw, request_violations, None, None, started_at, started, request_size, 0)
            return
        try:
            await self._relay(upstream, send, raw, request_violations, checked, started_at, started, request_size)
        finally:
            await upstream.aclose()
            lanes.release(lane)

    async def _relay(
        self,
        upstream: httpx.Response,
        send: Send,
        raw: RawExchange,
        request_violations: list[Violation],
        checked: RequestProblem | ValidRequest | None,
        started_at: datetime.datetime,
        started: float,
        request_size: int,
    ) -> None:
        limit = self.settings.validation_limit
        response_headers = [
            (k, v)
            for k, v in upstream.headers.raw
            if k.lower() not in (b"connection", b"keep-alive", b"transfer-encoding")
        ]
        start: Message = {"type": "http.response.start", "status": upstream.status_code, "headers": response_headers}
        kept: list[bytes] | None = []
        size = 0
        stream = upstream.aiter_raw()
        sent_start = False
        if not self.settings.enforce:
            await send(start)
            sent_start = True
        try:
            async for chunk in stream:
                size += len(chunk)
                if kept is not None:
                    kept.append(chunk)
                    if size > limit:
                        if not sent_start:
                            await send(start)
                            sent_start = True
                            for held in kept[:-1]:
                                await send({"type": "http.response.body", "body": held, "more_body": True})
                        kept = None
                if sent_start and chunk:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except httpx.HTTPError as exc:
            message = f"idvkit proxy: the upstream broke off its answer ({type(exc).__name__})"
            self.report.note(message)
            if not sent_start:
                await _answer(send, 502, {"message": message})
            else:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        body = b"".join(kept) if kept is not None else None
        headers = tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in upstream.headers.raw)
        decoded = _decoded(body, dict(headers).get("content-encoding")) if body is not None else None
        judged_raw = RawExchange(
            raw.method,
            raw.path,
            raw.query,
            raw.request_headers,
            raw.request_body,
            upstream.status_code,
            headers,
            decoded,
        )
        response_violations, parsed, pointer = self.judge.judge_response(judged_raw, checked)
        if sent_start:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        elif response_violations:
            lines = [violation.line() for violation in response_violations[:20]]
            await _answer(
                send, 502, {"message": "idvkit proxy: the vendor's answer violates the spec", "violations": lines}
            )
        else:
            await send(start)
            await send({"type": "http.response.body", "body": body or b"", "more_body": False})
        self._record(
            judged_raw,
            request_violations,
            response_violations,
            parsed,
            started_at,
            started,
            request_size,
            size,
            pointer=pointer,
            captured_body=body if decoded is not None else None,
        )

    async def _refuse_request(
        self, send: Send, violations: list[Violation], checked: RequestProblem | ValidRequest | None
    ) -> None:
        if isinstance(checked, RequestProblem):
            status = 415 if checked.kind == "unsupported_media_type" else 400
            reply = self._errors.error(status, "invalid_request", checked)
        else:
            reply = self._errors.error(404, "unknown_path")
        response = reply.to_response()
        await send({"type": "http.response.start", "status": response.status_code, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body, "more_body": False})

    def _record(
        self,
        raw: RawExchange,
        request_violations: list[Violation],
        response_violations: list[Violation] | None,
        parsed: Any,
        started_at: datetime.datetime,
        started: float,
        request_size: int,
        response_size: int,
        *,
        pointer: str | None = None,
        captured_body: bytes | None = None,
    ) -> None:
        violations = [*request_violations, *(response_violations or [])]
        self._emit(violations)
        request_media = media_type_of(raw.request_header("content-type"))
        request_body = None
        if raw.request_body and request_media == "application/json":
            try:
                request_body = json.loads(raw.request_body)
            except (ValueError, RecursionError):
                request_body = None
        observed = ObservedExchange(
            self.judge.operation_label(raw.method, raw.path),
            raw.status,
            media_type_of(raw.response_header("content-type")),
            masked_headers(raw.request_headers),
            masked_headers(raw.response_headers),
            request_body,
            parsed,
            pointer is not None,
            tuple(violations),
        )
        self.report.add(observed, response_pointer=pointer)
        for listener in self.settings.on_exchange:
            listener(observed)
        capture = self.settings.capture
        if capture is not None:
            capture.remember(request_credentials(raw))
            entry_exchange = RawExchange(
                raw.method,
                raw.path,
                raw.query,
                raw.request_headers,
                raw.request_body,
                raw.status,
                raw.response_headers,
                captured_body,
            )
            capture.write(
                har_entry(
                    entry_exchange,
                    base_url=self.settings.listen_url,
                    started=started_at,
                    seconds=time.perf_counter() - started,
                    request_size=request_size,
                    response_size=response_size,
                )
            )

    # ----------------------------------------------------------------------------------------------- callbacks
    async def _callback(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = self.settings
        assert settings.callbacks_to is not None
        limit = max(settings.validation_limit, 1)
        chunks, more, gone = await self._read(receive, limit)
        if gone:
            return
        if more:
            await _answer(send, 413, {"message": "idvkit proxy: callback body too large"})
            return
        body = b"".join(chunks)
        raw_headers: list[tuple[bytes, bytes]] = list(scope.get("headers", []))
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw_headers}
        violations: list[Violation] = []
        label = "WEBHOOK"
        if self._signature_header is not None:
            try:
                verify_signature(body, headers.get(self._signature_header.lower()), settings.callback_key or "")
            except (SignatureError, ValueError) as exc:
                reason = getattr(exc, "reason", "missing")
                violations.append(
                    Violation(
                        "callback",
                        label,
                        "callback_signature",
                        "Callback signature not genuine",
                        "/header/" + self._signature_header,
                        reason,
                    )
                )
        label, problem = self._webhook_verdict(body, headers)
        if problem is not None:
            violations.append(problem)
        violations = [Violation(v.side, label, v.code, v.title, v.pointer, v.kind) for v in violations]
        self._emit(violations)
        for violation in violations:
            self.report.record(violation)
        if not any(v.code == "callback_signature" for v in violations):
            self.report.add_callback(headers, body)  # only the vendor's genuine callbacks go into the snapshot
        if settings.enforce and any(v.code == "callback_signature" for v in violations):
            await _answer(send, 401, {"message": "idvkit proxy: callback signature not genuine; not forwarded"})
            return
        forwarded = [
            (k, v)
            for k, v in raw_headers
            if k.decode("latin-1").lower() not in _HOP_BY_HOP and k.lower() != b"content-length"
        ]
        request = httpx.Request("POST", httpx.URL(settings.callbacks_to.url), headers=forwarded, content=body)
        try:
            answer = await self.client().send(request)
        except httpx.HTTPError as exc:
            await _answer(
                send, 502, {"message": f"idvkit proxy: the callback receiver did not answer ({type(exc).__name__})"}
            )
            return
        response_headers = [
            (k, v)
            for k, v in answer.headers.raw
            if k.lower()
            not in (b"connection", b"keep-alive", b"transfer-encoding", b"content-length", b"content-encoding")
        ]
        response_headers.append((b"content-length", str(len(answer.content)).encode()))
        await send({"type": "http.response.start", "status": answer.status_code, "headers": response_headers})
        await send({"type": "http.response.body", "body": answer.content, "more_body": False})

    def _webhook_verdict(self, body: bytes, headers: dict[str, str]) -> tuple[str, Violation | None]:
        best: tuple[str, RequestProblem] | None = None
        for operation, validator in self._webhooks:
            result = validator.validate(
                content_type=headers.get("content-type"), body=body, query=[], headers=headers, path_parameters={}
            )
            label = f"WEBHOOK {operation.path}"
            if isinstance(result, ValidRequest):
                return label, None
            if best is None or (best[1].location != "body" and result.location == "body"):
                best = (label, result)
        if best is None:
            return "WEBHOOK", None
        label, problem = best
        pointer = "/" + problem.field.replace(".", "/") if problem.field else ""
        return label, Violation(
            "callback", label, "callback_conformance", "Callback violates the spec", pointer, problem.rule
        )


async def _answer(send: Send, status: int, body: dict[str, Any]) -> None:
    content = json.dumps(body).encode()
    headers = [*_JSON, (b"content-length", str(len(content)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content, "more_body": False})
