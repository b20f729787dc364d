# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexing_job_response import IndexingJobResponse
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/indexing_jobs/{uuid}".format(
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | IndexingJobResponse:
    if response.status_code == 200:
        response_200 = IndexingJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | IndexingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobResponse]:
    """Get an indexing job

     Returns the indexing job `uuid` wrapped as `{"job": {...}}`: its lifecycle `phase`, its indexing
    `status`, progress counters and, where available, per-data-source progress in `data_source_jobs`.
    Use it to poll a job until `phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobResponse | None:
    """Get an indexing job

     Returns the indexing job `uuid` wrapped as `{"job": {...}}`: its lifecycle `phase`, its indexing
    `status`, progress counters and, where available, per-data-source progress in `data_source_jobs`.
    Use it to poll a job until `phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobResponse]:
    """Get an indexing job

     Returns the indexing job `uuid` wrapped as `{"job": {...}}`: its lifecycle `phase`, its indexing
    `status`, progress counters and, where available, per-data-source progress in `data_source_jobs`.
    Use it to poll a job until `phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobResponse | None:
    """Get an indexing job

     Returns the indexing job `uuid` wrapped as `{"job": {...}}`: its lifecycle `phase`, its indexing
    `status`, progress counters and, where available, per-data-source progress in `data_source_jobs`.
    Use it to poll a job until `phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
