from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_request_info_response import AsyncRequestInfoResponse
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    u_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uId"] = u_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/getAsyncRequestInfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncRequestInfoResponse | Error | None:
    if response.status_code == 200:
        response_200 = AsyncRequestInfoResponse.from_dict(response.json())

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
) -> Response[AsyncRequestInfoResponse | Error]:
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
) -> Response[AsyncRequestInfoResponse | Error]:
    """Details of all the calls made for an async UID

     Retrieve the details about all the calls related to the async UID passed

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncRequestInfoResponse | Error]
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
) -> AsyncRequestInfoResponse | Error | None:
    """Details of all the calls made for an async UID

     Retrieve the details about all the calls related to the async UID passed

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncRequestInfoResponse | Error
    """

    return sync_detailed(
        client=client,
        u_id=u_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    u_id: str,
) -> Response[AsyncRequestInfoResponse | Error]:
    """Details of all the calls made for an async UID

     Retrieve the details about all the calls related to the async UID passed

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncRequestInfoResponse | Error]
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
) -> AsyncRequestInfoResponse | Error | None:
    """Details of all the calls made for an async UID

     Retrieve the details about all the calls related to the async UID passed

    Args:
        u_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncRequestInfoResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            u_id=u_id,
        )
    ).parsed
