# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_batch_job_request import CreateBatchJobRequest
from ...models.create_persistent_job_request import CreatePersistentJobRequest
from ...models.error import Error
from ...models.job import Job
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs",
    }

    if isinstance(body, CreateBatchJobRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Job:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Job.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Response[Error | Job]:
    """Create a job

     Submits a new BATCH or PERSISTENT job. The body is one of two shapes selected by `task`:

    - `BATCH` must set `max_timeout_run_ms` (at least 60000 ms).
    - `PERSISTENT` must send `max_timeout_run_ms: null` explicitly (the service runs until cancelled).

    Set at most one of `gpu_name` and `gpu_registry_uuid`. Returns the created Job, bare (no envelope).
    The vendor's examples sign exactly the canonical JSON bytes (keys sorted recursively, compact) and
    send
    those same bytes as the body.

    Args:
        body (CreateBatchJobRequest | CreatePersistentJobRequest): Body of `create_job`: a BATCH
            or a PERSISTENT job, selected by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Error | Job | None:
    """Create a job

     Submits a new BATCH or PERSISTENT job. The body is one of two shapes selected by `task`:

    - `BATCH` must set `max_timeout_run_ms` (at least 60000 ms).
    - `PERSISTENT` must send `max_timeout_run_ms: null` explicitly (the service runs until cancelled).

    Set at most one of `gpu_name` and `gpu_registry_uuid`. Returns the created Job, bare (no envelope).
    The vendor's examples sign exactly the canonical JSON bytes (keys sorted recursively, compact) and
    send
    those same bytes as the body.

    Args:
        body (CreateBatchJobRequest | CreatePersistentJobRequest): Body of `create_job`: a BATCH
            or a PERSISTENT job, selected by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Response[Error | Job]:
    """Create a job

     Submits a new BATCH or PERSISTENT job. The body is one of two shapes selected by `task`:

    - `BATCH` must set `max_timeout_run_ms` (at least 60000 ms).
    - `PERSISTENT` must send `max_timeout_run_ms: null` explicitly (the service runs until cancelled).

    Set at most one of `gpu_name` and `gpu_registry_uuid`. Returns the created Job, bare (no envelope).
    The vendor's examples sign exactly the canonical JSON bytes (keys sorted recursively, compact) and
    send
    those same bytes as the body.

    Args:
        body (CreateBatchJobRequest | CreatePersistentJobRequest): Body of `create_job`: a BATCH
            or a PERSISTENT job, selected by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Error | Job | None:
    """Create a job

     Submits a new BATCH or PERSISTENT job. The body is one of two shapes selected by `task`:

    - `BATCH` must set `max_timeout_run_ms` (at least 60000 ms).
    - `PERSISTENT` must send `max_timeout_run_ms: null` explicitly (the service runs until cancelled).

    Set at most one of `gpu_name` and `gpu_registry_uuid`. Returns the created Job, bare (no envelope).
    The vendor's examples sign exactly the canonical JSON bytes (keys sorted recursively, compact) and
    send
    those same bytes as the body.

    Args:
        body (CreateBatchJobRequest | CreatePersistentJobRequest): Body of `create_job`: a BATCH
            or a PERSISTENT job, selected by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
