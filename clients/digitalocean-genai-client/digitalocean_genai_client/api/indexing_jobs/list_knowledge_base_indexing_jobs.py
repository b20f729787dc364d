# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexing_job_list import IndexingJobList
from ...types import Response


def _get_kwargs(
    knowledge_base_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs".format(
            knowledge_base_uuid=quote(str(knowledge_base_uuid), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | IndexingJobList:
    if response.status_code == 200:
        response_200 = IndexingJobList.from_dict(response.json())

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
) -> Response[Error | IndexingJobList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobList]:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobList]
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobList | None:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobList
    """

    return sync_detailed(
        knowledge_base_uuid=knowledge_base_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobList]:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobList]
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobList | None:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobList
    """

    return (
        await asyncio_detailed(
            knowledge_base_uuid=knowledge_base_uuid,
            client=client,
        )
    ).parsed
