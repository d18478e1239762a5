"""``start_sandbox``: a vendor's embedded sandbox for the duration of a test, with a ready client and its controls."""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import idenfy_client as _idenfy
import liveid_client as _liveid
import markid_client as _markid

from idvkit import clients
from idvkit.sandbox import Sandbox, create_sandbox, running_server
from idvkit.testing._transports import (
    AsgiCallbacks,
    CallableCallbacks,
    CallbackHandler,
    CallbackSwitch,
    InProcessTransport,
    LoopThread,
    WsgiCallbacks,
)

Serve = Literal["in-process", "socket"]

#: The base URL of an in-process sandbox (a loopback name: the sandbox refuses other Host headers).
IN_PROCESS_URL = "http://127.0.0.1"


class SandboxError(RuntimeError):
    """A control operation of the sandbox failed (its status and the sandbox's error message)."""


@dataclass(frozen=True)
class Callback:
    """One callback the sandbox sent (or skipped): sandbox data, safe to print."""

    url: str
    event: str
    body: bytes
    headers: Mapping[str, str]
    attempts: tuple[int | str, ...]
    delivered: bool
    skipped: str | None

    def json(self) -> Any:
        """The body, parsed."""
        return json.loads(self.body)


class SandboxSession:
    """A running sandbox of ``vendor``: ``base_url``, ``credentials``, typed clients and the control API.

    Made by ``start_sandbox`` (or the ``idvkit_sandbox`` pytest fixture); every session has its own sandbox
    state, port (or none, in-process) and callback signing key, so tests may run in parallel.
    """

    def __init__(
        self,
        sandbox: Sandbox,
        base_url: str,
        transport: InProcessTransport | None,
        callback_key: str | None,
        switch: CallbackSwitch | None = None,
    ):
        self.sandbox = sandbox
        self._switch = switch
        self.vendor = sandbox.vendor
        self.base_url = base_url
        #: the transport of an in-process sandbox (None: a socket), for clients you build yourself
        self.transport = transport
        #: the key the iDenfy/markid callbacks are signed with (None for LiveID+, which does not sign)
        self.callback_key = callback_key
        #: the credentials the sandbox accepts, under the vendor's environment variables
        self.credentials: dict[str, str] = sandbox.credentials()
        self._control = httpx.Client(base_url=base_url, transport=transport, trust_env=False, timeout=30)

    def close(self) -> None:
        self._control.close()

    def deliver_callbacks(self, *, asgi: Any = None, wsgi: Any = None, handler: CallbackHandler | None = None) -> None:
        """From now on, deliver the callbacks into this ASGI or WSGI app or to ``handler(body, headers)`` (for an
        application that needs the session's client before it exists). Not for a session given a callback_url."""
        if self._switch is None:
            raise ValueError("this session sends its callbacks to a callback_url")
        target = _callback_transport(asgi, wsgi, handler)
        if target is None:
            raise ValueError("give one of asgi, wsgi and handler")
        self._switch.target = target

    # -- clients ---------------------------------------------------------------------------------------------

    def httpx_args(self) -> dict[str, Any]:
        """What a generated client needs to reach this sandbox (``httpx_args`` of the idvkit.clients factories)."""
        return {"transport": self.transport} if self.transport is not None else {"trust_env": False}

    def _key(self, *, secret: bool = False) -> str:
        values = list(self.credentials.values())
        return values[1] if secret else values[0]

    def idenfy_client(self) -> _idenfy.AuthenticatedClient:
        self._expect("idenfy")
        return clients.idenfy(self._key(), self._key(secret=True), base_url=self.base_url, httpx_args=self.httpx_args())

    def markid_client(self) -> _markid.AuthenticatedClient:
        self._expect("markid")
        return clients.markid(self._key(), self._key(secret=True), base_url=self.base_url, httpx_args=self.httpx_args())

    def liveid_client(self) -> _liveid.AuthenticatedClient:
        """The LiveID+ client of the ``apikey`` operations."""
        self._expect("liveid")
        return clients.liveid_apikey(self._key(), base_url=self.base_url, httpx_args=self.httpx_args())

    def liveid_conference_client(self, conference_id: str) -> _liveid.AuthenticatedClient:
        """A LiveID+ client of one conference (a conference JWT, renewed as it expires)."""
        self._expect("liveid")
        return clients.liveid_conference(
            self._key(), conference_id, base_url=self.base_url, httpx_args=self.httpx_args()
        )

    def liveid_public_client(self) -> _liveid.Client:
        self._expect("liveid")
        return clients.liveid_public(base_url=self.base_url, httpx_args=self.httpx_args())

    def _expect(self, vendor: str) -> None:
        if self.vendor != vendor:
            raise ValueError(f"this is a {self.vendor} sandbox, not {vendor}")

    # -- the control API -------------------------------------------------------------------------------------

    def _post(self, path: str, body: Mapping[str, Any] | None = None) -> Any:
        response = self._control.post(path, json=dict(body or {}))
        if not response.is_success:
            raise SandboxError(f"{path}: HTTP {response.status_code}: {response.json().get('error', '')}")
        return response.json()

    def finish_verification(self, scan_ref: str, status: str = "APPROVED") -> dict[str, Any]:
        """iDenfy/markid: finish a verification as the user would (APPROVED, DENIED, SUSPECTED, EXPIRED...);
        the signed verification callback is sent."""
        if self.vendor == "liveid":
            raise ValueError("finish_verification is for iDenfy and markid sandboxes: use complete_call")
        result: dict[str, Any] = self._post(f"/__sandbox/idenfy/verifications/{scan_ref}/finish", {"status": status})
        return result

    def complete_call(
        self, uid: str, close_status: str = "N", *, note: str = "", abort_code: str | None = None
    ) -> dict[str, Any]:
        """LiveID+: close the newest call of the asynchronous request ``uid`` as the operator would; the callback
        (``close``, or ``error`` for closeStatus K) is sent."""
        self._expect("liveid")
        body: dict[str, Any] = {"closeStatus": close_status, "note": note}
        if abort_code is not None:
            body["abortCode"] = abort_code
        result: dict[str, Any] = self._post(f"/__sandbox/liveid/calls/{uid}/complete", body)
        return result

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's clock forward (tokens and conference JWTs expire); returns its new time."""
        return float(self._post("/__sandbox/clock/advance", {"seconds": seconds})["now"])

    def reset(self) -> None:
        """Forget every verification, call, token and callback."""
        self._post("/__sandbox/reset")

    def callbacks(self, *, wait: float = 10.0) -> list[Callback]:
        """The callbacks sent so far, oldest first, after waiting up to ``wait`` seconds for those under way."""
        dispatcher = self.sandbox.dispatcher
        deadline = time.monotonic() + wait

        def pending() -> bool:
            return any(
                not d.delivered and d.skipped is None and len(d.attempts) <= dispatcher.retries
                for d in list(dispatcher.deliveries)
            )

        while pending() and time.monotonic() < deadline:
            time.sleep(0.005)
        return [
            Callback(d.url, d.event, d.body, dict(d.headers), tuple(d.attempts), d.delivered, d.skipped)
            for d in list(dispatcher.deliveries)
        ]


def _callback_transport(
    asgi: Any, wsgi: Any, handler: CallbackHandler | None
) -> AsgiCallbacks | WsgiCallbacks | CallableCallbacks | None:
    given = [target for target in (asgi, wsgi, handler) if target is not None]
    if len(given) > 1:
        raise ValueError("give one of callback_asgi, callback_wsgi and callback_handler")
    if asgi is not None:
        return AsgiCallbacks(asgi)
    if wsgi is not None:
        return WsgiCallbacks(wsgi)
    return CallableCallbacks(handler) if handler is not None else None


def _drain(sandbox: Sandbox, loop: LoopThread) -> None:
    with contextlib.suppress(TimeoutError):
        loop.run(sandbox.dispatcher.drain(), timeout=30)


@contextlib.contextmanager
def start_sandbox(
    vendor: str,
    *,
    serve: Serve = "in-process",
    callback_url: str | None = None,
    callback_asgi: Any = None,
    callback_wsgi: Any = None,
    callback_handler: CallbackHandler | None = None,
    callback_path: str = "/callbacks",
    callback_key: str | None = None,
    api_key: str | None = None,
    api_secret: str | None = None,
) -> Iterator[SandboxSession]:
    """A fresh sandbox of ``vendor`` (idenfy, markid, liveid) for the duration of the block.

    ``serve="in-process"`` (the default) opens no socket: the clients of the session reach the sandbox through
    an ASGI transport; ``serve="socket"`` serves it on a free loopback port (``base_url``) for code that makes
    its own HTTP requests. Callbacks go to ``callback_url`` (a loopback URL), or straight into an ASGI app
    (``callback_asgi``), a WSGI app (``callback_wsgi``) or ``callback_handler(body, headers) -> status``,
    at ``callback_path`` (a verification's own callback URL keeps its path); without a URL, the app can also be
    named later (``session.deliver_callbacks``). iDenfy/markid callbacks are
    signed with ``callback_key`` (a random one by default: ``session.callback_key``).
    """
    routed = _callback_transport(callback_asgi, callback_wsgi, callback_handler)
    if routed is not None and callback_url is not None:
        raise ValueError("give callback_url or an application to deliver the callbacks to, not both")
    switch = CallbackSwitch(routed) if callback_url is None else None
    if switch is not None:
        callback_url = IN_PROCESS_URL + "/" + callback_path.lstrip("/")
    key = None if vendor == "liveid" else callback_key or secrets.token_hex(16)
    sandbox = create_sandbox(
        vendor,
        api_key=api_key,
        api_secret=api_secret,
        callback_key=key,
        callback_url=callback_url,
        callback_retry_interval=0.05,
    )
    sandbox.dispatcher.transport = switch
    with contextlib.ExitStack() as stack:
        if serve == "in-process":
            loop = LoopThread()
            stack.callback(loop.close)
            stack.callback(_drain, sandbox, loop)  # before the loop stops: no delivery is cut off half-way
            session = SandboxSession(sandbox, IN_PROCESS_URL, InProcessTransport(sandbox.app, loop), key, switch)
        elif serve == "socket":
            base_url = stack.enter_context(running_server(sandbox.app))
            session = SandboxSession(sandbox, base_url, None, key, switch)
        else:
            raise ValueError(f"serve must be 'in-process' or 'socket', not {serve!r}")
        stack.callback(session.close)
        yield session
