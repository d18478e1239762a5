"""Retries for the vendor clients: an httpx transport that retries what the spec says is safe to retry.

Which requests may be sent twice is read from the vendor's bundled spec, never from the HTTP method
alone: every iDenfy operation is a POST, even the reads. An operation is idempotent when the spec does
not mark it ``x-billable`` or ``x-destructive``, does not declare ``x-resource.action: create``, and
it is a read (GET, HEAD, OPTIONS) or a POST. Everything else (creating a session, consuming credit,
deleting data, PUT, PATCH, DELETE) is sent once unless the policy says ``retry_non_idempotent``.

Log records (logger ``idvkit.clients``) name the operation, the attempt and the reason; never a
query string, a header or a body.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random as _random
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final
from urllib.parse import urlsplit

import httpx
import idvkit_specs

from idvkit.specs import OperationIndex, iter_operations

logger = logging.getLogger("idvkit.clients")

#: Statuses that say "try again later": rate limited, or a server or gateway failure.
DEFAULT_RETRY_ON_STATUS: Final[frozenset[int]] = frozenset({429, 500, 502, 503, 504})
#: Transport failures retried: the connection could not be made, or broke before a response came.
#: Timeouts while waiting for an answer (ReadTimeout, WriteTimeout, PoolTimeout) are not retried:
#: the client's timeout already waited as long as the caller allows.
DEFAULT_RETRY_ON_EXCEPTIONS: Final[tuple[type[Exception], ...]] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
#: Methods that only read; a request to a path the spec does not know is retried only with one of them.
SAFE_METHODS: Final[frozenset[str]] = frozenset({"GET", "HEAD", "OPTIONS"})
#: Methods the spec can declare idempotent (when no flag says otherwise).
_SPEC_IDEMPOTENT_METHODS: Final[frozenset[str]] = SAFE_METHODS | {"POST"}


async def _asyncio_sleep(delay: float) -> None:
    await asyncio.sleep(delay)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before sending a request again.

    The n-th retry (1-based) waits ``random() * min(max_backoff, backoff_base * backoff_factor ** (n - 1))``
    seconds ("full jitter"), unless the response carries ``Retry-After`` (seconds or an HTTP date):
    then that, capped at ``max_retry_after``. ``sleep``, ``async_sleep``, ``random`` and ``clock`` are
    injectable for tests.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_factor: float = 2.0
    max_backoff: float = 8.0
    retry_on_status: frozenset[int] = DEFAULT_RETRY_ON_STATUS
    retry_on_exceptions: tuple[type[Exception], ...] = DEFAULT_RETRY_ON_EXCEPTIONS
    max_retry_after: float = 60.0
    #: Also retry operations that create, consume credit or destroy (duplicates become possible).
    retry_non_idempotent: bool = False
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        for name in ("backoff_base", "max_backoff", "max_retry_after"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more")
        if self.backoff_factor < 1:
            raise ValueError("backoff_factor must be 1 or more")

    def backoff(self, retry: int) -> float:
        """The jittered wait before the ``retry``-th retry (1-based): between 0 and its exponential cap."""
        try:
            cap = min(self.max_backoff, self.backoff_base * self.backoff_factor ** (retry - 1))
        except OverflowError:
            cap = self.max_backoff
        return cap * min(max(self.random(), 0.0), 1.0)

    def retry_after(self, response: httpx.Response) -> float | None:
        """The response's ``Retry-After`` in seconds from now (capped at ``max_retry_after``); None if absent or invalid."""
        value = response.headers.get("Retry-After", "").strip()
        if not value:
            return None
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:  # "-0000": UTC by RFC 5322
                return None
            seconds = when.timestamp() - self.clock()
        return min(max(seconds, 0.0), self.max_retry_after)

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """The wait before the ``retry``-th retry after ``response`` (None: after a transport error)."""
        if response is not None:
            after = self.retry_after(response)
            if after is not None:
                return after
        return self.backoff(retry)


#: The policy the client factories use unless told otherwise.
DEFAULT_RETRY: Final = RetryPolicy()


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec and whether it may be sent again (and if not, why)."""

    method: str
    path: str
    operation_id: str | None
    idempotent: bool
    reason: str

    @property
    def label(self) -> str:
        """Operation id and path template (never a concrete path, which may hold an id)."""
        where = f"{self.method} {self.path}"
        return f"{self.operation_id} ({where})" if self.operation_id else where


def classify_operation(method: str, definition: Mapping[str, Any]) -> tuple[bool, str]:
    """Whether an operation is idempotent per its spec definition, and the reason."""
    method = method.upper()
    if definition.get("x-billable"):
        return False, "x-billable"
    if definition.get("x-destructive"):
        return False, "x-destructive"
    resource = definition.get("x-resource")
    if isinstance(resource, Mapping) and resource.get("action") == "create":
        return False, "x-resource.action: create"
    if method in SAFE_METHODS:
        return True, "read"
    if method in _SPEC_IDEMPOTENT_METHODS:
        return True, "POST the spec does not mark as creating, billable or destructive"
    return False, method


class SpecOperations:
    """Looks a request up among a spec's operations (by method and path) to decide whether to retry it.

    A concrete path is matched before a templated one (``idvkit.specs.OperationIndex``); ValueError when
    two operations have the same method and path.
    """

    def __init__(self, operations: Iterable[SpecOperation], *, base_url: str = "") -> None:
        self._base_path = urlsplit(base_url).path.rstrip("/")
        self._index = OperationIndex((operation.method, operation.path, operation) for operation in operations)

    @classmethod
    def from_document(cls, document: Mapping[str, Any], *, base_url: str = "") -> SpecOperations:
        """The operations of an OpenAPI document (its ``x-billable``, ``x-destructive``, ``x-resource`` flags)."""
        return cls(_operations(dict(document)), base_url=base_url)

    @classmethod
    def for_vendor(cls, vendor: str, *, base_url: str = "") -> SpecOperations:
        """The operations of ``vendor``'s bundled spec (read once per process)."""
        return cls(_vendor_operations(vendor), base_url=base_url)

    def __iter__(self) -> Iterator[SpecOperation]:
        yield from self._index

    def find(self, request: httpx.Request) -> SpecOperation | None:
        """The spec operation ``request`` calls, or None if the spec has none at its method and path."""
        method, path = request.method.upper(), request.url.path
        if self._base_path and (path == self._base_path or path.startswith(self._base_path + "/")):
            path = path[len(self._base_path) :] or "/"
        found = self._index.match(method, path)
        return found.operation if found is not None else None


def _operations(document: dict[str, Any]) -> tuple[SpecOperation, ...]:
    result = []
    for operation in iter_operations(document):
        idempotent, reason = classify_operation(operation.method, operation.definition)
        result.append(
            SpecOperation(operation.method.upper(), operation.path, operation.operation_id, idempotent, reason)
        )
    return tuple(result)


@cache
def _vendor_operations(vendor: str) -> tuple[SpecOperation, ...]:
    return _operations(idvkit_specs.load(vendor))


def _replayable(request: httpx.Request) -> bool:
    """A body held in memory can be sent again; a stream (generator, file, multipart) may not."""
    return isinstance(request.stream, httpx.ByteStream)


class _Attempts:
    """The retry decisions for one request (shared by the sync and the async path)."""

    def __init__(self, policy: RetryPolicy, operations: SpecOperations | None, request: httpx.Request) -> None:
        self.policy = policy
        self.retries = 0
        operation = operations.find(request) if operations is not None else None
        if operation is not None:
            self.label, self.idempotent, self.reason = operation.label, operation.idempotent, operation.reason
        else:
            self.label = f"{request.method} {request.url.path}"
            self.idempotent = request.method.upper() in SAFE_METHODS
            self.reason = "read" if self.idempotent else "not in the spec"
        self.replayable = _replayable(request)

    def _allowed(self, cause: str) -> bool:
        if self.retries >= self.policy.max_retries:
            if self.policy.max_retries:
                logger.warning("%s: %s after %d attempts; giving up", self.label, cause, self.retries + 1)
            return False
        if not self.idempotent and not self.policy.retry_non_idempotent:
            logger.debug("%s: %s; not retried (not idempotent: %s)", self.label, cause, self.reason)
            return False
        if not self.replayable:
            logger.debug("%s: %s; not retried (the request body is a stream)", self.label, cause)
            return False
        return True

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before sending again, or None to return ``response``."""
        if response.status_code not in self.policy.retry_on_status:
            return None
        return self._next(f"HTTP {response.status_code}", response)

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before sending again, or None to raise ``error``."""
        return self._next(type(error).__name__, None)

    def _next(self, cause: str, response: httpx.Response | None) -> float | None:
        if not self._allowed(cause):
            return None
        self.retries += 1
        delay = self.policy.delay(self.retries, response)
        logger.warning(
            "%s: %s; retry %d of %d in %.2f s",
            self.label,
            cause,
            self.retries,
            self.policy.max_retries,
            delay,
        )
        return delay


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport, sync and async, that sends a request again when the policy allows.

    Wraps ``transport`` (for ``httpx.Client``) and ``async_transport`` (for ``httpx.AsyncClient``;
    by default ``transport`` itself when it is also an async transport, as ``httpx.MockTransport`` is).
    Without either, it uses an ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` built on first
    use with ``transport_options`` (``verify``, ``cert``, ``http1``, ``http2``, ``limits``,
    ``trust_env``, ``proxy``...). One object therefore serves as the ``transport`` of both clients
    of a generated client, which passes the same ``httpx_args`` to both.

    ``operations`` (the vendor's spec) decides which requests are idempotent; without it, only
    GET, HEAD and OPTIONS requests are.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        async_transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy = DEFAULT_RETRY,
        operations: SpecOperations | None = None,
        transport_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.policy = policy
        self.operations = operations
        self._given = transport is not None or async_transport is not None
        self._sync = transport if isinstance(transport, httpx.BaseTransport) else None
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport
        self._async = async_transport
        self._options = dict(transport_options or {})
        self._lock = threading.Lock()

    def _sync_inner(self) -> httpx.BaseTransport:
        if self._sync is None:
            if self._given:
                raise TypeError("the transport given to the client cannot send synchronous requests")
            with self._lock:
                if self._sync is None:
                    self._sync = httpx.HTTPTransport(**self._options)
        return self._sync

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            if self._given:
                raise TypeError(
                    "the transport given to the client cannot send asynchronous requests; "
                    "give one that can (e.g. httpx.MockTransport or httpx.AsyncHTTPTransport)"
                )
            with self._lock:
                if self._async is None:
                    self._async = httpx.AsyncHTTPTransport(**self._options)
        return self._async

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        attempts = _Attempts(self.policy, self.operations, request)
        while True:
            try:
                response = inner.handle_request(request)
            except self.policy.retry_on_exceptions as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                response.close()
            self.policy.sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        attempts = _Attempts(self.policy, self.operations, request)
        while True:
            try:
                response = await inner.handle_async_request(request)
            except self.policy.retry_on_exceptions as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                await response.aclose()
            await self.policy.async_sleep(delay)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def __repr__(self) -> str:
        # Never the transport options: a proxy URL may carry credentials.
        inner = type(self._sync or self._async).__name__ if self._given else "default"
        return f"RetryTransport(transport={inner}, policy={self.policy!r})"
