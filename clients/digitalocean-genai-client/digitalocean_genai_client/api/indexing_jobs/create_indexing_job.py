# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | IndexingJobResponse:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "create_indexing_job", "200")
        response_200 = IndexingJobResponse.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "create_indexing_job", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "create_indexing_job", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "create_indexing_job", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "create_indexing_job", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "create_indexing_job", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Error | IndexingJobResponse]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateIndexingJobRequest,
) -> Error | IndexingJobResponse:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobResponse, response.parsed
    )  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIndexingJobRequest,
) -> Error | IndexingJobResponse:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobResponse, response.parsed
    )  # set whenever there is no problem: every status is documented
