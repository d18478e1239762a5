from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gen_api_token_response import GenAPITokenResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id_conference: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["idConference"] = id_conference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/authenticate/genAPIToken",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GenAPITokenResponse | None:
    if response.status_code == 200:
        response_200 = GenAPITokenResponse.from_dict(response.json())

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
) -> Response[Error | GenAPITokenResponse]:
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
) -> Response[Error | GenAPITokenResponse]:
    """Generate a call-specific access token

     Retrieve a call specific access token for interaction with other LiveID+ integration features.

    The returned JWT is the `ConferenceToken` bearer token of conferenceData, deleteAuditData and
    getAuditData. It is scoped to one call and is valid for about 2 minutes: generate it immediately
    before use.

    Args:
        id_conference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GenAPITokenResponse]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_conference: str,
) -> Error | GenAPITokenResponse | None:
    """Generate a call-specific access token

     Retrieve a call specific access token for interaction with other LiveID+ integration features.

    The returned JWT is the `ConferenceToken` bearer token of conferenceData, deleteAuditData and
    getAuditData. It is scoped to one call and is valid for about 2 minutes: generate it immediately
    before use.

    Args:
        id_conference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GenAPITokenResponse
    """

    return sync_detailed(
        client=client,
        id_conference=id_conference,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_conference: str,
) -> Response[Error | GenAPITokenResponse]:
    """Generate a call-specific access token

     Retrieve a call specific access token for interaction with other LiveID+ integration features.

    The returned JWT is the `ConferenceToken` bearer token of conferenceData, deleteAuditData and
    getAuditData. It is scoped to one call and is valid for about 2 minutes: generate it immediately
    before use.

    Args:
        id_conference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GenAPITokenResponse]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_conference: str,
) -> Error | GenAPITokenResponse | None:
    """Generate a call-specific access token

     Retrieve a call specific access token for interaction with other LiveID+ integration features.

    The returned JWT is the `ConferenceToken` bearer token of conferenceData, deleteAuditData and
    getAuditData. It is scoped to one call and is valid for about 2 minutes: generate it immediately
    before use.

    Args:
        id_conference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GenAPITokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id_conference=id_conference,
        )
    ).parsed
