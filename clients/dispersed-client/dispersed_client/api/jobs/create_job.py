# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | Job:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "create_job", "200")
        response_200 = Job.from_dict(data)

        return response_200

    if response.status_code == 201:
        data = json_body(client, response, "create_job", "201")
        response_201 = Job.from_dict(data)

        return response_201

    data = json_body(client, response, "create_job", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | Job]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Error | Job:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | Job
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchJobRequest | CreatePersistentJobRequest,
) -> Error | Job:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | Job
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented
