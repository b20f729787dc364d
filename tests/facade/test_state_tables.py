"""Each plugin's status tables against the generated enums they cover (`VendorPlugin.status_enums`), both ways; and
what an unlisted status becomes, on the wire, for every registered vendor."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx2
import pytest
from anyjob import AsyncJobs, Job, Jobs, JobState, Vendor
from anyjob._vendors import import_object, plugins
from anyjob._vendors._base import state_of
from anyjob.testing import SIMULATORS, Fault, Phase

from tests.facade.conftest import FAST_RETRY, Sims, config_for

#: (vendor, "module:Enum", the plugin's table that must map exactly the enum's values), as each plugin states them.
TABLES: list[tuple[Vendor, str, Mapping[str, JobState]]] = [
    (plugin.name, enum, table) for plugin in plugins() for enum, table in plugin.status_enums.items()
]
TABLE_IDS = [f"{vendor}-{enum.rpartition(':')[2]}" for vendor, enum, _ in TABLES]


def enum_values(enum: str) -> list[str]:
    """The values a generated enum lists ("module:Class")."""
    values = [member.value for member in import_object(enum)]
    assert values and all(isinstance(value, str) for value in values)
    return values


def drift(enum_values: list[str], table: Mapping[str, JobState]) -> tuple[set[str], set[str]]:
    """(values the enum has and the table lacks, values the table has and the enum lacks)."""
    return set(enum_values) - set(table), set(table) - set(enum_values)


def test_every_vendor_names_the_enums_of_its_tables() -> None:
    """A plugin that states no enum would pass the checks below vacuously; every status of its main table must be in
    one of them, mapped alike (a vendor with several kinds of job has one enum per kind)."""
    for plugin in plugins():
        assert plugin.status_enums, f"{plugin.name} names no status enum (VendorPlugin.status_enums)"
        for raw, state in plugin.states.items():
            assert any(table.get(raw) is state for table in plugin.status_enums.values()), (plugin.name, raw)


@pytest.mark.parametrize(("vendor", "enum", "table"), TABLES, ids=TABLE_IDS)
def test_table_lists_every_enum_value(vendor: Vendor, enum: str, table: Mapping[str, JobState]) -> None:
    missing, _ = drift(enum_values(enum), table)
    assert not missing, f"{enum} has values {vendor}'s table does not map: {sorted(missing)}"


@pytest.mark.parametrize(("vendor", "enum", "table"), TABLES, ids=TABLE_IDS)
def test_table_lists_nothing_the_enum_lacks(vendor: Vendor, enum: str, table: Mapping[str, JobState]) -> None:
    _, extra = drift(enum_values(enum), table)
    assert not extra, f"{vendor}'s table maps values {enum} does not declare: {sorted(extra)}"


@pytest.mark.parametrize(("vendor", "enum", "table"), TABLES, ids=TABLE_IDS)
def test_the_drift_check_catches_both_directions(vendor: Vendor, enum: str, table: Mapping[str, JobState]) -> None:
    values = enum_values(enum)
    assert drift(values + ["NEW_IN_THE_SPEC"], table) == ({"NEW_IN_THE_SPEC"}, set())
    assert drift(values, {**table, "ONLY_IN_THE_TABLE": JobState.RUNNING}) == (set(), {"ONLY_IN_THE_TABLE"})
    shrunk = dict(table)
    del shrunk[values[0]]
    assert drift(values, shrunk) == ({values[0]}, set())


@pytest.mark.parametrize(("vendor", "enum", "table"), TABLES, ids=TABLE_IDS)
def test_only_the_unset_value_is_unknown(vendor: Vendor, enum: str, table: Mapping[str, JobState]) -> None:
    """A listed status means something: only an enum's own "unknown" (unset) value may map to UNKNOWN."""
    unknown = {raw for raw, state in table.items() if state is JobState.UNKNOWN}
    assert unknown <= {raw for raw in table if raw.upper().endswith("UNKNOWN")}
    for raw in table:
        assert state_of(table, raw) is table[raw]


def unlisted_variants(table: Mapping[str, JobState]) -> set[str | None]:
    """Values a table does not list but that look like ones it does: absent, empty, near-misses of each listed value
    (a trailing space, other letter cases), and the unlisted statuses the simulators send (their unknown_enum
    fault)."""
    near = {variant for raw in table for variant in (f"{raw} ", raw.swapcase(), raw.title(), raw.lower(), raw.upper())}
    simulated = {cls.unknown_status for cls in SIMULATORS.values()}
    return {None, "", *((near | simulated) - set(table))}


@pytest.mark.parametrize(("vendor", "enum", "table"), TABLES, ids=TABLE_IDS)
def test_state_of_an_unlisted_value_is_unknown(vendor: Vendor, enum: str, table: Mapping[str, JobState]) -> None:
    variants = unlisted_variants(table)
    assert len(variants) > len(table)  # every listed value has at least one near-miss
    for raw in variants:
        assert state_of(table, raw) is JobState.UNKNOWN, raw


# -- an unlisted status on the wire -----------------------------------------------------------------------------------


def test_unlisted_status_is_unknown_and_keeps_its_raw_string(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim = sims[vendor]
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.unknown_enum(), times=1)
    job = jobs.get(ref)
    assert (job.state, job.raw_status) == (JobState.UNKNOWN, sim.unknown_status)
    assert job.ref == ref and job.model is not None
    assert jobs.get(ref).state is not JobState.UNKNOWN  # the next answer is an ordinary one

    sims.fault(ref, "cancel", Fault.unknown_enum(), times=1)
    cancelled = jobs.cancel(ref)
    assert (cancelled.state, cancelled.raw_status) == (JobState.UNKNOWN, sim.unknown_status)
    assert sims.cancel_requested(ref)

    sims.fault_every(vendor, "list", Fault.unknown_enum(), times=1)
    listed = list(jobs.list(vendor))
    assert len(listed) == len(sim.jobs)
    assert {(job.state, job.raw_status) for job in listed} == {(JobState.UNKNOWN, sim.unknown_status)}
    assert list(jobs.list(vendor, state=JobState.UNKNOWN)) == []  # the fault was for one request only


def test_a_state_filter_can_ask_for_unknown(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sims.fault_every(vendor, "list", Fault.unknown_enum())
    unknown = list(jobs.list(vendor, state=JobState.UNKNOWN))
    assert len(unknown) == len(sims[vendor].jobs)
    assert list(jobs.list(vendor, state=JobState.RUNNING)) == []


def test_wait_keeps_polling_through_unknown_states(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING], finishes=True)
    sims.fault(ref, "get", Fault.unknown_enum(), times=2)
    seen: list[JobState] = []

    def progress(job: object) -> None:
        seen.append(job.state)  # type: ignore[attr-defined]
        sims.advance(vendor, 3600)

    final = jobs.wait(ref, poll_interval=0.001, max_poll_interval=0.002, on_progress=progress, timeout=30)
    assert seen[:2] == [JobState.UNKNOWN, JobState.UNKNOWN]
    assert final.state.is_terminal and seen[-1] is final.state


def test_unlisted_status_async(sims: Sims, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.unknown_enum(), times=1)

    async def main() -> None:
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            job = await jobs.get(ref)
            assert (job.state, job.raw_status) == (JobState.UNKNOWN, sims[vendor].unknown_status)

    asyncio.run(main())


# -- a state filter, at the server or here -----------------------------------------------------------------------------


def spied_list(sims: Sims, vendor: Vendor, states: set[JobState]) -> tuple[list[Job], list[set[str]]]:
    """`vendor`'s jobs in `states`, listed by a client that records every request, and the query parameters of each
    request it sent."""
    sent: list[httpx2.Request] = []
    with httpx2.Client(event_hooks={"request": [sent.append]}) as client, \
            Jobs(config_for(sims), retry=FAST_RETRY, http_client=client) as jobs:
        listed = list(jobs.list(vendor, state=states))
    assert sent, "the list sent no request"
    return listed, [set(request.url.params) for request in sent]


@pytest.mark.parametrize("states", [{JobState.UNKNOWN}, {JobState.RUNNING, JobState.UNKNOWN},
                                    {JobState.SUCCEEDED, JobState.FAILED, JobState.UNKNOWN}])
def test_a_filter_with_unknown_is_not_sent_to_the_server(sims: Sims, vendor: Vendor, states: set[JobState]) -> None:
    """The server can filter only by the statuses it lists; asking it for the listed ones alone would drop the jobs
    in a status no spec lists (a plugin once asked its server for them: fixed). Here every job shows a status no spec
    lists, so a filter sent to the server would drop every job that is not really in a listed state asked for."""
    sim = sims[vendor]
    sims.fault_every(vendor, "list", Fault.unknown_enum())
    listed, params = spied_list(sims, vendor, states)
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    assert {(job.state, job.raw_status) for job in listed} == {(JobState.UNKNOWN, sim.unknown_status)}
    assert not [query for query in params if query & sim.status_filters]


def test_a_filter_without_unknown_may_be_sent_to_the_server(sims: Sims, vendor: Vendor) -> None:
    """A vendor that filters by status at the server is asked to (`status_filters`); the others are filtered here.
    Either way the list is exactly the jobs in the state asked for."""
    sim = sims[vendor]
    running = [ref for ref in sims.refs(vendor) if sims.expected_state(ref) is JobState.RUNNING]
    assert running, "the seeded jobs include running ones"
    listed, params = spied_list(sims, vendor, {JobState.RUNNING})
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in running)
    assert all(job.state is JobState.RUNNING for job in listed)
    assert any(query & sim.status_filters for query in params) is bool(sim.status_filters)
