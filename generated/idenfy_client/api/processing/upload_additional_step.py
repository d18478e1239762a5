from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_additional_step_request import UploadAdditionalStepRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UploadAdditionalStepRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/upload-additional-step",
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
    body: UploadAdditionalStepRequest,
) -> Response[Any | Error]:
    """Re-upload the file of an additional step (e.g. a utility bill)

     Replaces the file of an additional step of an existing verification, e.g. a utility bill that was
    older
    than three months, without repeating the verification. Works only if the verification was created
    with
    custom `additionalSteps`. Data from the previous upload is overwritten (hence marked destructive).
    The success response is not documented; a 200 with an empty body is assumed.

    Args:
        body (UploadAdditionalStepRequest): A new file for an additional step of an existing
            verification.

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
    body: UploadAdditionalStepRequest,
) -> Any | Error | None:
    """Re-upload the file of an additional step (e.g. a utility bill)

     Replaces the file of an additional step of an existing verification, e.g. a utility bill that was
    older
    than three months, without repeating the verification. Works only if the verification was created
    with
    custom `additionalSteps`. Data from the previous upload is overwritten (hence marked destructive).
    The success response is not documented; a 200 with an empty body is assumed.

    Args:
        body (UploadAdditionalStepRequest): A new file for an additional step of an existing
            verification.

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
    body: UploadAdditionalStepRequest,
) -> Response[Any | Error]:
    """Re-upload the file of an additional step (e.g. a utility bill)

     Replaces the file of an additional step of an existing verification, e.g. a utility bill that was
    older
    than three months, without repeating the verification. Works only if the verification was created
    with
    custom `additionalSteps`. Data from the previous upload is overwritten (hence marked destructive).
    The success response is not documented; a 200 with an empty body is assumed.

    Args:
        body (UploadAdditionalStepRequest): A new file for an additional step of an existing
            verification.

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
    body: UploadAdditionalStepRequest,
) -> Any | Error | None:
    """Re-upload the file of an additional step (e.g. a utility bill)

     Replaces the file of an additional step of an existing verification, e.g. a utility bill that was
    older
    than three months, without repeating the verification. Works only if the verification was created
    with
    custom `additionalSteps`. Data from the previous upload is overwritten (hence marked destructive).
    The success response is not documented; a 200 with an empty body is assumed.

    Args:
        body (UploadAdditionalStepRequest): A new file for an additional step of an existing
            verification.

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
