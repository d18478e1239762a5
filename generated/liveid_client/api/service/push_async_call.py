from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.push_async_call_request import PushAsyncCallRequest
from ...models.push_async_call_response import PushAsyncCallResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PushAsyncCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/pushAsyncCall",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PushAsyncCallResponse | None:
    if response.status_code == 200:
        response_200 = PushAsyncCallResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PushAsyncCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PushAsyncCallRequest,
) -> Response[Error | PushAsyncCallResponse]:
    """ Queue an asynchronous video identification call

     In addition to synchronous call - where the customer initiate a call and is immediately redirected
    to the network and media test, then to the first available operator - LiveID+ also supports
    asynchronous calls.\\
    In this mode, the customer submits their information to request a video identification, which an
    operator will handle at a later time (e.g.: through scheduled appointment).\\
    This can be done using two methods: pushAsyncCall and service-asyncall.

    pushAsyncCall method puts a video identification call in the system without it being immediately
    redirected to platform test and then to the first available operator.\\
    Calls entered using pushAsyncCall are linked to the unique ID provided in the response and can then
    be initiated using service-asyncall.

    Args:
        body (PushAsyncCallRequest): An asynchronous call to queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushAsyncCallResponse]
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
    body: PushAsyncCallRequest,
) -> Error | PushAsyncCallResponse | None:
    """ Queue an asynchronous video identification call

     In addition to synchronous call - where the customer initiate a call and is immediately redirected
    to the network and media test, then to the first available operator - LiveID+ also supports
    asynchronous calls.\\
    In this mode, the customer submits their information to request a video identification, which an
    operator will handle at a later time (e.g.: through scheduled appointment).\\
    This can be done using two methods: pushAsyncCall and service-asyncall.

    pushAsyncCall method puts a video identification call in the system without it being immediately
    redirected to platform test and then to the first available operator.\\
    Calls entered using pushAsyncCall are linked to the unique ID provided in the response and can then
    be initiated using service-asyncall.

    Args:
        body (PushAsyncCallRequest): An asynchronous call to queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushAsyncCallResponse
     """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PushAsyncCallRequest,
) -> Response[Error | PushAsyncCallResponse]:
    """ Queue an asynchronous video identification call

     In addition to synchronous call - where the customer initiate a call and is immediately redirected
    to the network and media test, then to the first available operator - LiveID+ also supports
    asynchronous calls.\\
    In this mode, the customer submits their information to request a video identification, which an
    operator will handle at a later time (e.g.: through scheduled appointment).\\
    This can be done using two methods: pushAsyncCall and service-asyncall.

    pushAsyncCall method puts a video identification call in the system without it being immediately
    redirected to platform test and then to the first available operator.\\
    Calls entered using pushAsyncCall are linked to the unique ID provided in the response and can then
    be initiated using service-asyncall.

    Args:
        body (PushAsyncCallRequest): An asynchronous call to queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushAsyncCallResponse]
     """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PushAsyncCallRequest,
) -> Error | PushAsyncCallResponse | None:
    """ Queue an asynchronous video identification call

     In addition to synchronous call - where the customer initiate a call and is immediately redirected
    to the network and media test, then to the first available operator - LiveID+ also supports
    asynchronous calls.\\
    In this mode, the customer submits their information to request a video identification, which an
    operator will handle at a later time (e.g.: through scheduled appointment).\\
    This can be done using two methods: pushAsyncCall and service-asyncall.

    pushAsyncCall method puts a video identification call in the system without it being immediately
    redirected to platform test and then to the first available operator.\\
    Calls entered using pushAsyncCall are linked to the unique ID provided in the response and can then
    be initiated using service-asyncall.

    Args:
        body (PushAsyncCallRequest): An asynchronous call to queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushAsyncCallResponse
     """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
