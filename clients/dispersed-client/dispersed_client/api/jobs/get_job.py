# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{uuid}".format(
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | Job:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "get_job", "200")
        response_200 = Job.from_dict(data)

        return response_200

    data = json_body(client, response, "get_job", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | Job]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Job]:
    """Get a job

     Returns one job by UUID, bare (no envelope). Poll it to follow a job's `status`; a job's individual
    executions (with node URLs and logs) are job runs, see `list_job_runs`.

    Args:
        uuid (UUID):

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
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Job:
    """Get a job

     Returns one job by UUID, bare (no envelope). Poll it to follow a job's `status`; a job's individual
    executions (with node URLs and logs) are job runs, see `list_job_runs`.

    Args:
        uuid (UUID):

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
        uuid=uuid,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Job]:
    """Get a job

     Returns one job by UUID, bare (no envelope). Poll it to follow a job's `status`; a job's individual
    executions (with node URLs and logs) are job runs, see `list_job_runs`.

    Args:
        uuid (UUID):

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
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Job:
    """Get a job

     Returns one job by UUID, bare (no envelope). Poll it to follow a job's `status`; a job's individual
    executions (with node URLs and logs) are job runs, see `list_job_runs`.

    Args:
        uuid (UUID):

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
        uuid=uuid,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented
