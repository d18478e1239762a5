from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    u_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uId"] = u_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/service/delAsyncCall",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    u_id: str,
) -> Response[Error | SuccessResponse]:
    """Delete a queued asynchronous call

     Delete an async call previously added in the system

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        u_id=u_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    u_id: str,
) -> Error | SuccessResponse | None:
    """Delete a queued asynchronous call

     Delete an async call previously added in the system

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return sync_detailed(
        client=client,
        u_id=u_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    u_id: str,
) -> Response[Error | SuccessResponse]:
    """Delete a queued asynchronous call

     Delete an async call previously added in the system

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        u_id=u_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    u_id: str,
) -> Error | SuccessResponse | None:
    """Delete a queued asynchronous call

     Delete an async call previously added in the system

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            u_id=u_id,
        )
    ).parsed
