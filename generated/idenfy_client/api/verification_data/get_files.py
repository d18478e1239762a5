from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_urls import FileUrls
from ...models.scan_ref_request import ScanRefRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScanRefRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/files",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FileUrls | None:
    if response.status_code == 200:
        response_200 = FileUrls.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FileUrls]:
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
) -> Response[Error | FileUrls]:
    """Get the URLs of a verification's photos and videos

     Returns download URLs of the photos and videos a client submitted. The request (`{scanRef}`) is
    documented
    (GH-IDF 2021); the response is not — it is assumed to have the keys of the webhook's `fileUrls`
    object
    (`FRONT`, `BACK`, `FACE`, `FRONT_VIDEO`, `BACK_VIDEO`, `FACE_VIDEO`, plus additional-step names).
    The URLs are
    pre-signed and expire.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileUrls]
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
) -> Error | FileUrls | None:
    """Get the URLs of a verification's photos and videos

     Returns download URLs of the photos and videos a client submitted. The request (`{scanRef}`) is
    documented
    (GH-IDF 2021); the response is not — it is assumed to have the keys of the webhook's `fileUrls`
    object
    (`FRONT`, `BACK`, `FACE`, `FRONT_VIDEO`, `BACK_VIDEO`, `FACE_VIDEO`, plus additional-step names).
    The URLs are
    pre-signed and expire.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileUrls
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[Error | FileUrls]:
    """Get the URLs of a verification's photos and videos

     Returns download URLs of the photos and videos a client submitted. The request (`{scanRef}`) is
    documented
    (GH-IDF 2021); the response is not — it is assumed to have the keys of the webhook's `fileUrls`
    object
    (`FRONT`, `BACK`, `FACE`, `FRONT_VIDEO`, `BACK_VIDEO`, `FACE_VIDEO`, plus additional-step names).
    The URLs are
    pre-signed and expire.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileUrls]
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
) -> Error | FileUrls | None:
    """Get the URLs of a verification's photos and videos

     Returns download URLs of the photos and videos a client submitted. The request (`{scanRef}`) is
    documented
    (GH-IDF 2021); the response is not — it is assumed to have the keys of the webhook's `fileUrls`
    object
    (`FRONT`, `BACK`, `FACE`, `FRONT_VIDEO`, `BACK_VIDEO`, `FACE_VIDEO`, plus additional-step names).
    The URLs are
    pre-signed and expire.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileUrls
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
