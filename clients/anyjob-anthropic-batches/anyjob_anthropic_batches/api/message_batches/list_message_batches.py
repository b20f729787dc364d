# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_batch_list import MessageBatchList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
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

    params: dict[str, Any] = {}

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages/batches",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | MessageBatchList:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_message_batches", "200")
        response_200 = MessageBatchList.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "list_message_batches", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "list_message_batches", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 403:
        data = json_body(client, response, "list_message_batches", "403")
        response_403 = ErrorResponse.from_dict(data)

        return response_403

    if response.status_code == 429:
        data = json_body(client, response, "list_message_batches", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_message_batches", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 529:
        data = json_body(client, response, "list_message_batches", "529")
        response_529 = ErrorResponse.from_dict(data)

        return response_529

    data = json_body(client, response, "list_message_batches", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | MessageBatchList]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageBatchList]:
    """List Message Batches

     Lists the Message Batches of the workspace, **newest first**, one page at a time. Paging is by
    cursor:
    `after_id` asks for the page right after a batch (older ones), `before_id` for the page right before
    it
    (newer ones), `limit` for the page size (default 20, 1 to 1000).

    Each page says `first_id` and `last_id` (the ids of its first and last batch, null on an empty page)
    and
    `has_more` (whether there are more batches in the direction of paging). To walk forwards pass
    `after_id=last_id` until `has_more` is false; to walk backwards pass `before_id=first_id`. This is
    what the
    SDK's auto-pager does (it stops when `has_more` is false or the id it needs is null).

    Not documented by Anthropic: what happens when both cursors are given, or a cursor names no batch.

    SDK: `client.messages.batches.list(after_id=..., before_id=..., limit=...)`.

    Args:
        after_id (str | Unset):
        before_id (str | Unset):
        limit (int | Unset):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | MessageBatchList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        before_id=before_id,
        limit=limit,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | MessageBatchList:
    """List Message Batches

     Lists the Message Batches of the workspace, **newest first**, one page at a time. Paging is by
    cursor:
    `after_id` asks for the page right after a batch (older ones), `before_id` for the page right before
    it
    (newer ones), `limit` for the page size (default 20, 1 to 1000).

    Each page says `first_id` and `last_id` (the ids of its first and last batch, null on an empty page)
    and
    `has_more` (whether there are more batches in the direction of paging). To walk forwards pass
    `after_id=last_id` until `has_more` is false; to walk backwards pass `before_id=first_id`. This is
    what the
    SDK's auto-pager does (it stops when `has_more` is false or the id it needs is null).

    Not documented by Anthropic: what happens when both cursors are given, or a cursor names no batch.

    SDK: `client.messages.batches.list(after_id=..., before_id=..., limit=...)`.

    Args:
        after_id (str | Unset):
        before_id (str | Unset):
        limit (int | Unset):
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
        ErrorResponse | MessageBatchList
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        before_id=before_id,
        limit=limit,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | MessageBatchList, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageBatchList]:
    """List Message Batches

     Lists the Message Batches of the workspace, **newest first**, one page at a time. Paging is by
    cursor:
    `after_id` asks for the page right after a batch (older ones), `before_id` for the page right before
    it
    (newer ones), `limit` for the page size (default 20, 1 to 1000).

    Each page says `first_id` and `last_id` (the ids of its first and last batch, null on an empty page)
    and
    `has_more` (whether there are more batches in the direction of paging). To walk forwards pass
    `after_id=last_id` until `has_more` is false; to walk backwards pass `before_id=first_id`. This is
    what the
    SDK's auto-pager does (it stops when `has_more` is false or the id it needs is null).

    Not documented by Anthropic: what happens when both cursors are given, or a cursor names no batch.

    SDK: `client.messages.batches.list(after_id=..., before_id=..., limit=...)`.

    Args:
        after_id (str | Unset):
        before_id (str | Unset):
        limit (int | Unset):
        anthropic_version (str):  Default: '2023-06-01'.
        anthropic_beta (str | Unset):
        anthropic_workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[ErrorResponse | MessageBatchList]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        before_id=before_id,
        limit=limit,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    anthropic_version: str = "2023-06-01",
    anthropic_beta: str | Unset = UNSET,
    anthropic_workspace_id: str | Unset = UNSET,
) -> ErrorResponse | MessageBatchList:
    """List Message Batches

     Lists the Message Batches of the workspace, **newest first**, one page at a time. Paging is by
    cursor:
    `after_id` asks for the page right after a batch (older ones), `before_id` for the page right before
    it
    (newer ones), `limit` for the page size (default 20, 1 to 1000).

    Each page says `first_id` and `last_id` (the ids of its first and last batch, null on an empty page)
    and
    `has_more` (whether there are more batches in the direction of paging). To walk forwards pass
    `after_id=last_id` until `has_more` is false; to walk backwards pass `before_id=first_id`. This is
    what the
    SDK's auto-pager does (it stops when `has_more` is false or the id it needs is null).

    Not documented by Anthropic: what happens when both cursors are given, or a cursor names no batch.

    SDK: `client.messages.batches.list(after_id=..., before_id=..., limit=...)`.

    Args:
        after_id (str | Unset):
        before_id (str | Unset):
        limit (int | Unset):
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
        ErrorResponse | MessageBatchList
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        before_id=before_id,
        limit=limit,
        anthropic_version=anthropic_version,
        anthropic_beta=anthropic_beta,
        anthropic_workspace_id=anthropic_workspace_id,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        ErrorResponse | MessageBatchList, response.parsed
    )  # set whenever there is no problem: every status is documented
