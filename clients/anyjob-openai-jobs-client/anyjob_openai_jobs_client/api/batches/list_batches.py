# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from typing import Any, cast

import httpx2

from ..._responses import build_response, json_body, send, send_async
from ...client import AuthenticatedClient, Client
from ...models.batch_list import BatchList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> BatchList | ErrorResponse:
    """The documented body for this status; raises errors.ClientError (or a model's own error) when it is not."""
    if response.status_code == 200:
        data = json_body(client, response, "list_batches", "200")
        response_200 = BatchList.from_dict(data)

        return response_200

    if response.status_code == 400:
        data = json_body(client, response, "list_batches", "400")
        response_400 = ErrorResponse.from_dict(data)

        return response_400

    if response.status_code == 401:
        data = json_body(client, response, "list_batches", "401")
        response_401 = ErrorResponse.from_dict(data)

        return response_401

    if response.status_code == 429:
        data = json_body(client, response, "list_batches", "429")
        response_429 = ErrorResponse.from_dict(data)

        return response_429

    if response.status_code == 500:
        data = json_body(client, response, "list_batches", "500")
        response_500 = ErrorResponse.from_dict(data)

        return response_500

    if response.status_code == 503:
        data = json_body(client, response, "list_batches", "503")
        response_503 = ErrorResponse.from_dict(data)

        return response_503

    data = json_body(client, response, "list_batches", "default")
    response_default = ErrorResponse.from_dict(data)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[BatchList | ErrorResponse]:
    return build_response(client, response, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[BatchList | ErrorResponse]:
    """List batches

     Lists the organization's batches, newest first, one page at a time. Ask for the next page with
    `after` = the id of the last batch you got (the SDK's pager does exactly that) until `has_more` is
    false. `first_id` and `last_id` are the ids of the first and last batch of the page (null on an
    empty page).

    Upstream operationId: listBatches.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[BatchList | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )
    return _build_response(client=client, response=send(client, kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> BatchList | ErrorResponse:
    """List batches

     Lists the organization's batches, newest first, one page at a time. Ask for the next page with
    `after` = the id of the last batch you got (the SDK's pager does exactly that) until `has_more` is
    false. `first_id` and `last_id` are the ids of the first and last batch of the page (null on an
    empty page).

    Upstream operationId: listBatches.

    Args:
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
        BatchList | ErrorResponse
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )
    response = _build_response(client=client, response=send(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        BatchList | ErrorResponse, response.parsed
    )  # set whenever there is no problem: every status is documented


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[BatchList | ErrorResponse]:
    """List batches

     Lists the organization's batches, newest first, one page at a time. Ask for the next page with
    `after` = the id of the last batch you got (the SDK's pager does exactly that) until `has_more` is
    false. `first_id` and `last_id` are the ids of the first and last batch of the page (null on an
    empty page).

    Upstream operationId: listBatches.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: only with ``raise_on_unexpected_status=True``, for a status the spec does not document.
        httpx2.TimeoutException: the request took longer than the client's timeout (default: connect 10 s, read 60 s).
        httpx2.TransportError: the request could not be sent or its response not received.

    Returns:
        Response[BatchList | ErrorResponse]: always, with ``status_code`` (any ``int``), ``content`` and
        ``headers``; ``parsed`` only when the body parses as documented, else ``problem`` says why.
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )
    return _build_response(client=client, response=await send_async(client, kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> BatchList | ErrorResponse:
    """List batches

     Lists the organization's batches, newest first, one page at a time. Ask for the next page with
    `after` = the id of the last batch you got (the SDK's pager does exactly that) until `has_more` is
    false. `first_id` and `last_id` are the ids of the first and last batch of the page (null on an
    empty page).

    Upstream operationId: listBatches.

    Args:
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
        BatchList | ErrorResponse
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )
    response = _build_response(client=client, response=await send_async(client, kwargs))
    if response.problem is not None:
        raise response.problem
    return cast(
        BatchList | ErrorResponse, response.parsed
    )  # set whenever there is no problem: every status is documented
