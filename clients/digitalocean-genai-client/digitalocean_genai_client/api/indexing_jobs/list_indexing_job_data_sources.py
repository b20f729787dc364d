# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ..._responses import build_response, json_body, send, send_async
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
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Error | IndexingJobDataSourceList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_indexing_job_data_sources", "200")
        response_200 = IndexingJobDataSourceList.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "list_indexing_job_data_sources", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "list_indexing_job_data_sources", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "list_indexing_job_data_sources", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_indexing_job_data_sources", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "list_indexing_job_data_sources", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Error | IndexingJobDataSourceList]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobDataSourceList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobDataSourceList:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobDataSourceList
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobDataSourceList, response.parsed
    )  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobDataSourceList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    indexing_job_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobDataSourceList:
    """List an indexing job's data sources

     Returns the per-data-source progress of the indexing job `indexing_job_uuid` as
    `{"indexed_data_sources": [...]}`: each entry's status, timestamps, file/item counts, byte counts
    and, on failure, an error code and description. Not paginated.

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_job_data_sources.

    Args:
        indexing_job_uuid (UUID): The indexing job's UUID.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobDataSourceList
    """

    kwargs = _get_kwargs(
        indexing_job_uuid=indexing_job_uuid,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobDataSourceList, response.parsed
    )  # set whenever there is no problem: every status is documented
