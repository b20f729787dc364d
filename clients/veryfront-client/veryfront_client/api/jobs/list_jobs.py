# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_reference: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    cron_job_id: UUID | Unset = UNSET,
    environment_id: UUID | Unset = UNSET,
    batch_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_cron_job_id: str | Unset = UNSET
    if not isinstance(cron_job_id, Unset):
        json_cron_job_id = str(cron_job_id)
    params["cron_job_id"] = json_cron_job_id

    json_environment_id: str | Unset = UNSET
    if not isinstance(environment_id, Unset):
        json_environment_id = str(environment_id)
    params["environment_id"] = json_environment_id

    json_batch_id: str | Unset = UNSET
    if not isinstance(batch_id, Unset):
        json_batch_id = str(batch_id)
    params["batch_id"] = json_batch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_reference}/jobs".format(
            project_reference=quote(str(project_reference), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | JobList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_jobs", "200")
        response_200 = JobList.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "list_jobs", "400")
        response_400 = Error.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "list_jobs", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 403:
        data = json_body(client, response, "list_jobs", "403")
        response_403 = Error.from_dict(data)

        return response_403

    if response.status_code == 404:
        data = json_body(client, response, "list_jobs", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 422:
        data = json_body(client, response, "list_jobs", "422")
        response_422 = Error.from_dict(data)

        return response_422

    if response.status_code == 429:
        data = json_body(client, response, "list_jobs", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_jobs", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "list_jobs", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | JobList]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    project_reference: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    cron_job_id: UUID | Unset = UNSET,
    environment_id: UUID | Unset = UNSET,
    batch_id: UUID | Unset = UNSET,
) -> Response[Error | JobList]:
    """List jobs

     Lists the project's jobs, one cursor-paginated page at a time, optionally filtered by status, cron
    job,
    environment or batch. Items are `JobListItem`s: a job without `result` and `failed_reason` (use
    `get_job` for
    those). To page, pass the `page_info.next` of the previous response as `cursor`; `page_info.next` is
    null on
    the last page.

    Args:
        project_reference (str):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.
        cron_job_id (UUID | Unset):
        environment_id (UUID | Unset):
        batch_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        cursor=cursor,
        limit=limit,
        status=status,
        cron_job_id=cron_job_id,
        environment_id=environment_id,
        batch_id=batch_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    project_reference: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    cron_job_id: UUID | Unset = UNSET,
    environment_id: UUID | Unset = UNSET,
    batch_id: UUID | Unset = UNSET,
) -> Error | JobList:
    """List jobs

     Lists the project's jobs, one cursor-paginated page at a time, optionally filtered by status, cron
    job,
    environment or batch. Items are `JobListItem`s: a job without `result` and `failed_reason` (use
    `get_job` for
    those). To page, pass the `page_info.next` of the previous response as `cursor`; `page_info.next` is
    null on
    the last page.

    Args:
        project_reference (str):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.
        cron_job_id (UUID | Unset):
        environment_id (UUID | Unset):
        batch_id (UUID | Unset):

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
        project_reference=project_reference,
        cursor=cursor,
        limit=limit,
        status=status,
        cron_job_id=cron_job_id,
        environment_id=environment_id,
        batch_id=batch_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobList, response.parsed)  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    project_reference: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    cron_job_id: UUID | Unset = UNSET,
    environment_id: UUID | Unset = UNSET,
    batch_id: UUID | Unset = UNSET,
) -> Response[Error | JobList]:
    """List jobs

     Lists the project's jobs, one cursor-paginated page at a time, optionally filtered by status, cron
    job,
    environment or batch. Items are `JobListItem`s: a job without `result` and `failed_reason` (use
    `get_job` for
    those). To page, pass the `page_info.next` of the previous response as `cursor`; `page_info.next` is
    null on
    the last page.

    Args:
        project_reference (str):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.
        cron_job_id (UUID | Unset):
        environment_id (UUID | Unset):
        batch_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        cursor=cursor,
        limit=limit,
        status=status,
        cron_job_id=cron_job_id,
        environment_id=environment_id,
        batch_id=batch_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    project_reference: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    cron_job_id: UUID | Unset = UNSET,
    environment_id: UUID | Unset = UNSET,
    batch_id: UUID | Unset = UNSET,
) -> Error | JobList:
    """List jobs

     Lists the project's jobs, one cursor-paginated page at a time, optionally filtered by status, cron
    job,
    environment or batch. Items are `JobListItem`s: a job without `result` and `failed_reason` (use
    `get_job` for
    those). To page, pass the `page_info.next` of the previous response as `cursor`; `page_info.next` is
    null on
    the last page.

    Args:
        project_reference (str):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.
        cron_job_id (UUID | Unset):
        environment_id (UUID | Unset):
        batch_id (UUID | Unset):

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
        project_reference=project_reference,
        cursor=cursor,
        limit=limit,
        status=status,
        cron_job_id=cron_job_id,
        environment_id=environment_id,
        batch_id=batch_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobList, response.parsed)  # set whenever there is no problem: every status is documented
