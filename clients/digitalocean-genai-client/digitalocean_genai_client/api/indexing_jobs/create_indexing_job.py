# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_indexing_job_request import CreateIndexingJobRequest
from ...models.error import Error
from ...models.indexing_job_response import IndexingJobResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateIndexingJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/gen-ai/indexing_jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: CreateIndexingJobRequest,
) -> Response[Error | IndexingJobResponse]:
    """Start an indexing job for a knowledge base

     Starts an indexing job for the knowledge base `knowledge_base_uuid`, indexing the data sources
    listed in `data_source_uuids`; an empty (or absent) list indexes all of the knowledge base's data
    sources.

    Returns the new job wrapped as `{"job": {...}}` with status **200** (not 201). Poll
    `get_indexing_job` until `job.phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:create` scope. Upstream operationId: genai_create_indexing_job.

    Args:
        body (CreateIndexingJobRequest): Body of `create_indexing_job`. Every field is optional,
            as upstream declares them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
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
    body: CreateIndexingJobRequest,
) -> Error | IndexingJobResponse | None:
    """Start an indexing job for a knowledge base

     Starts an indexing job for the knowledge base `knowledge_base_uuid`, indexing the data sources
    listed in `data_source_uuids`; an empty (or absent) list indexes all of the knowledge base's data
    sources.

    Returns the new job wrapped as `{"job": {...}}` with status **200** (not 201). Poll
    `get_indexing_job` until `job.phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:create` scope. Upstream operationId: genai_create_indexing_job.

    Args:
        body (CreateIndexingJobRequest): Body of `create_indexing_job`. Every field is optional,
            as upstream declares them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIndexingJobRequest,
) -> Response[Error | IndexingJobResponse]:
    """Start an indexing job for a knowledge base

     Starts an indexing job for the knowledge base `knowledge_base_uuid`, indexing the data sources
    listed in `data_source_uuids`; an empty (or absent) list indexes all of the knowledge base's data
    sources.

    Returns the new job wrapped as `{"job": {...}}` with status **200** (not 201). Poll
    `get_indexing_job` until `job.phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:create` scope. Upstream operationId: genai_create_indexing_job.

    Args:
        body (CreateIndexingJobRequest): Body of `create_indexing_job`. Every field is optional,
            as upstream declares them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIndexingJobRequest,
) -> Error | IndexingJobResponse | None:
    """Start an indexing job for a knowledge base

     Starts an indexing job for the knowledge base `knowledge_base_uuid`, indexing the data sources
    listed in `data_source_uuids`; an empty (or absent) list indexes all of the knowledge base's data
    sources.

    Returns the new job wrapped as `{"job": {...}}` with status **200** (not 201). Poll
    `get_indexing_job` until `job.phase` is terminal (SUCCEEDED, FAILED, ERROR or CANCELLED).

    Requires the `genai:create` scope. Upstream operationId: genai_create_indexing_job.

    Args:
        body (CreateIndexingJobRequest): Body of `create_indexing_job`. Every field is optional,
            as upstream declares them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
