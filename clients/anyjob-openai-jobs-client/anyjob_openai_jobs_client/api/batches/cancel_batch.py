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
        "method": "post",
        "url": "/batches/{batch_id}/cancel".format(
            batch_id=quote(str(batch_id), safe="").replace(".", "%2E"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Batch | ErrorResponse:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "cancel_batch", "200")
        response_200 = Batch.from_dict(data)

        return response_200

    if response.status_code == 401:
        data = json_body(client, response, "cancel_batch", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 404:
        data = json_body(client, response, "cancel_batch", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 409:
        data = json_body(client, response, "cancel_batch", "409")
        response_409 = ErrorResponse.from_dict(data)

        return response_409

    if response.status_code == 429:
        data = json_body(client, response, "cancel_batch", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "cancel_batch", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "cancel_batch", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "cancel_batch", "default")
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
    """Cancel a batch

     Cancels a batch that has not ended. Two phases (upstream): the answer is 200 with the batch
    `cancelling` (`cancelling_at` set); it stays `cancelling` for **up to 10 minutes**, then becomes
    `cancelled` (`cancelled_at` set), with the results of the requests that did finish, if any, in its
    output file. Cancelling a batch that is already `cancelling` answers 200 with it unchanged.

    Cancelling a batch that has already ended (completed, failed, expired or cancelled) answers **409**
    with `{"error": {"message": "Cannot cancel a batch with status 'completed'.", "type":
    "invalid_request_error", "param": null, "code": null}}`. Unconfirmed: upstream documents only the
    200 answer; the 409 and its message are what third-party clients and tests record.

    No request body. Upstream operationId: cancelBatch.

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
    """Cancel a batch

     Cancels a batch that has not ended. Two phases (upstream): the answer is 200 with the batch
    `cancelling` (`cancelling_at` set); it stays `cancelling` for **up to 10 minutes**, then becomes
    `cancelled` (`cancelled_at` set), with the results of the requests that did finish, if any, in its
    output file. Cancelling a batch that is already `cancelling` answers 200 with it unchanged.

    Cancelling a batch that has already ended (completed, failed, expired or cancelled) answers **409**
    with `{"error": {"message": "Cannot cancel a batch with status 'completed'.", "type":
    "invalid_request_error", "param": null, "code": null}}`. Unconfirmed: upstream documents only the
    200 answer; the 409 and its message are what third-party clients and tests record.

    No request body. Upstream operationId: cancelBatch.

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
    """Cancel a batch

     Cancels a batch that has not ended. Two phases (upstream): the answer is 200 with the batch
    `cancelling` (`cancelling_at` set); it stays `cancelling` for **up to 10 minutes**, then becomes
    `cancelled` (`cancelled_at` set), with the results of the requests that did finish, if any, in its
    output file. Cancelling a batch that is already `cancelling` answers 200 with it unchanged.

    Cancelling a batch that has already ended (completed, failed, expired or cancelled) answers **409**
    with `{"error": {"message": "Cannot cancel a batch with status 'completed'.", "type":
    "invalid_request_error", "param": null, "code": null}}`. Unconfirmed: upstream documents only the
    200 answer; the 409 and its message are what third-party clients and tests record.

    No request body. Upstream operationId: cancelBatch.

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
    """Cancel a batch

     Cancels a batch that has not ended. Two phases (upstream): the answer is 200 with the batch
    `cancelling` (`cancelling_at` set); it stays `cancelling` for **up to 10 minutes**, then becomes
    `cancelled` (`cancelled_at` set), with the results of the requests that did finish, if any, in its
    output file. Cancelling a batch that is already `cancelling` answers 200 with it unchanged.

    Cancelling a batch that has already ended (completed, failed, expired or cancelled) answers **409**
    with `{"error": {"message": "Cannot cancel a batch with status 'completed'.", "type":
    "invalid_request_error", "param": null, "code": null}}`. Unconfirmed: upstream documents only the
    200 answer; the 409 and its message are what third-party clients and tests record.

    No request body. Upstream operationId: cancelBatch.

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
