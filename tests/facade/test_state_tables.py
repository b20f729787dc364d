"""Each adapter's status table against the enum its spec declares, both ways; and what an unlisted status becomes."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx2
import pytest
from anyjob import AsyncJobs, Config, Jobs, JobState, Vendor
from anyjob._vendors import digitalocean, dispersed, veryfront
from anyjob._vendors._base import state_of
from anyjob.testing import DigitalOceanSimulator, DispersedSimulator, Fault, Phase, VeryfrontSimulator

from tests.facade.conftest import FAST_RETRY, ROUTES, Sims, config_for
from tests.spec_tools import load_spec

SPECS = Path(__file__).resolve().parents[2] / "specs"

#: (spec file, enum schema, the adapter table that must list exactly its values)
TABLES: list[tuple[str, str, Mapping[str, JobState]]] = [
    ("veryfront.yaml", "JobStatus", veryfront.STATES),
    ("dispersed.yaml", "JobStatus", dispersed.STATES),
    ("digitalocean-genai.yaml", "IndexingJobPhase", digitalocean.STATES),
    ("digitalocean-genai.yaml", "IndexingJobStatus", digitalocean.STATUS_STATES),
]
TABLE_IDS = [f"{spec.split('.')[0]}-{enum}" for spec, enum, _ in TABLES]

#: What an unlisted status looks like at each simulator (its unknown_enum fault).
UNLISTED: dict[Vendor, str] = {
    "veryfront": "paused",
    "dispersed": "SUSPENDED",
    "digitalocean": "BATCH_JOB_PHASE_PAUSED",
}


def spec_enum(spec: str, schema: str) -> list[str]:
    values = load_spec(SPECS / spec)["components"]["schemas"][schema]["enum"]
    assert values and all(isinstance(value, str) for value in values)
    return list(values)


def drift(spec_values: list[str], table: Mapping[str, JobState]) -> tuple[set[str], set[str]]:
    """(values the spec has and the table lacks, values the table has and the spec lacks)."""
    return set(spec_values) - set(table), set(table) - set(spec_values)


@pytest.mark.parametrize(("spec", "schema", "table"), TABLES, ids=TABLE_IDS)
def test_table_lists_every_spec_value(spec: str, schema: str, table: Mapping[str, JobState]) -> None:
    missing, _ = drift(spec_enum(spec, schema), table)
    assert not missing, f"{spec} {schema} has values the adapter's table does not map: {sorted(missing)}"


@pytest.mark.parametrize(("spec", "schema", "table"), TABLES, ids=TABLE_IDS)
def test_table_lists_nothing_the_spec_lacks(spec: str, schema: str, table: Mapping[str, JobState]) -> None:
    _, extra = drift(spec_enum(spec, schema), table)
    assert not extra, f"the adapter's table maps values {spec} {schema} does not declare: {sorted(extra)}"


@pytest.mark.parametrize(("spec", "schema", "table"), TABLES, ids=TABLE_IDS)
def test_the_drift_check_catches_both_directions(spec: str, schema: str, table: Mapping[str, JobState]) -> None:
    values = spec_enum(spec, schema)
    assert drift(values + ["NEW_IN_THE_SPEC"], table) == ({"NEW_IN_THE_SPEC"}, set())
    assert drift(values, {**table, "ONLY_IN_THE_TABLE": JobState.RUNNING}) == (set(), {"ONLY_IN_THE_TABLE"})
    shrunk = dict(table)
    del shrunk[values[0]]
    assert drift(values, shrunk) == ({values[0]}, set())


@pytest.mark.parametrize(("spec", "schema", "table"), TABLES, ids=TABLE_IDS)
def test_only_the_unset_value_is_unknown(spec: str, schema: str, table: Mapping[str, JobState]) -> None:
    unknown = {raw for raw, state in table.items() if state is JobState.UNKNOWN}
    assert unknown <= {raw for raw in table if raw.endswith("_UNKNOWN")}
    for raw in table:
        assert state_of(table, raw) is table[raw]


def test_terminal_statuses_map_to_terminal_states() -> None:
    """The spec's own words for final statuses (veryfront and dispersed say which are final)."""
    assert {raw for raw, state in veryfront.STATES.items() if state.is_terminal} == {"completed", "failed", "canceled"}
    assert {raw for raw, state in dispersed.STATES.items() if state.is_terminal} == {"COMPLETED", "FAILED",
                                                                                    "CANCELLED"}
    assert {raw for raw, state in digitalocean.STATES.items() if state.is_terminal} == {
        "BATCH_JOB_PHASE_SUCCEEDED", "BATCH_JOB_PHASE_FAILED", "BATCH_JOB_PHASE_ERROR", "BATCH_JOB_PHASE_CANCELLED"}


@pytest.mark.parametrize("raw", ["paused", "", "COMPLETED ", "Completed", None])
def test_state_of_an_unlisted_value_is_unknown(raw: str | None) -> None:
    for table in (veryfront.STATES, dispersed.STATES, digitalocean.STATES, digitalocean.STATUS_STATES):
        assert state_of(table, raw) is JobState.UNKNOWN


# -- an unlisted status on the wire -----------------------------------------------------------------------------------


def test_unlisted_status_is_unknown_and_keeps_its_raw_string(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim, routes = sims[vendor], ROUTES[vendor]
    ref = sims.pick(vendor)
    sim.faults.add(Fault.unknown_enum(), route=routes.get, times=1)
    job = jobs.get(ref)
    assert (job.state, job.raw_status) == (JobState.UNKNOWN, UNLISTED[vendor])
    assert job.ref == ref and job.model is not None
    assert jobs.get(ref).state is not JobState.UNKNOWN  # the next answer is an ordinary one

    sim.faults.add(Fault.unknown_enum(), route=routes.cancel, times=1)
    cancelled = jobs.cancel(ref)
    assert (cancelled.state, cancelled.raw_status) == (JobState.UNKNOWN, UNLISTED[vendor])
    assert sims.cancel_requested(ref)

    sim.faults.add(Fault.unknown_enum(), route=routes.list, times=1)
    listed = list(jobs.list(vendor))
    assert len(listed) == len(sim.jobs)
    assert {(job.state, job.raw_status) for job in listed} == {(JobState.UNKNOWN, UNLISTED[vendor])}
    assert list(jobs.list(vendor, state=JobState.UNKNOWN)) == []  # the fault was for one request only


def test_a_state_filter_can_ask_for_unknown(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sims[vendor].faults.add(Fault.unknown_enum(), route=ROUTES[vendor].list)
    unknown = list(jobs.list(vendor, state=JobState.UNKNOWN))
    assert len(unknown) == len(sims[vendor].jobs)
    assert list(jobs.list(vendor, state=JobState.RUNNING)) == []


def test_wait_keeps_polling_through_unknown_states(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim = sims[vendor]
    ref = sims.pick(vendor, [Phase.RUNNING], finishes=True)
    sim.faults.add(Fault.unknown_enum(), route=ROUTES[vendor].get, times=2)
    seen: list[JobState] = []

    def progress(job: object) -> None:
        seen.append(job.state)  # type: ignore[attr-defined]
        sims.advance(vendor, 3600)

    final = jobs.wait(ref, poll_interval=0.001, max_poll_interval=0.002, on_progress=progress, timeout=30)
    assert seen[:2] == [JobState.UNKNOWN, JobState.UNKNOWN]
    assert final.state.is_terminal and seen[-1] is final.state


def test_unlisted_status_async(sims: Sims, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.unknown_enum(), route=ROUTES[vendor].get, times=1)

    async def main() -> None:
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            job = await jobs.get(ref)
            assert (job.state, job.raw_status) == (JobState.UNKNOWN, UNLISTED[vendor])

    asyncio.run(main())


def fake_list_server(vendor: Vendor) -> tuple[httpx2.MockTransport, list[httpx2.Request]]:
    """A list endpoint that honours the vendor's status filter, over the simulator's jobs, the first of which has a
    status no spec lists."""
    sent: list[httpx2.Request] = []
    if vendor == "veryfront":
        vf = VeryfrontSimulator(jobs=5)
        items = [vf._job_body(job, vf.clock.now(), full=False) for job in vf.jobs]
    elif vendor == "dispersed":
        ds = DispersedSimulator(jobs=5)
        items = [ds._job_json(job, ds.clock.now()) for job in ds.jobs]
    else:
        do = DigitalOceanSimulator(jobs=5)
        items = [do._render_job(job, do.clock.now()) for job in do.jobs]
    for field in ("status", "phase") if vendor == "digitalocean" else ("status",):
        items[0][field] = UNLISTED[vendor]

    def respond(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        wanted = request.url.params.get({"veryfront": "status", "dispersed": "filter[status]"}.get(vendor, "-"))
        picked = [item for item in items if wanted is None or item["status"] in wanted.split(",")]
        body: dict[str, Any]
        if vendor == "veryfront":
            body = {"data": picked, "page_info": {"self": None, "first": None, "next": None, "prev": None}}
        elif vendor == "dispersed":
            body = {"data": picked, "page": 1, "limit": 50, "total": len(picked)}
        else:
            body = {"jobs": picked, "links": {"pages": {}}, "meta": {"page": 1, "pages": 1, "total": len(picked)}}
        return httpx2.Response(200, json=body)

    return httpx2.MockTransport(respond), sent


FAKE = Config(veryfront_token="t", veryfront_url="https://veryfront.test", veryfront_project="demo",
              dispersed_public_key="pk", dispersed_secret_key="sk", dispersed_url="https://dispersed.test",
              digitalocean_token="t", digitalocean_url="https://digitalocean.test")


@pytest.mark.parametrize("states", [{JobState.UNKNOWN}, {JobState.RUNNING, JobState.UNKNOWN},
                                    {JobState.SUCCEEDED, JobState.FAILED, JobState.UNKNOWN}])
def test_a_filter_with_unknown_is_not_sent_to_the_server(vendor: Vendor, states: set[JobState]) -> None:
    """The server can filter only by the statuses it lists; asking it for the listed ones alone would drop the jobs
    in a status no spec lists. (Dispersed asked its server for them: fixed.)"""
    transport, sent = fake_list_server(vendor)
    with Jobs(FAKE, transport=transport) as jobs:
        listed = list(jobs.list(vendor, state=states))
    assert UNLISTED[vendor] in {job.raw_status for job in listed}
    assert all(job.state in states for job in listed)
    assert "status" not in str(sent[0].url.params)


def test_a_filter_without_unknown_may_be_sent_to_the_server(vendor: Vendor) -> None:
    transport, sent = fake_list_server(vendor)
    with Jobs(FAKE, transport=transport) as jobs:
        listed = list(jobs.list(vendor, state=JobState.RUNNING))
    assert listed and all(job.state is JobState.RUNNING for job in listed)
    assert ("status" in str(sent[0].url.params)) is (vendor != "digitalocean")
