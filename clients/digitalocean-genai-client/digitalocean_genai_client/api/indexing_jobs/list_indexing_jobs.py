# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexing_job_list import IndexingJobList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/indexing_jobs",
        "params": params,
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
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | IndexingJobList]:
    """List indexing jobs

     Lists indexing jobs, one page at a time (`page`, `per_page`). Returns the jobs with pagination
    `links` (`first`, `last`, `next`, `previous`) and `meta` (`page`, `pages`, `total`). Not documented
    by the vendor: the default and maximum `per_page`.

    Upstream describes this as listing "all indexing jobs for a knowledge base", but the operation takes
    no knowledge-base parameter; to list one knowledge base's jobs use
    `list_knowledge_base_indexing_jobs`.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Items per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | IndexingJobList | None:
    """List indexing jobs

     Lists indexing jobs, one page at a time (`page`, `per_page`). Returns the jobs with pagination
    `links` (`first`, `last`, `next`, `previous`) and `meta` (`page`, `pages`, `total`). Not documented
    by the vendor: the default and maximum `per_page`.

    Upstream describes this as listing "all indexing jobs for a knowledge base", but the operation takes
    no knowledge-base parameter; to list one knowledge base's jobs use
    `list_knowledge_base_indexing_jobs`.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Items per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | IndexingJobList]:
    """List indexing jobs

     Lists indexing jobs, one page at a time (`page`, `per_page`). Returns the jobs with pagination
    `links` (`first`, `last`, `next`, `previous`) and `meta` (`page`, `pages`, `total`). Not documented
    by the vendor: the default and maximum `per_page`.

    Upstream describes this as listing "all indexing jobs for a knowledge base", but the operation takes
    no knowledge-base parameter; to list one knowledge base's jobs use
    `list_knowledge_base_indexing_jobs`.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Items per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | IndexingJobList | None:
    """List indexing jobs

     Lists indexing jobs, one page at a time (`page`, `per_page`). Returns the jobs with pagination
    `links` (`first`, `last`, `next`, `previous`) and `meta` (`page`, `pages`, `total`). Not documented
    by the vendor: the default and maximum `per_page`.

    Upstream describes this as listing "all indexing jobs for a knowledge base", but the operation takes
    no knowledge-base parameter; to list one knowledge base's jobs use
    `list_knowledge_base_indexing_jobs`.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs.

    Args:
        page (int | Unset): Page number, starting at 1.
        per_page (int | Unset): Items per page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
