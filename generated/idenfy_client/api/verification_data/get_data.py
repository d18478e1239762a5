from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scan_ref_request import ScanRefRequest
from ...models.verification_data import VerificationData
from ...types import Response


def _get_kwargs(
    *,
    body: ScanRefRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/data",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VerificationData | None:
    if response.status_code == 200:
        response_200 = VerificationData.from_dict(response.json())

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
) -> Response[Error | VerificationData]:
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
) -> Response[Error | VerificationData]:
    """Get the document data read during a verification

     Returns the data parsed from the client's identity document. The 2021 table (GH-IDF) lists the
    `doc*`,
    `org*` and a few other fields plus `scanRef` and `clientId`; the current response very likely
    mirrors the
    webhook's `data` object (the newer page could not be read in full), so the same schema is used for
    both.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerificationData]
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
) -> Error | VerificationData | None:
    """Get the document data read during a verification

     Returns the data parsed from the client's identity document. The 2021 table (GH-IDF) lists the
    `doc*`,
    `org*` and a few other fields plus `scanRef` and `clientId`; the current response very likely
    mirrors the
    webhook's `data` object (the newer page could not be read in full), so the same schema is used for
    both.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerificationData
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[Error | VerificationData]:
    """Get the document data read during a verification

     Returns the data parsed from the client's identity document. The 2021 table (GH-IDF) lists the
    `doc*`,
    `org*` and a few other fields plus `scanRef` and `clientId`; the current response very likely
    mirrors the
    webhook's `data` object (the newer page could not be read in full), so the same schema is used for
    both.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerificationData]
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
) -> Error | VerificationData | None:
    """Get the document data read during a verification

     Returns the data parsed from the client's identity document. The 2021 table (GH-IDF) lists the
    `doc*`,
    `org*` and a few other fields plus `scanRef` and `clientId`; the current response very likely
    mirrors the
    webhook's `data` object (the newer page could not be read in full), so the same schema is used for
    both.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerificationData
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
