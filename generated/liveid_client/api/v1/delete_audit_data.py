from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id_conference: str,
    erase_all: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["idConference"] = id_conference

    params["eraseAll"] = erase_all

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/deleteAuditData",
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
    id_conference: str,
    erase_all: bool | Unset = UNSET,
) -> Response[Error | SuccessResponse]:
    """Delete the artifacts of a call

     Delete all the artifacts (audio, video, photos and shared documents) stored in LiveID+ relative to
    the served conference id.
    The textual audit data won't be deleted; to force deleting the audit data and all the data stored in
    the database is available the "eraseAll" parameters.

    Files are also deleted automatically after the organization's retention period
    (`maxDaysKeepingFiles`, 10 days by default).

    Args:
        id_conference (str):
        erase_all (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        erase_all=erase_all,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    erase_all: bool | Unset = UNSET,
) -> Error | SuccessResponse | None:
    """Delete the artifacts of a call

     Delete all the artifacts (audio, video, photos and shared documents) stored in LiveID+ relative to
    the served conference id.
    The textual audit data won't be deleted; to force deleting the audit data and all the data stored in
    the database is available the "eraseAll" parameters.

    Files are also deleted automatically after the organization's retention period
    (`maxDaysKeepingFiles`, 10 days by default).

    Args:
        id_conference (str):
        erase_all (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return sync_detailed(
        client=client,
        id_conference=id_conference,
        erase_all=erase_all,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    erase_all: bool | Unset = UNSET,
) -> Response[Error | SuccessResponse]:
    """Delete the artifacts of a call

     Delete all the artifacts (audio, video, photos and shared documents) stored in LiveID+ relative to
    the served conference id.
    The textual audit data won't be deleted; to force deleting the audit data and all the data stored in
    the database is available the "eraseAll" parameters.

    Files are also deleted automatically after the organization's retention period
    (`maxDaysKeepingFiles`, 10 days by default).

    Args:
        id_conference (str):
        erase_all (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        erase_all=erase_all,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    erase_all: bool | Unset = UNSET,
) -> Error | SuccessResponse | None:
    """Delete the artifacts of a call

     Delete all the artifacts (audio, video, photos and shared documents) stored in LiveID+ relative to
    the served conference id.
    The textual audit data won't be deleted; to force deleting the audit data and all the data stored in
    the database is available the "eraseAll" parameters.

    Files are also deleted automatically after the organization's retention period
    (`maxDaysKeepingFiles`, 10 days by default).

    Args:
        id_conference (str):
        erase_all (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id_conference=id_conference,
            erase_all=erase_all,
        )
    ).parsed
