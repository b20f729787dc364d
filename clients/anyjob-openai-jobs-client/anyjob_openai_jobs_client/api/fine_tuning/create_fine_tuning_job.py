# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.create_fine_tuning_job_request import CreateFineTuningJobRequest
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job import FineTuningJob
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFineTuningJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine_tuning/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | FineTuningJob:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "create_fine_tuning_job", "200")
        response_200 = FineTuningJob.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "create_fine_tuning_job", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "create_fine_tuning_job", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 429:
        data = json_body(client, response, "create_fine_tuning_job", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "create_fine_tuning_job", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "create_fine_tuning_job", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "create_fine_tuning_job", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | FineTuningJob]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest,
) -> Response[ErrorResponse | FineTuningJob]:
    """Create a fine-tuning job

     Creates a fine-tuning job that trains `model` on `training_file` (a JSONL file uploaded with purpose
    `fine-tune`). Returns the new job (200), usually `validating_files` or `queued`; poll it (or list
    its events) until `status` is terminal. `fine_tuned_model` names the new model once the job has
    succeeded.

    The `method` object chooses supervised, DPO or reinforcement fine-tuning and their hyperparameters;
    the top-level `hyperparameters` is deprecated in its favour (upstream).

    Upstream operationId: createFineTuningJob.

    Args:
        body (CreateFineTuningJobRequest): Body of `create_fine_tuning_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJob]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest,
) -> ErrorResponse | FineTuningJob:
    """Create a fine-tuning job

     Creates a fine-tuning job that trains `model` on `training_file` (a JSONL file uploaded with purpose
    `fine-tune`). Returns the new job (200), usually `validating_files` or `queued`; poll it (or list
    its events) until `status` is terminal. `fine_tuned_model` names the new model once the job has
    succeeded.

    The `method` object chooses supervised, DPO or reinforcement fine-tuning and their hyperparameters;
    the top-level `hyperparameters` is deprecated in its favour (upstream).

    Upstream operationId: createFineTuningJob.

    Args:
        body (CreateFineTuningJobRequest): Body of `create_fine_tuning_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        ErrorResponse | FineTuningJob
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJob, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest,
) -> Response[ErrorResponse | FineTuningJob]:
    """Create a fine-tuning job

     Creates a fine-tuning job that trains `model` on `training_file` (a JSONL file uploaded with purpose
    `fine-tune`). Returns the new job (200), usually `validating_files` or `queued`; poll it (or list
    its events) until `status` is terminal. `fine_tuned_model` names the new model once the job has
    succeeded.

    The `method` object chooses supervised, DPO or reinforcement fine-tuning and their hyperparameters;
    the top-level `hyperparameters` is deprecated in its favour (upstream).

    Upstream operationId: createFineTuningJob.

    Args:
        body (CreateFineTuningJobRequest): Body of `create_fine_tuning_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJob]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFineTuningJobRequest,
) -> ErrorResponse | FineTuningJob:
    """Create a fine-tuning job

     Creates a fine-tuning job that trains `model` on `training_file` (a JSONL file uploaded with purpose
    `fine-tune`). Returns the new job (200), usually `validating_files` or `queued`; poll it (or list
    its events) until `status` is terminal. `fine_tuned_model` names the new model once the job has
    succeeded.

    The `method` object chooses supervised, DPO or reinforcement fine-tuning and their hyperparameters;
    the top-level `hyperparameters` is deprecated in its favour (upstream).

    Upstream operationId: createFineTuningJob.

    Args:
        body (CreateFineTuningJobRequest): Body of `create_fine_tuning_job`.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        ErrorResponse | FineTuningJob
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJob, response.parsed
    )  # set whenever there is no problem: every status is documented
