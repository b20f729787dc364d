# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Error | JobRunList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_job_runs", "200")
        response_200 = JobRunList.from_dict(data)

        return response_200

    data = json_body(client, response, "list_job_runs", "default")
    response_default = Error.from_dict(data)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Error | JobRunList]:
    return build_response(client, response, _parse_response)


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobRunList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | JobRunList:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | JobRunList
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobRunList, response.parsed)  # set whenever there is no problem: every status is documented


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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Error | JobRunList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_job_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | JobRunList:
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
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Error | JobRunList
    """

    kwargs = _get_kwargs(
        filter_job_uuid=filter_job_uuid,
        filter_status=filter_status,
        page=page,
        limit=limit,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Error | JobRunList, response.parsed)  # set whenever there is no problem: every status is documented
