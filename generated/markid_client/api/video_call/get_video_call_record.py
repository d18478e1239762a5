from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scan_ref_request import ScanRefRequest
from ...models.video_call_record import VideoCallRecord
from ...types import Response


def _get_kwargs(
    *,
    body: ScanRefRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/video-call-record",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VideoCallRecord | None:
    if response.status_code == 200:
        response_200 = VideoCallRecord.from_dict(response.json())

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
) -> Response[Error | VideoCallRecord]:
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
) -> Response[Error | VideoCallRecord]:
    """Get the photos and videos of a video-call verification

     Returns the URLs of the photos (`VIDEO_CALL_FRONT`, `VIDEO_CALL_BACK`, `VIDEO_CALL_FACE`) and videos
    recorded
    during a video-call verification. The old iDenfy page does not mention basic auth for this endpoint,
    almost
    certainly an omission; basic auth is applied like everywhere else. Documented only in the 2020–2022
    docs.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCallRecord]
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
) -> Error | VideoCallRecord | None:
    """Get the photos and videos of a video-call verification

     Returns the URLs of the photos (`VIDEO_CALL_FRONT`, `VIDEO_CALL_BACK`, `VIDEO_CALL_FACE`) and videos
    recorded
    during a video-call verification. The old iDenfy page does not mention basic auth for this endpoint,
    almost
    certainly an omission; basic auth is applied like everywhere else. Documented only in the 2020–2022
    docs.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCallRecord
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[Error | VideoCallRecord]:
    """Get the photos and videos of a video-call verification

     Returns the URLs of the photos (`VIDEO_CALL_FRONT`, `VIDEO_CALL_BACK`, `VIDEO_CALL_FACE`) and videos
    recorded
    during a video-call verification. The old iDenfy page does not mention basic auth for this endpoint,
    almost
    certainly an omission; basic auth is applied like everywhere else. Documented only in the 2020–2022
    docs.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCallRecord]
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
) -> Error | VideoCallRecord | None:
    """Get the photos and videos of a video-call verification

     Returns the URLs of the photos (`VIDEO_CALL_FRONT`, `VIDEO_CALL_BACK`, `VIDEO_CALL_FACE`) and videos
    recorded
    during a video-call verification. The old iDenfy page does not mention basic auth for this endpoint,
    almost
    certainly an omission; basic auth is applied like everywhere else. Documented only in the 2020–2022
    docs.

    Args:
        body (ScanRefRequest): A request that names one verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCallRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
