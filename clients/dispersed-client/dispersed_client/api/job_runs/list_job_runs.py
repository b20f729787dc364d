# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_run_list import JobRunList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[job_uuid]"] = filter_job_uuid

    params["filter[status]"] = filter_status

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/job-runs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobRunList:
    if response.status_code == 200:
        response_200 = JobRunList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | JobRunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | JobRunList]:
    """List job runs

     Lists job runs (the executions of jobs on nodes), typically filtered to one job with
    `filter[job_uuid]`. Returns `{data: JobRun[], page, limit, total}`. List items do not include
    `logs`; use `get_job_run`.

    Args:
        filter_job_uuid (str | Unset):
        filter_status (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobRunList]
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | JobRunList | None:
    """List job runs

     Lists job runs (the executions of jobs on nodes), typically filtered to one job with
    `filter[job_uuid]`. Returns `{data: JobRun[], page, limit, total}`. List items do not include
    `logs`; use `get_job_run`.

    Args:
        filter_job_uuid (str | Unset):
        filter_status (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobRunList
    """

    return sync_detailed(
        client=client,
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | JobRunList]:
    """List job runs

     Lists job runs (the executions of jobs on nodes), typically filtered to one job with
    `filter[job_uuid]`. Returns `{data: JobRun[], page, limit, total}`. List items do not include
    `logs`; use `get_job_run`.

    Args:
        filter_job_uuid (str | Unset):
        filter_status (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobRunList]
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | JobRunList | None:
    """List job runs

     Lists job runs (the executions of jobs on nodes), typically filtered to one job with
    `filter[job_uuid]`. Returns `{data: JobRun[], page, limit, total}`. List items do not include
    `logs`; use `get_job_run`.

    Args:
        filter_job_uuid (str | Unset):
        filter_status (str | Unset):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobRunList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_job_uuid=filter_job_uuid,
            filter_status=filter_status,
            page=page,
            limit=limit,
        )
    ).parsed
