# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_event_direction import JobEventDirection
from ...models.job_event_list import JobEventList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_reference: str,
    job_id: UUID,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    direction: JobEventDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_reference}/jobs/{job_id}/events".format(
            project_reference=quote(str(project_reference), safe="").replace(".", "%2E"),
            job_id=quote(str(job_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | JobEventList:
    if response.status_code == 200:
        response_200 = JobEventList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | JobEventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    direction: JobEventDirection | Unset = UNSET,
) -> Response[Error | JobEventList]:
    """List a job's events

     Returns one page of the job's events with query statistics. Pages are cursor-based: pass the
    response's
    `next_cursor` as `cursor` to continue; it is null when there is nothing more. `direction` chooses
    the reading
    order (default `backward`).

    Args:
        project_reference (str):
        job_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        direction (JobEventDirection | Unset): Order in which events are read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobEventList]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        job_id=job_id,
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    direction: JobEventDirection | Unset = UNSET,
) -> Error | JobEventList | None:
    """List a job's events

     Returns one page of the job's events with query statistics. Pages are cursor-based: pass the
    response's
    `next_cursor` as `cursor` to continue; it is null when there is nothing more. `direction` chooses
    the reading
    order (default `backward`).

    Args:
        project_reference (str):
        job_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        direction (JobEventDirection | Unset): Order in which events are read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobEventList
    """

    return sync_detailed(
        project_reference=project_reference,
        job_id=job_id,
        client=client,
        cursor=cursor,
        limit=limit,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    direction: JobEventDirection | Unset = UNSET,
) -> Response[Error | JobEventList]:
    """List a job's events

     Returns one page of the job's events with query statistics. Pages are cursor-based: pass the
    response's
    `next_cursor` as `cursor` to continue; it is null when there is nothing more. `direction` chooses
    the reading
    order (default `backward`).

    Args:
        project_reference (str):
        job_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        direction (JobEventDirection | Unset): Order in which events are read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobEventList]
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        job_id=job_id,
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    direction: JobEventDirection | Unset = UNSET,
) -> Error | JobEventList | None:
    """List a job's events

     Returns one page of the job's events with query statistics. Pages are cursor-based: pass the
    response's
    `next_cursor` as `cursor` to continue; it is null when there is nothing more. `direction` chooses
    the reading
    order (default `backward`).

    Args:
        project_reference (str):
        job_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        direction (JobEventDirection | Unset): Order in which events are read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobEventList
    """

    return (
        await asyncio_detailed(
            project_reference=project_reference,
            job_id=job_id,
            client=client,
            cursor=cursor,
            limit=limit,
            direction=direction,
        )
    ).parsed
