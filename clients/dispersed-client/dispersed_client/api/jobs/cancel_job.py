# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | Job:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Job.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Response[Any | Error | Job]:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Job]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Any | Error | Job | None:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Job
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Response[Any | Error | Job]:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Job]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelJobRequest,
) -> Any | Error | Job | None:
    """Cancel (stop) a job

     Asks the service to stop a job ("Stop Job" in the vendor's reference), with an optional reason.
    The reference documents `200` with the Job ("Job cancelled"). Cancellation may be asynchronous: the
    job can come back as `CANCELLING` before it reaches `CANCELLED`, so poll `get_job` if you need the
    final state. `202` (with a Job) and `204` (no body) are tolerated as well.

    Args:
        uuid (UUID):
        body (CancelJobRequest): Body of `cancel_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Job
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
