# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ..._responses import build_response, json_body, jsonl_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_batch_individual_response import MessageBatchIndividualResponse
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
        "method": "get",
        "url": "/v1/messages/batches/{message_batch_id}/results".format(
            message_batch_id=quote(str(message_batch_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | list[MessageBatchIndividualResponse]:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        response_200_lines: list[MessageBatchIndividualResponse] = []
        for data in jsonl_body(client, response, "get_message_batch_results", "200"):
            response_200 = MessageBatchIndividualResponse.from_dict(data)

            response_200_lines.append(response_200)
        return response_200_lines

    if response.status_code == 400:
        data = json_body(client, response, "get_message_batch_results", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "get_message_batch_results", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 403:
        data = json_body(client, response, "get_message_batch_results", "403")
        response_403 = ErrorResponse.from_dict(data)

        return response_403

    if response.status_code == 404:
        data = json_body(client, response, "get_message_batch_results", "404")
        response_404 = ErrorResponse.from_dict(data)

        return response_404

    if response.status_code == 429:
        data = json_body(client, response, "get_message_batch_results", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "get_message_batch_results", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 529:
        data = json_body(client, response, "get_message_batch_results", "529")
        response_529 = ErrorResponse.from_dict(data)

        return response_529

    data = json_body(client, response, "get_message_batch_results", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | list[MessageBatchIndividualResponse]]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[MessageBatchIndividualResponse]]:
    """Get the results of a Message Batch (JSON Lines)

     Streams the results of an ended batch as a `.jsonl` file: one `MessageBatchIndividualResponse` per
    line, each
    a `custom_id` and its `result` (`succeeded` with the `message`, `errored` with the `error`,
    `canceled` or
    `expired`). Results are **not** in request order: match them by `custom_id`.

    The batch's `results_url` is the absolute URL of this operation; read it from the batch rather than
    building
    it (the SDK fetches `results_url`, refusing to when it is null). The body is JSON Lines with content
    type
    `application/x-jsonl` (Anthropic's reference; confirmed by Anthropic in anthropics/anthropic-sdk-
    ruby#208,
    where the endpoint once sent no content type), served as an attachment named `<id>_results.jsonl`.
    The SDK
    asks for it with `Accept: application/binary` and decodes it line by line without validating the
    lines.
    The generated client parses every line (and, with strict response validation, checks each against
    the schema
    below, which describes one line).

    Not documented by Anthropic: the answer before the batch has ended, and after its results were
    archived (29
    days after creation). This document and anyjob's simulator choose 404 `not_found_error` for both.

    SDK: `client.messages.batches.results(message_batch_id)`.

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
        Response[ErrorResponse | list[MessageBatchIndividualResponse]]: always, with ``status_code`` (any ``int``), ``content`` and
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
) -> ErrorResponse | list[MessageBatchIndividualResponse]:
    """Get the results of a Message Batch (JSON Lines)

     Streams the results of an ended batch as a `.jsonl` file: one `MessageBatchIndividualResponse` per
    line, each
    a `custom_id` and its `result` (`succeeded` with the `message`, `errored` with the `error`,
    `canceled` or
    `expired`). Results are **not** in request order: match them by `custom_id`.

    The batch's `results_url` is the absolute URL of this operation; read it from the batch rather than
    building
    it (the SDK fetches `results_url`, refusing to when it is null). The body is JSON Lines with content
    type
    `application/x-jsonl` (Anthropic's reference; confirmed by Anthropic in anthropics/anthropic-sdk-
    ruby#208,
    where the endpoint once sent no content type), served as an attachment named `<id>_results.jsonl`.
    The SDK
    asks for it with `Accept: application/binary` and decodes it line by line without validating the
    lines.
    The generated client parses every line (and, with strict response validation, checks each against
    the schema
    below, which describes one line).

    Not documented by Anthropic: the answer before the batch has ended, and after its results were
    archived (29
    days after creation). This document and anyjob's simulator choose 404 `not_found_error` for both.

    SDK: `client.messages.batches.results(message_batch_id)`.

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
        ErrorResponse | list[MessageBatchIndividualResponse]
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
        ErrorResponse | list[MessageBatchIndividualResponse], response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    message_batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[MessageBatchIndividualResponse]]:
    """Get the results of a Message Batch (JSON Lines)

     Streams the results of an ended batch as a `.jsonl` file: one `MessageBatchIndividualResponse` per
    line, each
    a `custom_id` and its `result` (`succeeded` with the `message`, `errored` with the `error`,
    `canceled` or
    `expired`). Results are **not** in request order: match them by `custom_id`.

    The batch's `results_url` is the absolute URL of this operation; read it from the batch rather than
    building
    it (the SDK fetches `results_url`, refusing to when it is null). The body is JSON Lines with content
    type
    `application/x-jsonl` (Anthropic's reference; confirmed by Anthropic in anthropics/anthropic-sdk-
    ruby#208,
    where the endpoint once sent no content type), served as an attachment named `<id>_results.jsonl`.
    The SDK
    asks for it with `Accept: application/binary` and decodes it line by line without validating the
    lines.
    The generated client parses every line (and, with strict response validation, checks each against
    the schema
    below, which describes one line).

    Not documented by Anthropic: the answer before the batch has ended, and after its results were
    archived (29
    days after creation). This document and anyjob's simulator choose 404 `not_found_error` for both.

    SDK: `client.messages.batches.results(message_batch_id)`.

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
        Response[ErrorResponse | list[MessageBatchIndividualResponse]]: always, with ``status_code`` (any ``int``), ``content`` and
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
) -> ErrorResponse | list[MessageBatchIndividualResponse]:
    """Get the results of a Message Batch (JSON Lines)

     Streams the results of an ended batch as a `.jsonl` file: one `MessageBatchIndividualResponse` per
    line, each
    a `custom_id` and its `result` (`succeeded` with the `message`, `errored` with the `error`,
    `canceled` or
    `expired`). Results are **not** in request order: match them by `custom_id`.

    The batch's `results_url` is the absolute URL of this operation; read it from the batch rather than
    building
    it (the SDK fetches `results_url`, refusing to when it is null). The body is JSON Lines with content
    type
    `application/x-jsonl` (Anthropic's reference; confirmed by Anthropic in anthropics/anthropic-sdk-
    ruby#208,
    where the endpoint once sent no content type), served as an attachment named `<id>_results.jsonl`.
    The SDK
    asks for it with `Accept: application/binary` and decodes it line by line without validating the
    lines.
    The generated client parses every line (and, with strict response validation, checks each against
    the schema
    below, which describes one line).

    Not documented by Anthropic: the answer before the batch has ended, and after its results were
    archived (29
    days after creation). This document and anyjob's simulator choose 404 `not_found_error` for both.

    SDK: `client.messages.batches.results(message_batch_id)`.

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
        ErrorResponse | list[MessageBatchIndividualResponse]
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
        ErrorResponse | list[MessageBatchIndividualResponse], response.parsed
    )  # set whenever there is no problem: every status is documented
