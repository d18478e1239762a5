from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dummy_status_request import DummyStatusRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: DummyStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/add-dummy-status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DummyStatusRequest,
) -> Response[Any | Error]:
    """Set a dummy manual result on a dummy verification (DEV keys only)

     Sets the manual face and document results of a dummy verification (one created with `dummyStatus`),
    which
    triggers the webhook as if a reviewer had decided. Works only with DEV API keys; other environments
    get
    400 `PERMISSIONS_ERROR` "This endpoint is not available for TESTING/PRODUCTION partners.".
    "A successful API call returns a HTTP response with 200 status"; the body is not described and is
    assumed to be empty.

    Args:
        body (DummyStatusRequest): Manual results to set on a dummy verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: DummyStatusRequest,
) -> Any | Error | None:
    """Set a dummy manual result on a dummy verification (DEV keys only)

     Sets the manual face and document results of a dummy verification (one created with `dummyStatus`),
    which
    triggers the webhook as if a reviewer had decided. Works only with DEV API keys; other environments
    get
    400 `PERMISSIONS_ERROR` "This endpoint is not available for TESTING/PRODUCTION partners.".
    "A successful API call returns a HTTP response with 200 status"; the body is not described and is
    assumed to be empty.

    Args:
        body (DummyStatusRequest): Manual results to set on a dummy verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DummyStatusRequest,
) -> Response[Any | Error]:
    """Set a dummy manual result on a dummy verification (DEV keys only)

     Sets the manual face and document results of a dummy verification (one created with `dummyStatus`),
    which
    triggers the webhook as if a reviewer had decided. Works only with DEV API keys; other environments
    get
    400 `PERMISSIONS_ERROR` "This endpoint is not available for TESTING/PRODUCTION partners.".
    "A successful API call returns a HTTP response with 200 status"; the body is not described and is
    assumed to be empty.

    Args:
        body (DummyStatusRequest): Manual results to set on a dummy verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DummyStatusRequest,
) -> Any | Error | None:
    """Set a dummy manual result on a dummy verification (DEV keys only)

     Sets the manual face and document results of a dummy verification (one created with `dummyStatus`),
    which
    triggers the webhook as if a reviewer had decided. Works only with DEV API keys; other environments
    get
    400 `PERMISSIONS_ERROR` "This endpoint is not available for TESTING/PRODUCTION partners.".
    "A successful API call returns a HTTP response with 200 status"; the body is not described and is
    assumed to be empty.

    Args:
        body (DummyStatusRequest): Manual results to set on a dummy verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
