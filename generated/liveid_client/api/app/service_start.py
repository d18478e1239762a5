from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.service_start_form import ServiceStartForm
from ...types import Response


def _get_kwargs(
    *,
    body: ServiceStartForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/app/service-start",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    body: ServiceStartForm,
) -> Response[Any | Error]:
    """ Start a video identification process

     Start the process for a video identification. It can be a live session with an operator or a self
    process, or a combination of both (in this case, a selection method should be discussed in advance
    with Namirial).\\
    At the end of the process, or in case of errors, the page will be redirected to the redirectUrl (if
    specified) passing a LiveIDPlusResult POST parameter, containing the JSON result message in the same
    format specified in the Call closing section.

    There are two ways to integrate LiveID+:
    - standalone mode: the call is launched in a new browser tab and provides a server-side callback and
    a rediderct URL for client-side callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the network and
    media test and call status check [Client side events section and Call closing section).

    In case of embedded mode, the iframe must have allow property set to include geolocation, camera,
    and microphone access, as following:

    allow="geolocation; camera; microphone"

    If this API is used to start a single video identification process, the id_process parameter is
    mandatory.\\
    If LiveID+ should automatically perform a check to decide whether to use a live process or a self
    process, the id_process_live and id_process_self are mandatory. The procedure to determine which
    process to choose has to be discussed with Namirial in the set up phase.\\
    The id_process parameter and id_process_self, id_process_live couple are mutually exclusive.

    The server-side result of the call is the `callClosing` webhook (see `webhooks`).

    Args:
        body (ServiceStartForm): Form fields of service-start. Give either `id_process` (a single
            live or self process) or both
            `id_process_live` and `id_process_self` (LiveID+ chooses between them); the two forms are
            mutually
            exclusive. This rule is described here, not expressed in the schema.

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
    body: ServiceStartForm,
) -> Any | Error | None:
    """ Start a video identification process

     Start the process for a video identification. It can be a live session with an operator or a self
    process, or a combination of both (in this case, a selection method should be discussed in advance
    with Namirial).\\
    At the end of the process, or in case of errors, the page will be redirected to the redirectUrl (if
    specified) passing a LiveIDPlusResult POST parameter, containing the JSON result message in the same
    format specified in the Call closing section.

    There are two ways to integrate LiveID+:
    - standalone mode: the call is launched in a new browser tab and provides a server-side callback and
    a rediderct URL for client-side callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the network and
    media test and call status check [Client side events section and Call closing section).

    In case of embedded mode, the iframe must have allow property set to include geolocation, camera,
    and microphone access, as following:

    allow="geolocation; camera; microphone"

    If this API is used to start a single video identification process, the id_process parameter is
    mandatory.\\
    If LiveID+ should automatically perform a check to decide whether to use a live process or a self
    process, the id_process_live and id_process_self are mandatory. The procedure to determine which
    process to choose has to be discussed with Namirial in the set up phase.\\
    The id_process parameter and id_process_self, id_process_live couple are mutually exclusive.

    The server-side result of the call is the `callClosing` webhook (see `webhooks`).

    Args:
        body (ServiceStartForm): Form fields of service-start. Give either `id_process` (a single
            live or self process) or both
            `id_process_live` and `id_process_self` (LiveID+ chooses between them); the two forms are
            mutually
            exclusive. This rule is described here, not expressed in the schema.

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
    body: ServiceStartForm,
) -> Response[Any | Error]:
    """ Start a video identification process

     Start the process for a video identification. It can be a live session with an operator or a self
    process, or a combination of both (in this case, a selection method should be discussed in advance
    with Namirial).\\
    At the end of the process, or in case of errors, the page will be redirected to the redirectUrl (if
    specified) passing a LiveIDPlusResult POST parameter, containing the JSON result message in the same
    format specified in the Call closing section.

    There are two ways to integrate LiveID+:
    - standalone mode: the call is launched in a new browser tab and provides a server-side callback and
    a rediderct URL for client-side callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the network and
    media test and call status check [Client side events section and Call closing section).

    In case of embedded mode, the iframe must have allow property set to include geolocation, camera,
    and microphone access, as following:

    allow="geolocation; camera; microphone"

    If this API is used to start a single video identification process, the id_process parameter is
    mandatory.\\
    If LiveID+ should automatically perform a check to decide whether to use a live process or a self
    process, the id_process_live and id_process_self are mandatory. The procedure to determine which
    process to choose has to be discussed with Namirial in the set up phase.\\
    The id_process parameter and id_process_self, id_process_live couple are mutually exclusive.

    The server-side result of the call is the `callClosing` webhook (see `webhooks`).

    Args:
        body (ServiceStartForm): Form fields of service-start. Give either `id_process` (a single
            live or self process) or both
            `id_process_live` and `id_process_self` (LiveID+ chooses between them); the two forms are
            mutually
            exclusive. This rule is described here, not expressed in the schema.

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
    body: ServiceStartForm,
) -> Any | Error | None:
    """ Start a video identification process

     Start the process for a video identification. It can be a live session with an operator or a self
    process, or a combination of both (in this case, a selection method should be discussed in advance
    with Namirial).\\
    At the end of the process, or in case of errors, the page will be redirected to the redirectUrl (if
    specified) passing a LiveIDPlusResult POST parameter, containing the JSON result message in the same
    format specified in the Call closing section.

    There are two ways to integrate LiveID+:
    - standalone mode: the call is launched in a new browser tab and provides a server-side callback and
    a rediderct URL for client-side callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the network and
    media test and call status check [Client side events section and Call closing section).

    In case of embedded mode, the iframe must have allow property set to include geolocation, camera,
    and microphone access, as following:

    allow="geolocation; camera; microphone"

    If this API is used to start a single video identification process, the id_process parameter is
    mandatory.\\
    If LiveID+ should automatically perform a check to decide whether to use a live process or a self
    process, the id_process_live and id_process_self are mandatory. The procedure to determine which
    process to choose has to be discussed with Namirial in the set up phase.\\
    The id_process parameter and id_process_self, id_process_live couple are mutually exclusive.

    The server-side result of the call is the `callClosing` webhook (see `webhooks`).

    Args:
        body (ServiceStartForm): Form fields of service-start. Give either `id_process` (a single
            live or self process) or both
            `id_process_live` and `id_process_self` (LiveID+ chooses between them); the two forms are
            mutually
            exclusive. This rule is described here, not expressed in the schema.

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
