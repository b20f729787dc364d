# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ..._responses import build_response, json_body, send, send_async
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | IndexingJobList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_knowledge_base_indexing_jobs", "200")
        response_200 = IndexingJobList.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "list_knowledge_base_indexing_jobs", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "list_knowledge_base_indexing_jobs", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "list_knowledge_base_indexing_jobs", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_knowledge_base_indexing_jobs", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "list_knowledge_base_indexing_jobs", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Error | IndexingJobList]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobList:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobList
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobList, response.parsed
    )  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    knowledge_base_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | IndexingJobList:
    """List a knowledge base's latest indexing jobs

     Lists the latest 15 indexing jobs of the knowledge base `knowledge_base_uuid`, in the same list
    shape as `list_indexing_jobs` (`jobs`, `links`, `meta`).

    Requires the `genai:read` scope. Upstream operationId: genai_list_indexing_jobs_by_knowledge_base.

    Args:
        knowledge_base_uuid (UUID): The knowledge base's UUID.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | IndexingJobList
    """

    kwargs = _get_kwargs(
        knowledge_base_uuid=knowledge_base_uuid,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobList, response.parsed
    )  # set whenever there is no problem: every status is documented
