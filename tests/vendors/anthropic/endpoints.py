"""Which generated endpoint builds each of Anthropic's requests, and with what arguments: the table that
tests/facade/test_requests_match_spec.py compares the plugin's requests with (the protocol is described there)."""

from __future__ import annotations

from typing import Any

from anyjob import JobState
from anyjob_anthropic_batches.api.message_batches import cancel_message_batch, get_message_batch, list_message_batches
from anyjob_anthropic_batches.types import UNSET

IDS = ("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d", "msgbatch_a-b_c")
SCOPES: tuple[str, ...] = ()
PAGE_SIZES = (1000, 1001)  # `limit` is 1-1000: a larger page size asks for 1000


# Every request sends the generated default `anthropic-version`, and nothing else of the headers the spec lists.
def get(job_id: str, scope: str | None) -> dict[str, Any]:
    return get_message_batch._get_kwargs(job_id)


def cancel(job_id: str, scope: str | None, reason: str | None) -> dict[str, Any]:
    return cancel_message_batch._get_kwargs(job_id)  # no body: no reason


def first_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None, kind: str | None,
                after_id: Any = UNSET) -> list[dict[str, Any]]:
    # No status filter at the server; a page size of None asks for 100.
    return [list_message_batches._get_kwargs(after_id=after_id, limit=min(page_size or 100, 1000))]


def next_pages(scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
               kind: str | None) -> list[tuple[Any, dict[str, Any]]]:
    body = {"data": [{"id": IDS[0]}], "has_more": True, "first_id": IDS[0], "last_id": IDS[1]}
    return [(body, first_pages(scope, states, page_size, kind, after_id=IDS[1])[0])]
