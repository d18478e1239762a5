from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TokenResponse | None:
    if response.status_code == 201:
        response_201 = TokenResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Create a verification session (identification token)

     Creates a verification session and returns its `authToken` (passed to the web UI, iframe or SDK) and
    its
    `scanRef` (iDenfy's id of the verification, used by every other operation and by the webhook).
    The only mandatory field is `clientId`. The response echoes every request field with defaults filled
    in.
    Creating a token consumes verification credit (HTTP 402 when the balance or expense limit is
    exhausted;
    400 `PERMISSIONS_ERROR` "Partner reached token limit." when the environment ran out of tokens).
    Success is **201 Created** (OAS-KYC; GH-MID AdditionalSteps.md); an unofficial Go client also
    tolerates 200.
    (A generic error-handling guide also lists 409 "Client ID already exists" for a clientId with an
    active
    session; no other source confirms it, so it is not modelled.)

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is required
            (all prose docs; iDenfy's 2026 OpenAPI
            file also lists `tokenType` as required, contradicting its own prose). The custom settings
            (`checkLiveness`,
            `fraudServices`, ...) must be enabled for the partner's environment first. Unknown fields
            are not
            documented to be rejected, so the object stays open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Error | TokenResponse | None:
    """Create a verification session (identification token)

     Creates a verification session and returns its `authToken` (passed to the web UI, iframe or SDK) and
    its
    `scanRef` (iDenfy's id of the verification, used by every other operation and by the webhook).
    The only mandatory field is `clientId`. The response echoes every request field with defaults filled
    in.
    Creating a token consumes verification credit (HTTP 402 when the balance or expense limit is
    exhausted;
    400 `PERMISSIONS_ERROR` "Partner reached token limit." when the environment ran out of tokens).
    Success is **201 Created** (OAS-KYC; GH-MID AdditionalSteps.md); an unofficial Go client also
    tolerates 200.
    (A generic error-handling guide also lists 409 "Client ID already exists" for a clientId with an
    active
    session; no other source confirms it, so it is not modelled.)

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is required
            (all prose docs; iDenfy's 2026 OpenAPI
            file also lists `tokenType` as required, contradicting its own prose). The custom settings
            (`checkLiveness`,
            `fraudServices`, ...) must be enabled for the partner's environment first. Unknown fields
            are not
            documented to be rejected, so the object stays open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Create a verification session (identification token)

     Creates a verification session and returns its `authToken` (passed to the web UI, iframe or SDK) and
    its
    `scanRef` (iDenfy's id of the verification, used by every other operation and by the webhook).
    The only mandatory field is `clientId`. The response echoes every request field with defaults filled
    in.
    Creating a token consumes verification credit (HTTP 402 when the balance or expense limit is
    exhausted;
    400 `PERMISSIONS_ERROR` "Partner reached token limit." when the environment ran out of tokens).
    Success is **201 Created** (OAS-KYC; GH-MID AdditionalSteps.md); an unofficial Go client also
    tolerates 200.
    (A generic error-handling guide also lists 409 "Client ID already exists" for a clientId with an
    active
    session; no other source confirms it, so it is not modelled.)

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is required
            (all prose docs; iDenfy's 2026 OpenAPI
            file also lists `tokenType` as required, contradicting its own prose). The custom settings
            (`checkLiveness`,
            `fraudServices`, ...) must be enabled for the partner's environment first. Unknown fields
            are not
            documented to be rejected, so the object stays open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Error | TokenResponse | None:
    """Create a verification session (identification token)

     Creates a verification session and returns its `authToken` (passed to the web UI, iframe or SDK) and
    its
    `scanRef` (iDenfy's id of the verification, used by every other operation and by the webhook).
    The only mandatory field is `clientId`. The response echoes every request field with defaults filled
    in.
    Creating a token consumes verification credit (HTTP 402 when the balance or expense limit is
    exhausted;
    400 `PERMISSIONS_ERROR` "Partner reached token limit." when the environment ran out of tokens).
    Success is **201 Created** (OAS-KYC; GH-MID AdditionalSteps.md); an unofficial Go client also
    tolerates 200.
    (A generic error-handling guide also lists 409 "Client ID already exists" for a clientId with an
    active
    session; no other source confirms it, so it is not modelled.)

    Args:
        body (TokenRequest): Parameters of a new verification session. Only `clientId` is required
            (all prose docs; iDenfy's 2026 OpenAPI
            file also lists `tokenType` as required, contradicting its own prose). The custom settings
            (`checkLiveness`,
            `fraudServices`, ...) must be enabled for the partner's environment first. Unknown fields
            are not
            documented to be rejected, so the object stays open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
