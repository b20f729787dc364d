# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexing_job_details_signed_url import IndexingJobDetailsSignedUrl
from ...types import Response


def _get_kwargs(
    indexing_job_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url".format(
            indexing_job_uuid=quote(str(indexing_job_uuid), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IndexingJobDetailsSignedUrl:
    if response.status_code == 200:
        response_200 = IndexingJobDetailsSignedUrl.from_dict(response.json())

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
) -> Response[Error | IndexingJobDetailsSignedUrl]:
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
) -> Response[Error | IndexingJobDetailsSignedUrl]:
    """Get a signed URL for an indexing job's details

     Returns `{"signed_url": ...}`, a signed URL from which the detailed report of the indexing job
    `indexing_job_uuid` can be downloaded. Check the job's `is_report_available` first.

    Not documented by the vendor: the report's format, the URL's lifetime, and the response when no
    report is available.

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job_details_signed_url.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobDetailsSignedUrl]
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
) -> Error | IndexingJobDetailsSignedUrl | None:
    """Get a signed URL for an indexing job's details

     Returns `{"signed_url": ...}`, a signed URL from which the detailed report of the indexing job
    `indexing_job_uuid` can be downloaded. Check the job's `is_report_available` first.

    Not documented by the vendor: the report's format, the URL's lifetime, and the response when no
    report is available.

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job_details_signed_url.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobDetailsSignedUrl
    """

    return sync_detailed(
        indexing_job_uuid=indexing_job_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | IndexingJobDetailsSignedUrl]:
    """Get a signed URL for an indexing job's details

     Returns `{"signed_url": ...}`, a signed URL from which the detailed report of the indexing job
    `indexing_job_uuid` can be downloaded. Check the job's `is_report_available` first.

    Not documented by the vendor: the report's format, the URL's lifetime, and the response when no
    report is available.

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job_details_signed_url.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobDetailsSignedUrl]
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
) -> Error | IndexingJobDetailsSignedUrl | None:
    """Get a signed URL for an indexing job's details

     Returns `{"signed_url": ...}`, a signed URL from which the detailed report of the indexing job
    `indexing_job_uuid` can be downloaded. Check the job's `is_report_available` first.

    Not documented by the vendor: the report's format, the URL's lifetime, and the response when no
    report is available.

    Requires the `genai:read` scope. Upstream operationId: genai_get_indexing_job_details_signed_url.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobDetailsSignedUrl
    """

    return (
        await asyncio_detailed(
            indexing_job_uuid=indexing_job_uuid,
            client=client,
        )
    ).parsed
