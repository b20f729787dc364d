"""Which generated endpoint builds each of DigitalOcean's requests, and with what arguments: the table that
tests/facade/test_requests_match_spec.py compares the plugin's requests with (the protocol is described there)."""

from __future__ import annotations

from typing import Any

from anyjob import JobState
from digitalocean_genai_client.api.indexing_jobs import cancel_indexing_job, get_indexing_job, list_indexing_jobs
from digitalocean_genai_client.models import CancelIndexingJobRequest

IDS = ("79ca9798-cf7d-11ef-bf8f-4e013e2ddde4", "3C90C3CC-0D44-4B50-8888-8DD25736052A",
       "00000000-0000-0000-0000-000000000000")
SCOPES: tuple[str, ...] = ()
PAGE_SIZES = (100, 200)  # no documented maximum: a page size is sent as asked


def get(job_id: str, scope: str | None) -> dict[str, Any]:
    return get_indexing_job._get_kwargs(job_id)  # type: ignore[arg-type]


def cancel(job_id: str, scope: str | None, reason: str | None) -> dict[str, Any]:
    # No reason: the body repeats the job's uuid.
    return cancel_indexing_job._get_kwargs(job_id, body=CancelIndexingJobRequest(uuid=job_id))  # type: ignore[arg-type]


def first_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None, kind: str | None,
                page: int = 1) -> list[dict[str, Any]]:
    # No status filter at the server.
    return [list_indexing_jobs._get_kwargs(page=page, per_page=page_size or 100)]


def next_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
               kind: str | None) -> list[tuple[Any, dict[str, Any]]]:
    body = {"jobs": [{"uuid": IDS[0]}], "links": {"pages": {"next": "https://example/next"}},
            "meta": {"page": 1, "pages": 3, "total": 250}}
    return [(body, first_pages(scope, states, page_size, kind, page=2)[0])]
