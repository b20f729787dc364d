# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.deleted_message_batch import DeletedMessageBatch
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_batch_id: str,
    *,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["anthropic-version"] = anthropic_version

    if not isinstance(anthropic_beta, Unset):
        headers["anthropic-beta"] = anthropic_beta

    if not isinstance(anthropic_workspace_id, Unset):
        headers["anthropic-workspace-id"] = anthropic_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/messages/batches/{message_batch_id}".format(
            message_batch_id=quote(str(message_batch_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DeletedMessageBatch | ErrorResponse:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "delete_message_batch", "200")
        response_200 = DeletedMessageBatch.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "delete_message_batch", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "delete_message_batch", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 403:
        data = json_body(client, response, "delete_message_batch", "403")
        response_403 = ErrorResponse.from_dict(data)

        return response_403

    if response.status_code == 404:
        data = json_body(client, response, "delete_message_batch", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 409:
        data = json_body(client, response, "delete_message_batch", "409")
        response_409 = ErrorResponse.from_dict(data)

        return response_409

    if response.status_code == 429:
        data = json_body(client, response, "delete_message_batch", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "delete_message_batch", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 529:
        data = json_body(client, response, "delete_message_batch", "529")
        response_529 = ErrorResponse.from_dict(data)

        return response_529

    data = json_body(client, response, "delete_message_batch", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DeletedMessageBatch | ErrorResponse]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[DeletedMessageBatch | ErrorResponse]:
    """Delete a Message Batch

     Deletes a batch that has ended and answers `{"id", "type": "message_batch_deleted"}`; afterwards the
    batch is
    gone (404). "Message Batches can only be deleted once they've finished processing. If you'd like to
    delete an
    in-progress batch, you must first cancel it."

    Not documented by Anthropic: the answer for a batch that has not ended. This document (and anyjob's
    simulator)
    chooses 409 with an `invalid_request_error`.

    SDK: `client.messages.batches.delete(message_batch_id)`.

    Args:
        message_batch_id (str):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[DeletedMessageBatch | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> DeletedMessageBatch | ErrorResponse:
    """Delete a Message Batch

     Deletes a batch that has ended and answers `{"id", "type": "message_batch_deleted"}`; afterwards the
    batch is
    gone (404). "Message Batches can only be deleted once they've finished processing. If you'd like to
    delete an
    in-progress batch, you must first cancel it."

    Not documented by Anthropic: the answer for a batch that has not ended. This document (and anyjob's
    simulator)
    chooses 409 with an `invalid_request_error`.

    SDK: `client.messages.batches.delete(message_batch_id)`.

    Args:
        message_batch_id (str):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        DeletedMessageBatch | ErrorResponse
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        DeletedMessageBatch | ErrorResponse, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[DeletedMessageBatch | ErrorResponse]:
    """Delete a Message Batch

     Deletes a batch that has ended and answers `{"id", "type": "message_batch_deleted"}`; afterwards the
    batch is
    gone (404). "Message Batches can only be deleted once they've finished processing. If you'd like to
    delete an
    in-progress batch, you must first cancel it."

    Not documented by Anthropic: the answer for a batch that has not ended. This document (and anyjob's
    simulator)
    chooses 409 with an `invalid_request_error`.

    SDK: `client.messages.batches.delete(message_batch_id)`.

    Args:
        message_batch_id (str):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[DeletedMessageBatch | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> DeletedMessageBatch | ErrorResponse:
    """Delete a Message Batch

     Deletes a batch that has ended and answers `{"id", "type": "message_batch_deleted"}`; afterwards the
    batch is
    gone (404). "Message Batches can only be deleted once they've finished processing. If you'd like to
    delete an
    in-progress batch, you must first cancel it."

    Not documented by Anthropic: the answer for a batch that has not ended. This document (and anyjob's
    simulator)
    chooses 409 with an `invalid_request_error`.

    SDK: `client.messages.batches.delete(message_batch_id)`.

    Args:
        message_batch_id (str):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        errors.UndecodableResponse: the body is not the documented JSON (HTML, truncated, empty, bad Content-Encoding).
        errors.ResponseValidationError: the body is JSON of the wrong shape (every 2xx field is checked with
            ``strict_response_validation=True``).
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        DeletedMessageBatch | ErrorResponse
    """

    kwargs = _get_kwargs(
        message_batch_id=message_batch_id,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        DeletedMessageBatch | ErrorResponse, response.parsed
    )  # set whenever there is no problem: every status is documented
