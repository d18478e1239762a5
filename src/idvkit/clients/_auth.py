"""httpx authentication for the vendors' security schemes. No credential ever appears in a repr."""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from http import HTTPStatus

import httpx
import idvkit_specs

#: genAPIToken tokens are valid for about 2 minutes: the x-token-lifetime of liveid.yaml's ConferenceToken scheme.
CONFERENCE_TOKEN_LIFETIME: float = float(
    idvkit_specs.load("liveid")["components"]["securitySchemes"]["ConferenceToken"]["x-token-lifetime"]
)
#: A conference token is renewed this many seconds before it expires.
CONFERENCE_TOKEN_RENEW_BEFORE = 20.0


class BasicAuth(httpx.Auth):
    """HTTP basic authentication: API key as user name, API secret as password (iDenfy, markid)."""

    def __init__(self, api_key: str, api_secret: str) -> None:
        if not api_key or not api_secret:
            raise ValueError("an API key and an API secret are required")
        credentials = base64.b64encode(f"{api_key}:{api_secret}".encode()).decode("ascii")
        self._header = f"Basic {credentials}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BasicAuth(api_key=<redacted>, api_secret=<redacted>)"


class ApiKeyAuth(httpx.Auth):
    """An API key sent in a header (LiveID+'s ``ApiKeyAuth`` scheme: header ``apikey``)."""

    def __init__(self, api_key: str, *, header: str = "apikey") -> None:
        if not api_key:
            raise ValueError("an API key is required")
        self._api_key = api_key
        self._name = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._name] = self._api_key
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self._name!r}, api_key=<redacted>)"


class ConferenceTokenError(Exception):
    """genAPIToken did not return a token. Carries the status, never the API key or a token."""

    def __init__(self, status_code: int | None, reason: str) -> None:
        self.status_code = status_code
        super().__init__(f"could not obtain a LiveID+ conference token: {reason}")


def token_expiry(token: str) -> float | None:
    """The ``exp`` claim (seconds since the epoch) of a JWT, read without verifying it; None if absent."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


TokenFetcher = Callable[[], str]
AsyncTokenFetcher = Callable[[], Awaitable[str]]


class ConferenceTokenAuth(httpx.Auth):
    """Bearer authentication with a conference-scoped JWT that renews itself before it expires.

    The token comes from ``fetch`` (genAPIToken for one conference). It is cached until
    ``renew_before`` seconds before its ``exp`` claim (or, without one, before
    ``CONFERENCE_TOKEN_LIFETIME`` after it was obtained). A 401 answer drops the cached token and
    the request is replayed once with a new one.
    """

    def __init__(
        self,
        fetch: TokenFetcher,
        afetch: AsyncTokenFetcher | None = None,
        *,
        renew_before: float = CONFERENCE_TOKEN_RENEW_BEFORE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._renew_before = renew_before
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _cached(self) -> str | None:
        with self._lock:
            if self._token is not None and self._clock() < self._expires_at - self._renew_before:
                return self._token
            return None

    def _store(self, token: str) -> str:
        expires_at = token_expiry(token) or self._clock() + CONFERENCE_TOKEN_LIFETIME
        with self._lock:
            self._token, self._expires_at = token, expires_at
        return token

    def invalidate(self) -> None:
        """Forget the cached token; the next request obtains a new one."""
        with self._lock:
            self._token = None

    def token(self) -> str:
        """A token valid for at least ``renew_before`` seconds (obtained now if needed)."""
        return self._cached() or self._store(self._fetch())

    async def atoken(self) -> str:
        cached = self._cached()
        if cached is not None:
            return cached
        token = await self._afetch() if self._afetch is not None else self._fetch()
        return self._store(token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        response = yield request
        if response.status_code == HTTPStatus.UNAUTHORIZED:
            self.invalidate()
            request.headers["Authorization"] = f"Bearer {self.token()}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {await self.atoken()}"
        response = yield request
        if response.status_code == HTTPStatus.UNAUTHORIZED:
            self.invalidate()
            request.headers["Authorization"] = f"Bearer {await self.atoken()}"
            yield request

    def __repr__(self) -> str:
        return "ConferenceTokenAuth(token=<redacted>)"
