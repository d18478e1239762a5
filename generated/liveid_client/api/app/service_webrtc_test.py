from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.service_webrtc_test_form import ServiceWebrtcTestForm
from ...types import Response


def _get_kwargs(
    *,
    body: ServiceWebrtcTestForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/app/service-webrtc-test",
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
    body: ServiceWebrtcTestForm,
) -> Response[Any | Error]:
    """ Start the device compatibility test, then the call (deprecated)

     service-webrtc-test is in the process of being deprecated. For initial integration with LiveID+, it
    is strongly recommended to use the service-start API.

    To initiate a video identification, a request to the LiveID+ system has to be performed in order to
    check the compatibility of the customer's device with the platform. Only if this check is successful
    will the video identification process begin.

    There are two modes in which the video identification call can be initiated:
    - standalone mode: the call is launched in a new browser tab and does not allow for client-side
    closing callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the Client side
    events section and Call closing section).

    If you choose to use embedded mode, the iframe must have the allow property set to include
    geolocation, camera, and microphone access, as following:\\
    allow="geolocation; camera; microphone"

    Note: Namirial's public compatibility-test demo page is served (as a browser GET) at `/app/service-
    webrtc_test/`, with an underscore; this operation keeps the hyphenated path of the API definition.

    Args:
        body (ServiceWebrtcTestForm): Form fields of the deprecated service-webrtc-test.

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
    body: ServiceWebrtcTestForm,
) -> Any | Error | None:
    """ Start the device compatibility test, then the call (deprecated)

     service-webrtc-test is in the process of being deprecated. For initial integration with LiveID+, it
    is strongly recommended to use the service-start API.

    To initiate a video identification, a request to the LiveID+ system has to be performed in order to
    check the compatibility of the customer's device with the platform. Only if this check is successful
    will the video identification process begin.

    There are two modes in which the video identification call can be initiated:
    - standalone mode: the call is launched in a new browser tab and does not allow for client-side
    closing callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the Client side
    events section and Call closing section).

    If you choose to use embedded mode, the iframe must have the allow property set to include
    geolocation, camera, and microphone access, as following:\\
    allow="geolocation; camera; microphone"

    Note: Namirial's public compatibility-test demo page is served (as a browser GET) at `/app/service-
    webrtc_test/`, with an underscore; this operation keeps the hyphenated path of the API definition.

    Args:
        body (ServiceWebrtcTestForm): Form fields of the deprecated service-webrtc-test.

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
    body: ServiceWebrtcTestForm,
) -> Response[Any | Error]:
    """ Start the device compatibility test, then the call (deprecated)

     service-webrtc-test is in the process of being deprecated. For initial integration with LiveID+, it
    is strongly recommended to use the service-start API.

    To initiate a video identification, a request to the LiveID+ system has to be performed in order to
    check the compatibility of the customer's device with the platform. Only if this check is successful
    will the video identification process begin.

    There are two modes in which the video identification call can be initiated:
    - standalone mode: the call is launched in a new browser tab and does not allow for client-side
    closing callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the Client side
    events section and Call closing section).

    If you choose to use embedded mode, the iframe must have the allow property set to include
    geolocation, camera, and microphone access, as following:\\
    allow="geolocation; camera; microphone"

    Note: Namirial's public compatibility-test demo page is served (as a browser GET) at `/app/service-
    webrtc_test/`, with an underscore; this operation keeps the hyphenated path of the API definition.

    Args:
        body (ServiceWebrtcTestForm): Form fields of the deprecated service-webrtc-test.

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
    body: ServiceWebrtcTestForm,
) -> Any | Error | None:
    """ Start the device compatibility test, then the call (deprecated)

     service-webrtc-test is in the process of being deprecated. For initial integration with LiveID+, it
    is strongly recommended to use the service-start API.

    To initiate a video identification, a request to the LiveID+ system has to be performed in order to
    check the compatibility of the customer's device with the platform. Only if this check is successful
    will the video identification process begin.

    There are two modes in which the video identification call can be initiated:
    - standalone mode: the call is launched in a new browser tab and does not allow for client-side
    closing callbacks;
    - embedded mode: the call is launched within an HTML iframe directly in the client procedure,
    allowing for client-side callbacks (in form of window.postMessage) as described in the Client side
    events section and Call closing section).

    If you choose to use embedded mode, the iframe must have the allow property set to include
    geolocation, camera, and microphone access, as following:\\
    allow="geolocation; camera; microphone"

    Note: Namirial's public compatibility-test demo page is served (as a browser GET) at `/app/service-
    webrtc_test/`, with an underscore; this operation keeps the hyphenated path of the API definition.

    Args:
        body (ServiceWebrtcTestForm): Form fields of the deprecated service-webrtc-test.

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
