"""Veryfront's own decoding behaviour: what the shared suites (tests/facade) cannot state for every vendor."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from anyjob import DecodeError
from anyjob._vendors import veryfront

from tests.facade.conftest import running_sims
from tests.facade.test_errors_and_secrets import fake_jobs, fake_ref, recorded_samples

VENDOR = "veryfront"


@pytest.fixture(scope="module")
def samples() -> Iterator[dict[str, list[Any]]]:
    with running_sims(vendors=[VENDOR]) as sims:
        yield recorded_samples(sims, VENDOR)


TYPE_CONFUSED: list[tuple[str, Callable[[Any], None]]] = [
    ("get", lambda body: body["result_summary"].update(ingested_count="2")),
    ("get", lambda body: body["result_summary"].update(requested_count=None)),
    ("list", lambda body: body["data"][0].update(id="not-a-uuid")),
]


@pytest.mark.parametrize(("operation", "change"), TYPE_CONFUSED,
                         ids=[f"{op}-{i}" for i, (op, _) in enumerate(TYPE_CONFUSED)])
def test_values_of_the_wrong_type_are_decode_errors(samples: dict[str, list[Any]], operation: str,
                                                    change: Callable[[Any], None]) -> None:
    """Found by the shared fuzz test: a bare TypeError (counts as strings) or an InvalidJobRef (a listed job's bad
    id) came out of the adapter, and a Progress could hold strings."""
    body = copy.deepcopy(next(b for b in samples[operation]
                              if operation == "list" or "result_summary" not in b or b["result_summary"]))
    change(body)
    with fake_jobs(lambda request: httpx2.Response(200, json=body)) as jobs, pytest.raises(DecodeError) as caught:
        if operation == "get":
            jobs.get(fake_ref(VENDOR))
        else:
            list(jobs.list(VENDOR))
    assert type(caught.value) is DecodeError and caught.value.status == 200
    assert "does not match the spec" in caught.value.problem


def test_terminal_statuses_map_to_terminal_states() -> None:
    """The statuses the spec calls final."""
    assert {raw for raw, state in veryfront.STATES.items() if state.is_terminal} == {"completed", "failed", "canceled"}
