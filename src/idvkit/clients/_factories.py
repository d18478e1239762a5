"""One-line, typed construction of ready-to-use generated clients, with authentication, timeouts and retries.

The generated packages stay untouched: authentication is an ``httpx.Auth`` passed through the
generated client's ``httpx_args`` (which also takes a ``transport`` for mocking or capture), and
retries are a ``RetryTransport`` wrapped around that transport (see ``idvkit.clients._retry``).

``raise_on_unexpected_status`` is on by default: a status the spec does not document (a 503, a 418) raises the
generated package's ``errors.UnexpectedStatus`` with ``status_code`` and ``content`` (the body; its message,
``str()`` and ``repr()`` never show it: ``idvkit.clients.redacted_body`` gives it masked), where the generated
functions would otherwise answer ``None`` for it, as they do for a documented empty success. Pass
``raise_on_unexpected_status=False`` for the generator's behaviour (``Response.parsed`` is then ``None`` and the
status and body stay in the ``Response``). Undocumented statuses that the retry policy retries are raised only
once the retries are used up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import idenfy_client
import liveid_client
import markid_client
from httpx._utils import get_environment_proxies  # what httpx.Client itself uses (httpx is pinned <0.29)
from liveid_client.api.authenticate import gen_api_token
from liveid_client.models import GenAPITokenResponse
from liveid_client.types import Response

from idvkit.clients._auth import ApiKeyAuth, BasicAuth, ConferenceTokenAuth, ConferenceTokenError
from idvkit.clients._retry import DEFAULT_RETRY, RetryPolicy, RetryTransport, SpecOperations
from idvkit.clients._servers import IDENFY_PRODUCTION, LIVEID_TEST, MARKID_PRODUCTION

#: 5 s to connect, 30 s for every read, write and pool wait (direct processing uploads up to 20 MB).
DEFAULT_TIMEOUT: httpx.Timeout = httpx.Timeout(30.0, connect=5.0)


def _httpx_args(auth: httpx.Auth, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    args = dict(extra or {})
    if "auth" in args:
        raise ValueError("httpx_args must not carry 'auth': the client sets it from the credentials")
    args["auth"] = auth
    return args


#: httpx.Client arguments that configure the transport it builds when none is given.
_TRANSPORT_OPTIONS = ("cert", "http1", "http2", "limits", "trust_env")


def _with_retry(args: dict[str, Any], retry: RetryPolicy | None, vendor: str, base_url: str) -> dict[str, Any]:
    """Wrap the transport in ``args`` (or httpx's default one) in a RetryTransport guided by ``vendor``'s spec."""
    if retry is None or isinstance(args.get("transport"), RetryTransport):
        return args
    operations = SpecOperations.for_vendor(vendor, base_url=base_url)
    given = args.get("transport")
    if given is not None:
        args["transport"] = RetryTransport(given, policy=retry, operations=operations)
        return args
    # Once it is given a transport, httpx ignores its connection arguments and the environment's
    # proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY): hand them to the transports built here,
    # so that turning retries on changes nothing else.
    options = {name: args[name] for name in _TRANSPORT_OPTIONS if name in args}
    proxy = args.pop("proxy", None)
    mounts: dict[str, RetryTransport | None] = {}
    if proxy is not None:
        options["proxy"] = proxy
    elif args.get("trust_env", True):
        for pattern, url in get_environment_proxies().items():
            mounts[pattern] = (
                None
                if url is None  # NO_PROXY: the default transport below
                else RetryTransport(policy=retry, operations=operations, transport_options={**options, "proxy": url})
            )
    args["transport"] = RetryTransport(policy=retry, operations=operations, transport_options=options)
    if mounts:
        args["mounts"] = {**mounts, **dict(args.get("mounts") or {})}
    return args


def idenfy(
    api_key: str,
    api_secret: str,
    *,
    base_url: str = IDENFY_PRODUCTION,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> idenfy_client.AuthenticatedClient:
    """An iDenfy client with basic authentication (API key as user name, API secret as password)."""
    return idenfy_client.AuthenticatedClient(
        base_url=base_url,
        token="",
        prefix="",
        timeout=timeout,
        httpx_args=_with_retry(_httpx_args(BasicAuth(api_key, api_secret), httpx_args), retry, "idenfy", base_url),
        raise_on_unexpected_status=raise_on_unexpected_status,
    )


def markid(
    api_key: str,
    api_secret: str,
    *,
    base_url: str = MARKID_PRODUCTION,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> markid_client.AuthenticatedClient:
    """A markid client with basic authentication; ``MARKID_LEGACY`` is the other documented host."""
    return markid_client.AuthenticatedClient(
        base_url=base_url,
        token="",
        prefix="",
        timeout=timeout,
        httpx_args=_with_retry(_httpx_args(BasicAuth(api_key, api_secret), httpx_args), retry, "markid", base_url),
        raise_on_unexpected_status=raise_on_unexpected_status,
    )


def liveid_apikey(
    api_key: str,
    *,
    base_url: str = LIVEID_TEST,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> liveid_client.AuthenticatedClient:
    """A LiveID+ client for the ``ApiKeyAuth`` operations (header ``apikey``); the test server by default."""
    return liveid_client.AuthenticatedClient(
        base_url=base_url,
        token="",
        prefix="",
        auth_header_name="apikey",
        timeout=timeout,
        httpx_args=_with_retry(_httpx_args(ApiKeyAuth(api_key), httpx_args), retry, "liveid", base_url),
        raise_on_unexpected_status=raise_on_unexpected_status,
    )


def liveid_public(
    *,
    base_url: str = LIVEID_TEST,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> liveid_client.Client:
    """A LiveID+ client without credentials, for the operations the spec leaves unauthenticated.

    The /app/* operations are opened by the end customer's browser; sending the organisation's API key
    there would leak it, so they get a client that has none.
    """
    args = _with_retry(dict(httpx_args or {}), retry, "liveid", base_url)
    return liveid_client.Client(
        base_url=base_url, timeout=timeout, httpx_args=args, raise_on_unexpected_status=raise_on_unexpected_status
    )


def _conference_token(response: Response[Any]) -> str:
    parsed = response.parsed
    if isinstance(parsed, GenAPITokenResponse) and parsed.token:
        return parsed.token
    raise ConferenceTokenError(int(response.status_code), f"genAPIToken answered HTTP {int(response.status_code)}")


def liveid_conference(
    api_key: str,
    conference_id: str,
    *,
    base_url: str = LIVEID_TEST,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    retry: RetryPolicy | None = DEFAULT_RETRY,
) -> liveid_client.AuthenticatedClient:
    """A LiveID+ client for one conference's ``ConferenceToken`` (bearer JWT) operations.

    The JWT is obtained through genAPIToken with ``api_key`` and renewed before it expires
    (about 2 minutes), so the client can be kept for as long as the conference is worked on.
    """
    # genAPIToken's own failures, documented or not, become a ConferenceTokenError (see _conference_token)
    issuer = liveid_apikey(
        api_key,
        base_url=base_url,
        timeout=timeout,
        httpx_args=httpx_args,
        raise_on_unexpected_status=False,
        retry=retry,
    )

    def fetch() -> str:
        return _conference_token(gen_api_token.sync_detailed(client=issuer, id_conference=conference_id))

    async def afetch() -> str:
        return _conference_token(await gen_api_token.asyncio_detailed(client=issuer, id_conference=conference_id))

    return liveid_client.AuthenticatedClient(
        base_url=base_url,
        token="",
        prefix="",
        timeout=timeout,
        httpx_args=_with_retry(_httpx_args(ConferenceTokenAuth(fetch, afetch), httpx_args), retry, "liveid", base_url),
        raise_on_unexpected_status=raise_on_unexpected_status,
    )
