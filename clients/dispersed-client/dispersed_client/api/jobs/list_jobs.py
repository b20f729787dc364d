# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.job_sort import JobSort
from ...models.job_task import JobTask
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort: JobSort | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_task: JobTask | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_cpu_count: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_min_ram_gb: str | Unset = UNSET,
    filter_min_vram_gb: str | Unset = UNSET,
    filter_min_storage_gb: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["filter[status]"] = filter_status

    json_filter_task: str | Unset = UNSET
    if not isinstance(filter_task, Unset):
        json_filter_task = filter_task.value

    params["filter[task]"] = json_filter_task

    params["filter[uuid]"] = filter_uuid

    params["filter[cpu_count]"] = filter_cpu_count

    params["filter[created_at]"] = filter_created_at

    params["filter[min_ram_gb]"] = filter_min_ram_gb

    params["filter[min_vram_gb]"] = filter_min_vram_gb

    params["filter[min_storage_gb]"] = filter_min_storage_gb

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | JobList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_jobs", "200")
        response_200 = JobList.from_dict(data)

        return response_200

    data = json_body(client, response, "list_jobs", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | JobList]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort: JobSort | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_task: JobTask | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_cpu_count: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_min_ram_gb: str | Unset = UNSET,
    filter_min_vram_gb: str | Unset = UNSET,
    filter_min_storage_gb: str | Unset = UNSET,
) -> Response[Error | JobList]:
    """List jobs

     Lists your jobs, one page at a time, optionally sorted by creation time and filtered with the
    `filter[...]` query parameters. Returns `{data: Job[], page, limit, total}`; keep requesting
    `page + 1` while `page * limit < total`.

    Note for signing: the query string is part of the signed canonical string (keys sorted, URL-
    encoded).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort (JobSort | Unset): Sort order of `list_jobs`: `created_at` ascending, or
            `-created_at` descending.
        filter_status (str | Unset):
        filter_task (JobTask | Unset): The kind of job: `BATCH` runs to completion within
            `max_timeout_run_ms`; `PERSISTENT` is a long-running service that runs until cancelled.
        filter_uuid (str | Unset):
        filter_cpu_count (str | Unset):
        filter_created_at (str | Unset):
        filter_min_ram_gb (str | Unset):
        filter_min_vram_gb (str | Unset):
        filter_min_storage_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        filter_status=filter_status,
        filter_task=filter_task,
        filter_uuid=filter_uuid,
        filter_cpu_count=filter_cpu_count,
        filter_created_at=filter_created_at,
        filter_min_ram_gb=filter_min_ram_gb,
        filter_min_vram_gb=filter_min_vram_gb,
        filter_min_storage_gb=filter_min_storage_gb,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort: JobSort | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_task: JobTask | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_cpu_count: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_min_ram_gb: str | Unset = UNSET,
    filter_min_vram_gb: str | Unset = UNSET,
    filter_min_storage_gb: str | Unset = UNSET,
) -> Error | JobList:
    """List jobs

     Lists your jobs, one page at a time, optionally sorted by creation time and filtered with the
    `filter[...]` query parameters. Returns `{data: Job[], page, limit, total}`; keep requesting
    `page + 1` while `page * limit < total`.

    Note for signing: the query string is part of the signed canonical string (keys sorted, URL-
    encoded).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort (JobSort | Unset): Sort order of `list_jobs`: `created_at` ascending, or
            `-created_at` descending.
        filter_status (str | Unset):
        filter_task (JobTask | Unset): The kind of job: `BATCH` runs to completion within
            `max_timeout_run_ms`; `PERSISTENT` is a long-running service that runs until cancelled.
        filter_uuid (str | Unset):
        filter_cpu_count (str | Unset):
        filter_created_at (str | Unset):
        filter_min_ram_gb (str | Unset):
        filter_min_vram_gb (str | Unset):
        filter_min_storage_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | JobList
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        filter_status=filter_status,
        filter_task=filter_task,
        filter_uuid=filter_uuid,
        filter_cpu_count=filter_cpu_count,
        filter_created_at=filter_created_at,
        filter_min_ram_gb=filter_min_ram_gb,
        filter_min_vram_gb=filter_min_vram_gb,
        filter_min_storage_gb=filter_min_storage_gb,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobList, response.parsed)  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort: JobSort | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_task: JobTask | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_cpu_count: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_min_ram_gb: str | Unset = UNSET,
    filter_min_vram_gb: str | Unset = UNSET,
    filter_min_storage_gb: str | Unset = UNSET,
) -> Response[Error | JobList]:
    """List jobs

     Lists your jobs, one page at a time, optionally sorted by creation time and filtered with the
    `filter[...]` query parameters. Returns `{data: Job[], page, limit, total}`; keep requesting
    `page + 1` while `page * limit < total`.

    Note for signing: the query string is part of the signed canonical string (keys sorted, URL-
    encoded).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort (JobSort | Unset): Sort order of `list_jobs`: `created_at` ascending, or
            `-created_at` descending.
        filter_status (str | Unset):
        filter_task (JobTask | Unset): The kind of job: `BATCH` runs to completion within
            `max_timeout_run_ms`; `PERSISTENT` is a long-running service that runs until cancelled.
        filter_uuid (str | Unset):
        filter_cpu_count (str | Unset):
        filter_created_at (str | Unset):
        filter_min_ram_gb (str | Unset):
        filter_min_vram_gb (str | Unset):
        filter_min_storage_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        filter_status=filter_status,
        filter_task=filter_task,
        filter_uuid=filter_uuid,
        filter_cpu_count=filter_cpu_count,
        filter_created_at=filter_created_at,
        filter_min_ram_gb=filter_min_ram_gb,
        filter_min_vram_gb=filter_min_vram_gb,
        filter_min_storage_gb=filter_min_storage_gb,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    sort: JobSort | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_task: JobTask | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_cpu_count: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_min_ram_gb: str | Unset = UNSET,
    filter_min_vram_gb: str | Unset = UNSET,
    filter_min_storage_gb: str | Unset = UNSET,
) -> Error | JobList:
    """List jobs

     Lists your jobs, one page at a time, optionally sorted by creation time and filtered with the
    `filter[...]` query parameters. Returns `{data: Job[], page, limit, total}`; keep requesting
    `page + 1` while `page * limit < total`.

    Note for signing: the query string is part of the signed canonical string (keys sorted, URL-
    encoded).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.
        sort (JobSort | Unset): Sort order of `list_jobs`: `created_at` ascending, or
            `-created_at` descending.
        filter_status (str | Unset):
        filter_task (JobTask | Unset): The kind of job: `BATCH` runs to completion within
            `max_timeout_run_ms`; `PERSISTENT` is a long-running service that runs until cancelled.
        filter_uuid (str | Unset):
        filter_cpu_count (str | Unset):
        filter_created_at (str | Unset):
        filter_min_ram_gb (str | Unset):
        filter_min_vram_gb (str | Unset):
        filter_min_storage_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | JobList
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        filter_status=filter_status,
        filter_task=filter_task,
        filter_uuid=filter_uuid,
        filter_cpu_count=filter_cpu_count,
        filter_created_at=filter_created_at,
        filter_min_ram_gb=filter_min_ram_gb,
        filter_min_vram_gb=filter_min_vram_gb,
        filter_min_storage_gb=filter_min_storage_gb,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobList, response.parsed)  # set whenever there is no problem: every status is documented
