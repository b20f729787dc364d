# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.cancel_job_request import CancelJobRequest
from ...models.error import Error
from ...models.job import Job
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: CancelJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jobs/{uuid}/cancel".format(
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | Job | None:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "cancel_job", "200")
        response_200 = Job.from_dict(data)

        return response_200

    if response.status_code == 202:
        data = json_body(client, response, "cancel_job", "202")
        response_202 = Job.from_dict(data)

        return response_202

    if response.status_code == 204:
        return None

    data = json_body(client, response, "cancel_job", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | Job]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Response[Error | Job]:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Error | Job | None:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | Job | None: None for a documented response without a body
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return response.parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Response[Error | Job]:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Error | Job | None:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | Job | None: None for a documented response without a body
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return response.parsed
