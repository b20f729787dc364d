"""Which generated endpoint builds each of Dispersed's requests, and with what arguments: the table that
tests/facade/test_requests_match_spec.py compares the plugin's requests with (the protocol is described there)."""

from __future__ import annotations

from typing import Any

from anyjob import JobState
from anyjob._vendors.dispersed import PLUGIN
from dispersed_client.api.jobs import cancel_job, get_job, list_jobs
from dispersed_client.models import CancelJobRequest, JobSort, JobStatus
from dispersed_client.types import UNSET

IDS = ("3c90c3cc-0d44-4b50-8888-8dd25736052a", "3C90C3CC-0D44-4B50-8888-8DD25736052B",
       "00000000-0000-0000-0000-000000000000")
SCOPES: tuple[str, ...] = ()
PAGE_SIZES = (50, 51)  # `limit` is 1-50: a larger page size asks for 50


def get(job_id: str, scope: str | None) -> dict[str, Any]:
    return get_job._get_kwargs(job_id)  # type: ignore[arg-type]


def cancel(job_id: str, scope: str | None, reason: str | None) -> dict[str, Any]:
    body = CancelJobRequest(reason=reason) if reason is not None else CancelJobRequest()
    return cancel_job._get_kwargs(job_id, body=body)  # type: ignore[arg-type]


def first_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None, kind: str | None,
                page: int = 1) -> list[dict[str, Any]]:
    # The server filters by the statuses the spec lists, newest first; a filter with UNKNOWN is the engine's alone.
    status: Any = UNSET
    if states and JobState.UNKNOWN not in states:
        status = ",".join(sorted(s.value for s in JobStatus if PLUGIN.states[s.value] in states)) or UNSET
    return [list_jobs._get_kwargs(page=page, limit=min(page_size or 50, 50), sort=JobSort.CREATED_AT_DESC,
                                  filter_status=status)]


def next_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
               kind: str | None) -> list[tuple[Any, dict[str, Any]]]:
    limit = min(page_size or 50, 50)
    body = {"data": [{"uuid": IDS[0]}], "page": 1, "limit": limit, "total": limit * 3}
    return [(body, first_pages(scope, states, page_size, kind, page=2)[0])]
