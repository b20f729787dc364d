"""Which generated endpoint builds each of Veryfront's requests, and with what arguments: the table that
tests/facade/test_requests_match_spec.py compares the plugin's requests with (the protocol is described there)."""

from __future__ import annotations

from typing import Any

from anyjob import JobState
from anyjob._vendors.veryfront import PLUGIN
from veryfront_client.api.jobs import cancel_job, get_job, list_jobs
from veryfront_client.models import JobStatus
from veryfront_client.types import UNSET

IDS = ("0b6f2ec8-5d9e-4c55-9f59-6b8a1f0bb5a4", "3C90C3CC-0D44-4B50-8888-8DD25736052A",
       "00000000-0000-0000-0000-000000000000")
SCOPES = ("my-site", "p", "Project_42-x", "0b6f2ec8-5d9e-4c55-9f59-6b8a1f0bb5a4", "x" * 128)
PAGE_SIZES = (100, 1000)  # the spec declares no maximum for the jobs list: a page size is sent as asked


def get(job_id: str, scope: str | None) -> dict[str, Any]:
    return get_job._get_kwargs(scope or "", job_id)  # type: ignore[arg-type]


def cancel(job_id: str, scope: str | None, reason: str | None) -> dict[str, Any]:
    return cancel_job._get_kwargs(scope or "", job_id)  # type: ignore[arg-type]  # no body: no reason


def first_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None, kind: str | None,
                **more: Any) -> list[dict[str, Any]]:
    # The server filters by one status: asked for when the filter is one state that one status means.
    status: Any = UNSET
    if states and len(states) == 1:
        status = next((s for s in JobStatus if PLUGIN.states[s.value] in states), UNSET)
    return [list_jobs._get_kwargs(scope or "", limit=page_size or 100, status=status, **more)]


def next_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
               kind: str | None) -> list[tuple[Any, dict[str, Any]]]:
    body = {"data": [{"id": IDS[0]}], "page_info": {"next": "cur_2/+?="}}
    return [(body, first_pages(scope, states, page_size, kind, cursor="cur_2/+?=")[0])]
