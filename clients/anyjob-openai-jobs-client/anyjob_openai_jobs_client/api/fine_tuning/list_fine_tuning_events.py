# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job_event_list import FineTuningJobEventList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fine_tuning_job_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine_tuning/jobs/{fine_tuning_job_id}/events".format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | FineTuningJobEventList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_fine_tuning_events", "200")
        response_200 = FineTuningJobEventList.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "list_fine_tuning_events", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "list_fine_tuning_events", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "list_fine_tuning_events", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "list_fine_tuning_events", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_fine_tuning_events", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "list_fine_tuning_events", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "list_fine_tuning_events", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | FineTuningJobEventList]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | FineTuningJobEventList]:
    """List a fine-tuning job's events

     Lists the status updates of a fine-tuning job, newest first, cursor-paged like the job list (`after`
    = the id of the last event you got, `limit`, `has_more`; no `first_id` / `last_id`). `type` is
    `message` for status messages and `metrics` for training metrics (then `data` holds them); `data`
    may be null.

    Upstream operationId: listFineTuningEvents.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJobEventList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | FineTuningJobEventList:
    """List a fine-tuning job's events

     Lists the status updates of a fine-tuning job, newest first, cursor-paged like the job list (`after`
    = the id of the last event you got, `limit`, `has_more`; no `first_id` / `last_id`). `type` is
    `message` for status messages and `metrics` for training metrics (then `data` holds them); `data`
    may be null.

    Upstream operationId: listFineTuningEvents.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        ErrorResponse | FineTuningJobEventList
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJobEventList, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | FineTuningJobEventList]:
    """List a fine-tuning job's events

     Lists the status updates of a fine-tuning job, newest first, cursor-paged like the job list (`after`
    = the id of the last event you got, `limit`, `has_more`; no `first_id` / `last_id`). `type` is
    `message` for status messages and `metrics` for training metrics (then `data` holds them); `data`
    may be null.

    Upstream operationId: listFineTuningEvents.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJobEventList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | FineTuningJobEventList:
    """List a fine-tuning job's events

     Lists the status updates of a fine-tuning job, newest first, cursor-paged like the job list (`after`
    = the id of the last event you got, `limit`, `has_more`; no `first_id` / `last_id`). `type` is
    `message` for status messages and `metrics` for training metrics (then `data` holds them); `data`
    may be null.

    Upstream operationId: listFineTuningEvents.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        ErrorResponse | FineTuningJobEventList
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJobEventList, response.parsed
    )  # set whenever there is no problem: every status is documented
