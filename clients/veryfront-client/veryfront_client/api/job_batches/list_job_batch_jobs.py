# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_reference: str,
    batch_id: UUID,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_reference}/job-batches/{batch_id}/jobs".format(
            project_reference=quote(str(project_reference), safe="").replace(".", "%2E"),
            batch_id=quote(str(batch_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobList:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | JobList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[Error | JobList]:
    """List a job batch's jobs

     Lists the jobs of one batch, cursor-paginated like `list_jobs` (`{data, page_info}`; pass
    `page_info.next` as
    `cursor`), optionally filtered by status.

    Args:
        project_reference (str):
        batch_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        batch_id=batch_id,
        cursor=cursor,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Error | JobList | None:
    """List a job batch's jobs

     Lists the jobs of one batch, cursor-paginated like `list_jobs` (`{data, page_info}`; pass
    `page_info.next` as
    `cursor`), optionally filtered by status.

    Args:
        project_reference (str):
        batch_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobList
    """

    return sync_detailed(
        project_reference=project_reference,
        batch_id=batch_id,
        client=client,
        cursor=cursor,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Response[Error | JobList]:
    """List a job batch's jobs

     Lists the jobs of one batch, cursor-paginated like `list_jobs` (`{data, page_info}`; pass
    `page_info.next` as
    `cursor`), optionally filtered by status.

    Args:
        project_reference (str):
        batch_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobList]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        batch_id=batch_id,
        cursor=cursor,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_reference: str,
    batch_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
) -> Error | JobList | None:
    """List a job batch's jobs

     Lists the jobs of one batch, cursor-paginated like `list_jobs` (`{data, page_info}`; pass
    `page_info.next` as
    `cursor`), optionally filtered by status.

    Args:
        project_reference (str):
        batch_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        status (JobStatus | Unset): Lifecycle status of a job: `submitted` (created, not started),
            `working` (running), then one of the final
            statuses `completed`, `failed` or `canceled`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobList
    """

    return (
        await asyncio_detailed(
            project_reference=project_reference,
            batch_id=batch_id,
            client=client,
            cursor=cursor,
            limit=limit,
            status=status,
        )
    ).parsed
