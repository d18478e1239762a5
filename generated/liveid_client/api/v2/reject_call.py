from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reject_call_request import RejectCallRequest
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RejectCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/rejectCall",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: RejectCallRequest,
) -> Response[Error | SuccessResponse]:
    """Reject a call

     Reject a call as if it was rejected by the system

    Give either `uId` (an asynchronous call queued with pushAsyncCall) or `idConference`; this rule is
    not expressed in the schema.

    Args:
        body (RejectCallRequest): The call to reject: give `uId` or `idConference` (at least one;
            a request with neither is answered 400).
            The rule is not written as `anyOf` because openapi-python-client then types the body as
            `Any`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
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
    client: AuthenticatedClient,
    body: RejectCallRequest,
) -> Error | SuccessResponse | None:
    """Reject a call

     Reject a call as if it was rejected by the system

    Give either `uId` (an asynchronous call queued with pushAsyncCall) or `idConference`; this rule is
    not expressed in the schema.

    Args:
        body (RejectCallRequest): The call to reject: give `uId` or `idConference` (at least one;
            a request with neither is answered 400).
            The rule is not written as `anyOf` because openapi-python-client then types the body as
            `Any`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RejectCallRequest,
) -> Response[Error | SuccessResponse]:
    """Reject a call

     Reject a call as if it was rejected by the system

    Give either `uId` (an asynchronous call queued with pushAsyncCall) or `idConference`; this rule is
    not expressed in the schema.

    Args:
        body (RejectCallRequest): The call to reject: give `uId` or `idConference` (at least one;
            a request with neither is answered 400).
            The rule is not written as `anyOf` because openapi-python-client then types the body as
            `Any`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RejectCallRequest,
) -> Error | SuccessResponse | None:
    """Reject a call

     Reject a call as if it was rejected by the system

    Give either `uId` (an asynchronous call queued with pushAsyncCall) or `idConference`; this rule is
    not expressed in the schema.

    Args:
        body (RejectCallRequest): The call to reject: give `uId` or `idConference` (at least one;
            a request with neither is answered 400).
            The rule is not written as `anyOf` because openapi-python-client then types the body as
            `Any`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
