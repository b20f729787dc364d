# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_batch import JobBatch
from ...types import Response


def _get_kwargs(
    project_reference: str,
    batch_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_reference}/job-batches/{batch_id}".format(
            project_reference=quote(str(project_reference), safe="").replace(".", "%2E"),
            batch_id=quote(str(batch_id), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobBatch:
    if response.status_code == 200:
        response_200 = JobBatch.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | JobBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | JobBatch]:
    """Get a job batch

     Returns the job batch with its job count and the number of its jobs in each status.

    Args:
        project_reference (str):
        batch_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobBatch]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | JobBatch | None:
    """Get a job batch

     Returns the job batch with its job count and the number of its jobs in each status.

    Args:
        project_reference (str):
        batch_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobBatch
    """

    return sync_detailed(
        project_reference=project_reference,
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | JobBatch]:
    """Get a job batch

     Returns the job batch with its job count and the number of its jobs in each status.

    Args:
        project_reference (str):
        batch_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobBatch]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | JobBatch | None:
    """Get a job batch

     Returns the job batch with its job count and the number of its jobs in each status.

    Args:
        project_reference (str):
        batch_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobBatch
    """

    return (
        await asyncio_detailed(
            project_reference=project_reference,
            batch_id=batch_id,
            client=client,
        )
    ).parsed
