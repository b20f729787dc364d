# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.fine_tuning_job import FineTuningJob
from ...types import Response


def _get_kwargs(
    fine_tuning_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine_tuning/jobs/{fine_tuning_job_id}/cancel".format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | FineTuningJob:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "cancel_fine_tuning_job", "200")
        response_200 = FineTuningJob.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "cancel_fine_tuning_job", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "cancel_fine_tuning_job", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 409:
        data = json_body(client, response, "cancel_fine_tuning_job", "409")
        response_409 = ErrorResponse.from_dict(data)

        return response_409

    if response.status_code == 429:
        data = json_body(client, response, "cancel_fine_tuning_job", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "cancel_fine_tuning_job", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "cancel_fine_tuning_job", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "cancel_fine_tuning_job", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | FineTuningJob]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FineTuningJob]:
    """Cancel a fine-tuning job

     "Immediately cancel a fine-tune job" (upstream): the answer is 200 with the job already `cancelled`;
    there is no cancelling phase.

    Not documented: what cancelling a job that has already ended (succeeded, failed or cancelled)
    answers. We document 409 with OpenAI's error body, as for batches; unconfirmed.

    No request body. Upstream operationId: cancelFineTuningJob.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJob]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob:
    """Cancel a fine-tuning job

     "Immediately cancel a fine-tune job" (upstream): the answer is 200 with the job already `cancelled`;
    there is no cancelling phase.

    Not documented: what cancelling a job that has already ended (succeeded, failed or cancelled)
    answers. We document 409 with OpenAI's error body, as for batches; unconfirmed.

    No request body. Upstream operationId: cancelFineTuningJob.

    Args:
        fine_tuning_job_id (str):

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
        fine_tuning_job_id=fine_tuning_job_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJob, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FineTuningJob]:
    """Cancel a fine-tuning job

     "Immediately cancel a fine-tune job" (upstream): the answer is 200 with the job already `cancelled`;
    there is no cancelling phase.

    Not documented: what cancelling a job that has already ended (succeeded, failed or cancelled)
    answers. We document 409 with OpenAI's error body, as for batches; unconfirmed.

    No request body. Upstream operationId: cancelFineTuningJob.

    Args:
        fine_tuning_job_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | FineTuningJob]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FineTuningJob:
    """Cancel a fine-tuning job

     "Immediately cancel a fine-tune job" (upstream): the answer is 200 with the job already `cancelled`;
    there is no cancelling phase.

    Not documented: what cancelling a job that has already ended (succeeded, failed or cancelled)
    answers. We document 409 with OpenAI's error body, as for batches; unconfirmed.

    No request body. Upstream operationId: cancelFineTuningJob.

    Args:
        fine_tuning_job_id (str):

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
        fine_tuning_job_id=fine_tuning_job_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | FineTuningJob, response.parsed
    )  # set whenever there is no problem: every status is documented
