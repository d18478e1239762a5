from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scan_ref_request import ScanRefRequest
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ScanRefRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusResponse | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[Error | StatusResponse]:
    """Get the status of a verification

     Returns the overall status of a verification and (newer docs) its automatic and manual face/document
    results
    and tags. iDenfy warns: "Do not poll /api/v2/status ... your account access may be restricted" — use
    the
    webhook instead.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusResponse]
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
    body: ScanRefRequest,
) -> Error | StatusResponse | None:
    """Get the status of a verification

     Returns the overall status of a verification and (newer docs) its automatic and manual face/document
    results
    and tags. iDenfy warns: "Do not poll /api/v2/status ... your account access may be restricted" — use
    the
    webhook instead.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[Error | StatusResponse]:
    """Get the status of a verification

     Returns the overall status of a verification and (newer docs) its automatic and manual face/document
    results
    and tags. iDenfy warns: "Do not poll /api/v2/status ... your account access may be restricted" — use
    the
    webhook instead.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Error | StatusResponse | None:
    """Get the status of a verification

     Returns the overall status of a verification and (newer docs) its automatic and manual face/document
    results
    and tags. iDenfy warns: "Do not poll /api/v2/status ... your account access may be restricted" — use
    the
    webhook instead.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
