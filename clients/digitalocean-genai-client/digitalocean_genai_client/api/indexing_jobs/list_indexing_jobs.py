# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | IndexingJobList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_indexing_jobs", "200")
        response_200 = IndexingJobList.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "list_indexing_jobs", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "list_indexing_jobs", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "list_indexing_jobs", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_indexing_jobs", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "list_indexing_jobs", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Error | IndexingJobList]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | IndexingJobList:
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
        page=page,
        per_page=per_page,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobList, response.parsed
    )  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | IndexingJobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | IndexingJobList:
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
        page=page,
        per_page=per_page,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        Error | IndexingJobList, response.parsed
    )  # set whenever there is no problem: every status is documented
