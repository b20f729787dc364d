# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cancel_indexing_job_request import CancelIndexingJobRequest
from ...models.error import Error
from ...models.indexing_job_response import IndexingJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: UUID,
    *,
    body: CancelIndexingJobRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/gen-ai/indexing_jobs/{uuid}/cancel".format(
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | IndexingJobResponse:
    if response.status_code == 200:
        response_200 = IndexingJobResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | IndexingJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelIndexingJobRequest | Unset = UNSET,
) -> Response[Error | IndexingJobResponse]:
    """Cancel an indexing job

     Cancels the indexing job `uuid` and returns it wrapped as `{"job": {...}}`.

    The body `{"uuid": ...}` repeats the path value (upstream's curl sample sends it; DigitalOcean's
    Python SDK takes it as a separate, optional `body_uuid`). The API reference page's own curl sample
    sends no body, so the body is optional here; when you send one, make its `uuid` equal to the path
    `uuid`.

    Not documented by the vendor: which phase/status the returned job shows immediately after the
    request, and what happens when the job has already finished.

    Requires the `genai:update` scope. Upstream operationId: genai_cancel_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.
        body (CancelIndexingJobRequest | Unset): Body of `cancel_indexing_job`. `uuid` repeats the
            indexing job UUID given in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelIndexingJobRequest | Unset = UNSET,
) -> Error | IndexingJobResponse | None:
    """Cancel an indexing job

     Cancels the indexing job `uuid` and returns it wrapped as `{"job": {...}}`.

    The body `{"uuid": ...}` repeats the path value (upstream's curl sample sends it; DigitalOcean's
    Python SDK takes it as a separate, optional `body_uuid`). The API reference page's own curl sample
    sends no body, so the body is optional here; when you send one, make its `uuid` equal to the path
    `uuid`.

    Not documented by the vendor: which phase/status the returned job shows immediately after the
    request, and what happens when the job has already finished.

    Requires the `genai:update` scope. Upstream operationId: genai_cancel_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.
        body (CancelIndexingJobRequest | Unset): Body of `cancel_indexing_job`. `uuid` repeats the
            indexing job UUID given in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelIndexingJobRequest | Unset = UNSET,
) -> Response[Error | IndexingJobResponse]:
    """Cancel an indexing job

     Cancels the indexing job `uuid` and returns it wrapped as `{"job": {...}}`.

    The body `{"uuid": ...}` repeats the path value (upstream's curl sample sends it; DigitalOcean's
    Python SDK takes it as a separate, optional `body_uuid`). The API reference page's own curl sample
    sends no body, so the body is optional here; when you send one, make its `uuid` equal to the path
    `uuid`.

    Not documented by the vendor: which phase/status the returned job shows immediately after the
    request, and what happens when the job has already finished.

    Requires the `genai:update` scope. Upstream operationId: genai_cancel_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.
        body (CancelIndexingJobRequest | Unset): Body of `cancel_indexing_job`. `uuid` repeats the
            indexing job UUID given in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexingJobResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: CancelIndexingJobRequest | Unset = UNSET,
) -> Error | IndexingJobResponse | None:
    """Cancel an indexing job

     Cancels the indexing job `uuid` and returns it wrapped as `{"job": {...}}`.

    The body `{"uuid": ...}` repeats the path value (upstream's curl sample sends it; DigitalOcean's
    Python SDK takes it as a separate, optional `body_uuid`). The API reference page's own curl sample
    sends no body, so the body is optional here; when you send one, make its `uuid` equal to the path
    `uuid`.

    Not documented by the vendor: which phase/status the returned job shows immediately after the
    request, and what happens when the job has already finished.

    Requires the `genai:update` scope. Upstream operationId: genai_cancel_indexing_job.

    Args:
        uuid (UUID): The indexing job's UUID.
        body (CancelIndexingJobRequest | Unset): Body of `cancel_indexing_job`. `uuid` repeats the
            indexing job UUID given in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexingJobResponse
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
