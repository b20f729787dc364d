# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexing_job_data_source_list import IndexingJobDataSourceList
from ...types import Response


def _get_kwargs(
    indexing_job_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources".format(
            indexing_job_uuid=quote(str(indexing_job_uuid), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IndexingJobDataSourceList:
    if response.status_code == 200:
        response_200 = IndexingJobDataSourceList.from_dict(response.json())

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
) -> Response[Error | IndexingJobDataSourceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobDataSourceList]:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobDataSourceList]
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobDataSourceList | None:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobDataSourceList
    """

    return sync_detailed(
        indexing_job_uuid=indexing_job_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobDataSourceList]:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobDataSourceList]
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobDataSourceList | None:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobDataSourceList
    """

    return (
        await asyncio_detailed(
            indexing_job_uuid=indexing_job_uuid,
            client=client,
        )
    ).parsed
