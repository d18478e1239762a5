from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_data_url_response import AuditDataUrlResponse
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    id_conference: str,
    direct: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["idConference"] = id_conference

    params["direct"] = direct

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/getAuditData",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditDataUrlResponse | Error | File | None:
    if response.status_code == 200:
        media_type = response.headers.get("content-type", "").partition(";")[0]
        if media_type.strip().lower() in (
            "application/zip",
            "application/octet-stream",
        ):
            return File(payload=BytesIO(response.content), mime_type=media_type.strip())
        response_200 = AuditDataUrlResponse.from_dict(response.json())

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
) -> Response[AuditDataUrlResponse | Error | File]:
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
    direct: bool | Unset = UNSET,
) -> Response[AuditDataUrlResponse | Error | File]:
    """Get the audit-data ZIP of a call (download URL or the file)

     Retrieve LiveID zip containing the audit data and recognition call photo's. Unless otherwise
    specified with the direct parameter, an url will be returned where you can download the zip.

    Args:
        id_conference (str):
        direct (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditDataUrlResponse | Error | File]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        direct=direct,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    direct: bool | Unset = UNSET,
) -> AuditDataUrlResponse | Error | File | None:
    """Get the audit-data ZIP of a call (download URL or the file)

     Retrieve LiveID zip containing the audit data and recognition call photo's. Unless otherwise
    specified with the direct parameter, an url will be returned where you can download the zip.

    Args:
        id_conference (str):
        direct (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditDataUrlResponse | Error | File
    """

    return sync_detailed(
        client=client,
        id_conference=id_conference,
        direct=direct,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    direct: bool | Unset = UNSET,
) -> Response[AuditDataUrlResponse | Error | File]:
    """Get the audit-data ZIP of a call (download URL or the file)

     Retrieve LiveID zip containing the audit data and recognition call photo's. Unless otherwise
    specified with the direct parameter, an url will be returned where you can download the zip.

    Args:
        id_conference (str):
        direct (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditDataUrlResponse | Error | File]
    """

    kwargs = _get_kwargs(
        id_conference=id_conference,
        direct=direct,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_conference: str,
    direct: bool | Unset = UNSET,
) -> AuditDataUrlResponse | Error | File | None:
    """Get the audit-data ZIP of a call (download URL or the file)

     Retrieve LiveID zip containing the audit data and recognition call photo's. Unless otherwise
    specified with the direct parameter, an url will be returned where you can download the zip.

    Args:
        id_conference (str):
        direct (bool | Unset): Server-side default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditDataUrlResponse | Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            id_conference=id_conference,
            direct=direct,
        )
    ).parsed
