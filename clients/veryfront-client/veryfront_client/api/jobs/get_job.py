# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
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
    project_reference: str,
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_reference}/jobs/{job_id}".format(
            project_reference=quote(str(project_reference), safe="").replace(".", "%2E"),
            job_id=quote(str(job_id), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | Job:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "get_job", "200")
        response_200 = Job.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "get_job", "401")
        response_401 = Error.from_dict(data)

        return response_401

    if response.status_code == 403:
        data = json_body(client, response, "get_job", "403")
        response_403 = Error.from_dict(data)

        return response_403

    if response.status_code == 404:
        data = json_body(client, response, "get_job", "404")
        response_404 = Error.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "get_job", "429")
        response_429 = Error.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "get_job", "500")
        response_500 = Error.from_dict(data)

        return response_500

    data = json_body(client, response, "get_job", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | Job]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Job]:
    """Get a job

     Returns the full job, including `failed_reason` and the typed `result` (both absent from list
    items). Use it to
    poll a job until its status is `completed`, `failed` or `canceled`.

    Args:
        project_reference (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        job_id=job_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Job:
    """Get a job

     Returns the full job, including `failed_reason` and the typed `result` (both absent from list
    items). Use it to
    poll a job until its status is `completed`, `failed` or `canceled`.

    Args:
        project_reference (str):
        job_id (UUID):

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
        project_reference=project_reference,
        job_id=job_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Job]:
    """Get a job

     Returns the full job, including `failed_reason` and the typed `result` (both absent from list
    items). Use it to
    poll a job until its status is `completed`, `failed` or `canceled`.

    Args:
        project_reference (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | Job]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        project_reference=project_reference,
        job_id=job_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    project_reference: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Job:
    """Get a job

     Returns the full job, including `failed_reason` and the typed `result` (both absent from list
    items). Use it to
    poll a job until its status is `completed`, `failed` or `canceled`.

    Args:
        project_reference (str):
        job_id (UUID):

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
        project_reference=project_reference,
        job_id=job_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | Job, response.parsed)  # set whenever there is no problem: every status is documented
