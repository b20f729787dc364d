# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batches/{batch_id}".format(
            batch_id=quote(str(batch_id), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Batch | ErrorResponse:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "retrieve_batch", "200")
        response_200 = Batch.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "retrieve_batch", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "retrieve_batch", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "retrieve_batch", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "retrieve_batch", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "retrieve_batch", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "retrieve_batch", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Batch | ErrorResponse]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | ErrorResponse]:
    """Retrieve a batch

     Returns the batch `batch_id`. Poll it until `status` is terminal (completed, failed, expired or
    cancelled); the output file (`output_file_id`) holds the successful requests' answers, the error
    file (`error_file_id`) the failed ones.

    Upstream operationId: retrieveBatch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Batch | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | ErrorResponse:
    """Retrieve a batch

     Returns the batch `batch_id`. Poll it until `status` is terminal (completed, failed, expired or
    cancelled); the output file (`output_file_id`) holds the successful requests' answers, the error
    file (`error_file_id`) the failed ones.

    Upstream operationId: retrieveBatch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Batch | ErrorResponse
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Batch | ErrorResponse, response.parsed)  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | ErrorResponse]:
    """Retrieve a batch

     Returns the batch `batch_id`. Poll it until `status` is terminal (completed, failed, expired or
    cancelled); the output file (`output_file_id`) holds the successful requests' answers, the error
    file (`error_file_id`) the failed ones.

    Upstream operationId: retrieveBatch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[Batch | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | ErrorResponse:
    """Retrieve a batch

     Returns the batch `batch_id`. Poll it until `status` is terminal (completed, failed, expired or
    cancelled); the output file (`output_file_id`) holds the successful requests' answers, the error
    file (`error_file_id`) the failed ones.

    Upstream operationId: retrieveBatch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Batch | ErrorResponse
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(Batch | ErrorResponse, response.parsed)  # set whenever there is no problem: every status is documented
