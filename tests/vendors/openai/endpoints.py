"""Which generated endpoint builds each of OpenAI's requests, and with what arguments: the table that
tests/facade/test_requests_match_spec.py compares the plugin's requests with (the protocol is described there)."""

from __future__ import annotations

from typing import Any

from anyjob import JobState
from anyjob_openai_jobs_client.api.batches import cancel_batch, list_batches, retrieve_batch
from anyjob_openai_jobs_client.api.fine_tuning import (
    cancel_fine_tuning_job,
    list_fine_tuning_jobs,
    retrieve_fine_tuning_job,
)
from anyjob_openai_jobs_client.types import UNSET

IDS = ("batch_abc123", "batch_6789f0a1b2c3d4e5f6a7b8c9", "ftjob-abc123", "ftjob-AbC_12-3")
SCOPES: tuple[str, ...] = ()
PAGE_SIZES = (100, 101)  # `limit` is 1-100: a larger page size asks for 100


def get(job_id: str, scope: str | None) -> dict[str, Any]:
    if job_id.startswith("batch_"):
        return retrieve_batch._get_kwargs(job_id)
    return retrieve_fine_tuning_job._get_kwargs(job_id)


def cancel(job_id: str, scope: str | None, reason: str | None) -> dict[str, Any]:
    # Neither cancel takes a body: no reason.
    if job_id.startswith("batch_"):
        return cancel_batch._get_kwargs(job_id)
    return cancel_fine_tuning_job._get_kwargs(job_id)


def first_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None, kind: str | None,
                after: Any = UNSET) -> list[dict[str, Any]]:
    # Batches, then fine-tuning jobs (or the one kind asked for); no status filter at the server.
    limit = min(page_size or 100, 100)
    pages = []
    if kind in (None, "batch"):
        pages.append(list_batches._get_kwargs(after=after, limit=limit))
    if kind in (None, "fine_tuning"):
        pages.append(list_fine_tuning_jobs._get_kwargs(after=after, limit=limit))
    return pages


def next_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
               kind: str | None) -> list[tuple[Any, dict[str, Any]]]:
    # The next page starts after the last item of this one.
    body = {"object": "list", "data": [{"id": "x_first"}, {"id": "x_last.1"}], "has_more": True}
    return [(body, page) for page in first_pages(scope, states, page_size, kind, after="x_last.1")]
