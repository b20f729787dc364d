"""DigitalOcean's own error and decoding behaviour: what the shared suites (tests/facade) cannot state for every
vendor. Its errors name the request in the body, with a UUID; the header is only the fallback."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from anyjob import DecodeError, Jobs, ServerError
from anyjob._vendors import digitalocean
from anyjob.testing import Fault

from tests.facade.conftest import Sims, config_for, running_sims
from tests.facade.test_errors_and_secrets import ONCE, Recorder, fake_jobs, fake_ref, recorded_samples

VENDOR = "digitalocean"


@pytest.fixture(scope="module")
def samples() -> Iterator[dict[str, list[Any]]]:
    with running_sims(vendors=[VENDOR]) as sims:
        yield recorded_samples(sims, VENDOR)


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims(vendors=[VENDOR]) as started:
        yield started


def test_request_ids_are_uuids(sims: Sims) -> None:
    ref = sims.pick(VENDOR)
    sims.fault(ref, "get", Fault.http_status(503), times=None)
    recorder = Recorder()
    with Jobs(config_for(sims), retry=ONCE, transport=recorder) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(ref)
    assert caught.value.request_id is not None and uuid.UUID(caught.value.request_id)
    assert recorder.exchanges[0].json()["request_id"] == caught.value.request_id


def test_the_body_request_id_wins_over_the_header() -> None:
    def respond(request: httpx2.Request) -> httpx2.Response:
        body = {"id": "server_error", "message": "boom", "request_id": "req-from-body"}
        return httpx2.Response(500, json=body, headers={"x-request-id": "req-from-header"})

    with fake_jobs(respond) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(fake_ref(VENDOR))
    assert (caught.value.code, caught.value.message, caught.value.request_id) == ("server_error", "boom",
                                                                                  "req-from-body")


TYPE_CONFUSED: list[tuple[str, Callable[[Any], None]]] = [
    ("get", lambda body: body["job"].update(total_datasources="3")),
    ("get", lambda body: body["job"].update(completed_datasources=[1])),
    ("list", lambda body: body["jobs"][0].update(uuid="not-a-uuid")),
]


@pytest.mark.parametrize(("operation", "change"), TYPE_CONFUSED,
                         ids=[f"{op}-{i}" for i, (op, _) in enumerate(TYPE_CONFUSED)])
def test_values_of_the_wrong_type_are_decode_errors(samples: dict[str, list[Any]], operation: str,
                                                    change: Callable[[Any], None]) -> None:
    """Found by the shared fuzz test: a bare TypeError (counts as strings) or an InvalidJobRef (a listed job's bad
    id) came out of the adapter, and a Progress could hold strings."""
    body = copy.deepcopy(samples[operation][0])
    change(body)
    with fake_jobs(lambda request: httpx2.Response(200, json=body)) as jobs, pytest.raises(DecodeError) as caught:
        if operation == "get":
            jobs.get(fake_ref(VENDOR))
        else:
            list(jobs.list(VENDOR))
    assert type(caught.value) is DecodeError and caught.value.status == 200
    assert "does not match the spec" in caught.value.problem


def test_terminal_statuses_map_to_terminal_states() -> None:
    """The phases the spec calls final."""
    assert {raw for raw, state in digitalocean.STATES.items() if state.is_terminal} == {
        "BATCH_JOB_PHASE_SUCCEEDED", "BATCH_JOB_PHASE_FAILED", "BATCH_JOB_PHASE_ERROR", "BATCH_JOB_PHASE_CANCELLED"}
