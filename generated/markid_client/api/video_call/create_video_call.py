from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.video_call_request import VideoCallRequest
from ...models.video_call_response import VideoCallResponse
from ...types import Response


def _get_kwargs(
    *,
    body: VideoCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/video-call",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VideoCallResponse | None:
    if response.status_code == 200:
        response_200 = VideoCallResponse.from_dict(response.json())

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
) -> Response[Error | VideoCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCallRequest,
) -> Response[Error | VideoCallResponse]:
    """Create a video-call token for an existing verification

     Creates a video-call token for a video or photo verification of an existing client (`scanRef`);
    otherwise
    generate a new token with `tokenType` `VIDEO_CALL` or `VIDEO_CALL_PHOTOS`. "Successful API call
    returns json
    response with url which redirects to identification process" — the name of that field and the status
    code
    are not documented. The endpoint is documented only in the 2020–2022 docs (not in the 2026 docs).

    Args:
        body (VideoCallRequest): Video-call token for an existing verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCallResponse]
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
    body: VideoCallRequest,
) -> Error | VideoCallResponse | None:
    """Create a video-call token for an existing verification

     Creates a video-call token for a video or photo verification of an existing client (`scanRef`);
    otherwise
    generate a new token with `tokenType` `VIDEO_CALL` or `VIDEO_CALL_PHOTOS`. "Successful API call
    returns json
    response with url which redirects to identification process" — the name of that field and the status
    code
    are not documented. The endpoint is documented only in the 2020–2022 docs (not in the 2026 docs).

    Args:
        body (VideoCallRequest): Video-call token for an existing verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCallResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCallRequest,
) -> Response[Error | VideoCallResponse]:
    """Create a video-call token for an existing verification

     Creates a video-call token for a video or photo verification of an existing client (`scanRef`);
    otherwise
    generate a new token with `tokenType` `VIDEO_CALL` or `VIDEO_CALL_PHOTOS`. "Successful API call
    returns json
    response with url which redirects to identification process" — the name of that field and the status
    code
    are not documented. The endpoint is documented only in the 2020–2022 docs (not in the 2026 docs).

    Args:
        body (VideoCallRequest): Video-call token for an existing verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCallResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoCallRequest,
) -> Error | VideoCallResponse | None:
    """Create a video-call token for an existing verification

     Creates a video-call token for a video or photo verification of an existing client (`scanRef`);
    otherwise
    generate a new token with `tokenType` `VIDEO_CALL` or `VIDEO_CALL_PHOTOS`. "Successful API call
    returns json
    response with url which redirects to identification process" — the name of that field and the status
    code
    are not documented. The endpoint is documented only in the 2020–2022 docs (not in the 2026 docs).

    Args:
        body (VideoCallRequest): Video-call token for an existing verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
