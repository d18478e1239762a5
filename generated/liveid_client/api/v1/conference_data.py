from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conference_data_response import ConferenceDataResponse
from ...models.error import Error
from ...models.known_conference_data_module import KnownConferenceDataModule
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id_conference: str,
    module: KnownConferenceDataModule | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["idConference"] = id_conference

    json_module: str | Unset
    if isinstance(module, Unset):
        json_module = UNSET
    elif isinstance(module, KnownConferenceDataModule):
        json_module = module.value
    else:
        json_module = module
    params["module"] = json_module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conferenceData",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConferenceDataResponse | Error | None:
    if response.status_code == 200:
        response_200 = ConferenceDataResponse.from_dict(response.json())

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
) -> Response[ConferenceDataResponse | Error]:
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
    module: KnownConferenceDataModule | str | Unset = UNSET,
) -> Response[ConferenceDataResponse | Error]:
    """Retrieve the data of a video identification call

     Retrieve LiveID+ video identification calls data

    Notice: for details about module structure provided in "data" parameter see this ConferenceData
    response: module structure

    Args:
        id_conference (str):
        module (KnownConferenceDataModule | str | Unset): Name of a data module of the call.
            `photo` and `formfilling` are known; the list is open because the
            modules depend on how the process is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConferenceDataResponse | Error]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    module: KnownConferenceDataModule | str | Unset = UNSET,
) -> ConferenceDataResponse | Error | None:
    """Retrieve the data of a video identification call

     Retrieve LiveID+ video identification calls data

    Notice: for details about module structure provided in "data" parameter see this ConferenceData
    response: module structure

    Args:
        id_conference (str):
        module (KnownConferenceDataModule | str | Unset): Name of a data module of the call.
            `photo` and `formfilling` are known; the list is open because the
            modules depend on how the process is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConferenceDataResponse | Error
    """

    return sync_detailed(
        client=client,
        id_conference=id_conference,
        module=module,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    module: KnownConferenceDataModule | str | Unset = UNSET,
) -> Response[ConferenceDataResponse | Error]:
    """Retrieve the data of a video identification call

     Retrieve LiveID+ video identification calls data

    Notice: for details about module structure provided in "data" parameter see this ConferenceData
    response: module structure

    Args:
        id_conference (str):
        module (KnownConferenceDataModule | str | Unset): Name of a data module of the call.
            `photo` and `formfilling` are known; the list is open because the
            modules depend on how the process is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConferenceDataResponse | Error]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    module: KnownConferenceDataModule | str | Unset = UNSET,
) -> ConferenceDataResponse | Error | None:
    """Retrieve the data of a video identification call

     Retrieve LiveID+ video identification calls data

    Notice: for details about module structure provided in "data" parameter see this ConferenceData
    response: module structure

    Args:
        id_conference (str):
        module (KnownConferenceDataModule | str | Unset): Name of a data module of the call.
            `photo` and `formfilling` are known; the list is open because the
            modules depend on how the process is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConferenceDataResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            id_conference=id_conference,
            module=module,
        )
    ).parsed
