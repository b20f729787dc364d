"""`Jobs` (sync) against the three simulators: the Job it returns; get, cancel, wait, list and cancel_many for every
vendor; configuration; retries and timeouts."""

from __future__ import annotations

import datetime
import email.utils
import logging
import math
import socket
import time
import uuid
from collections.abc import Iterator

import attrs
import httpx2
import pytest
from anyjob import (
    VENDORS,
    Config,
    ConfigurationError,
    Conflict,
    Job,
    JobRef,
    Jobs,
    JobState,
    NotFound,
    Progress,
    RateLimited,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    TransportError,
    Unauthorized,
    Vendor,
    VendorUnavailable,
    WaitTimeout,
)
from anyjob._errors import ApiError, BadRequest, Forbidden
from anyjob._vendors import digitalocean, dispersed, veryfront
from anyjob.testing import DigitalOceanSimulator, Fault, ManualClock, Phase
from anyjob.testing._veryfront import STATUSES as VERYFRONT_STATUSES

from tests.facade.conftest import (
    DIGITALOCEAN_TOKEN,
    DISPERSED_PUBLIC_KEY,
    DISPERSED_SECRET_KEY,
    FAST_RETRY,
    POLL_INTERVAL,
    ROUTES,
    VERYFRONT_TOKEN,
    Sims,
    assert_consistent,
    config_for,
    expected_state,
    running_sims,
)

import veryfront_client.models as veryfront_models  # isort: skip
import dispersed_client.models as dispersed_models  # isort: skip
import digitalocean_genai_client.models as digitalocean_models  # isort: skip

TABLES = {"veryfront": veryfront.STATES, "dispersed": dispersed.STATES, "digitalocean": digitalocean.STATES}


def sim_status(sims: Sims, ref: JobRef) -> str:
    """The status string the simulator shows for the job now, from the simulator's own tables."""
    job, sim = sims.sim_job(ref), sims[ref.vendor]
    now = sim.clock.now()
    if ref.vendor == "veryfront":
        return VERYFRONT_STATUSES[job.phase(now)]
    if ref.vendor == "dispersed":
        return sims.dispersed._statuses(job, now)[0]
    return DigitalOceanSimulator.vendor_state(job, job.phase(now))[0]


def statuses(sims: Sims, vendor: Vendor, operation: str) -> list[int | None]:
    """The HTTP statuses of the requests of one operation, in the order the server answered them."""
    route = getattr(ROUTES[vendor], operation)
    return [r.status for r in sims[vendor].requests if r.route == route]


def retry_waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    """The waits anyjob announced before each retry (its "anyjob" log records)."""
    waits: list[float] = []
    for record in caplog.records:
        if record.name == "anyjob" and str(record.msg).startswith("retrying"):
            assert isinstance(record.args, tuple)
            waits.append(float(str(record.args[2])))
    return waits


def unknown_ref(vendor: Vendor, sims: Sims) -> JobRef:
    return sims.ref(vendor, str(uuid.UUID(int=7, version=4)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


# -- the Job -----------------------------------------------------------------------------------------------------------


def test_job_is_frozen_and_hashable(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    job = jobs.get(sims.pick(vendor))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        job.state = JobState.CANCELLED  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        job.ref.job_id = "x"  # type: ignore[misc]
    assert job in {job}
    assert (job.vendor, job.id) == (vendor, job.ref.job_id)


def test_every_listed_job_is_normalised(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    listed = list(jobs.list(vendor))
    assert len(listed) == len(sims[vendor].jobs)
    for job in listed:
        assert_consistent(job, job.ref)
        assert job.raw_status == sim_status(sims, job.ref)
        assert job.state is TABLES[vendor][job.raw_status] is expected_state(sims, job.ref)
        for moment in (job.created_at, job.started_at, job.finished_at):
            assert moment is None or moment.utcoffset() == datetime.timedelta(0)
        assert job.created_at is not None
        if job.state.is_terminal:
            assert job.finished_at is not None and job.finished_at >= job.created_at
        if job.state is JobState.QUEUED:
            assert job.started_at is None and job.finished_at is None
    assert {job.state for job in listed} >= {JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED,
                                              JobState.CANCELLED}


def test_dates_without_a_time_are_midnight_utc(sims: Sims, jobs: Jobs) -> None:
    """Dispersed shows some timestamps as plain dates ("2026-01-01"), as in its reference examples."""
    date_only = [sims.ref("dispersed", job.id) for job in sims.dispersed.jobs if job.fields["date_only"]]
    assert date_only
    for ref in date_only:
        created = jobs.get(ref).created_at
        assert created is not None and created.tzinfo is not None
        expected = datetime.datetime.fromtimestamp(sims.sim_job(ref).created_at, datetime.UTC)
        assert created == expected.replace(hour=0, minute=0, second=0, microsecond=0)


def test_failed_jobs_carry_an_error(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    failed = list(jobs.list(vendor, state=JobState.FAILED))
    assert failed
    for job in failed:
        assert job.error
        assert jobs.get(job.ref).error
    assert all(job.error is None for job in jobs.list(vendor, state=JobState.SUCCEEDED))


def test_list_and_get_agree_on_a_failed_veryfront_job(sims: Sims, jobs: Jobs) -> None:
    for listed in jobs.list("veryfront", state=JobState.FAILED):
        assert jobs.get(listed.ref).error == listed.error


def test_list_and_get_agree(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    for listed in jobs.list(vendor):
        got = jobs.get(listed.ref)
        assert got == listed


@pytest.mark.parametrize(
    ("vendor", "got", "listed"),
    [("veryfront", veryfront_models.Job, veryfront_models.JobListItem),
     ("dispersed", dispersed_models.Job, dispersed_models.Job),
     ("digitalocean", digitalocean_models.IndexingJob, digitalocean_models.IndexingJob)],
)
def test_the_typed_vendor_model_is_there(sims: Sims, jobs: Jobs, vendor: Vendor, got: type, listed: type) -> None:
    ref = sims.pick(vendor)
    job = jobs.get(ref)
    assert isinstance(job.model, got)
    status = getattr(job.model, "phase" if vendor == "digitalocean" else "status")
    assert status.value == job.raw_status
    assert all(isinstance(item.model, listed) for item in jobs.list(vendor))
    assert "model" not in repr(job)


def test_digitalocean_progress_counts_data_sources(sims: Sims, jobs: Jobs) -> None:
    sim = sims.digitalocean
    for job in jobs.list("digitalocean"):
        body = sim._render_job(sims.sim_job(job.ref), sim.clock.now())
        assert job.progress == Progress(body["completed_datasources"], body["total_datasources"])
    ref = sims.pick("digitalocean", [Phase.RUNNING], finishes=True)
    seen: list[Progress] = []

    def advance(job: Job) -> None:
        assert job.progress is not None
        seen.append(job.progress)
        sims.advance("digitalocean", 120)

    final = jobs.wait(ref, on_progress=advance, poll_interval=POLL_INTERVAL, max_poll_interval=2 * POLL_INTERVAL)
    assert final.state is JobState.SUCCEEDED
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert final.progress is not None and final.progress.done == final.progress.total
    assert final.progress.fraction == 1.0


def test_veryfront_ingest_progress(sims: Sims, jobs: Jobs) -> None:
    sim = sims.veryfront
    ingest = [job for job in jobs.list("veryfront") if sims.sim_job(job.ref).fields["kind"] == "knowledge_ingest"]
    assert any(job.progress is not None for job in ingest)
    for job in jobs.list("veryfront"):
        sim_job = sims.sim_job(job.ref)
        counts = sim._counts(sim_job, sim.clock.now())
        if sim_job.fields["kind"] != "knowledge_ingest" or not sim._processed(sim_job, sim.clock.now()):
            assert job.progress is None
            continue
        done = counts["ingested_count"] + counts["skipped_count"] + counts["failed_count"]
        assert job.progress == Progress(done, counts["requested_count"])
        assert jobs.get(job.ref).progress == job.progress
    running = next(job for job in ingest if job.state is JobState.RUNNING)
    final = jobs.wait(running.ref, on_progress=lambda job: sims.advance("veryfront", 3600),
                      poll_interval=POLL_INTERVAL, max_poll_interval=2 * POLL_INTERVAL)
    assert final.state is JobState.SUCCEEDED
    assert final.progress is not None and final.progress.done == final.progress.total > 0


def test_progress_fraction() -> None:
    assert Progress(1, 4).fraction == 0.25
    assert Progress(0, 0).fraction is None
    assert str(Progress(2, 5)) == "2/5"


# -- get and cancel ----------------------------------------------------------------------------------------------------


def test_get_every_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    for ref in sims.refs(vendor):
        job = jobs.get(ref)
        assert_consistent(job, ref)
        assert job.state is expected_state(sims, ref)
        assert job.raw_status == sim_status(sims, ref)
        assert sims.count(vendor, "get", ref) == 1
    assert sims[vendor].count() == len(sims[vendor].jobs)


def test_get_accepts_the_string_form(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    text = str(ref)
    assert jobs.get(text).ref == ref
    assert jobs.get(text.removesuffix(ref.job_id) + ref.job_id.upper()).ref == ref


def test_get_an_unknown_job_is_not_found(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = unknown_ref(vendor, sims)
    with pytest.raises(NotFound) as caught:
        jobs.get(ref)
    assert (caught.value.vendor, caught.value.status, caught.value.ref) == (vendor, 404, ref)
    assert sims.count(vendor, "get", ref) == 1  # not retried


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
def test_cancel(sims: Sims, jobs: Jobs, vendor: Vendor, phase: Phase) -> None:
    ref = sims.pick(vendor, [phase])
    job = jobs.cancel(ref, reason="stuck in the queue")
    assert_consistent(job, ref)
    assert job.state is (JobState.CANCELLING if vendor == "dispersed" else JobState.CANCELLED)
    assert job.raw_status == sim_status(sims, ref)
    assert sims.cancel_requested(ref)
    assert sims.count(vendor, "cancel", ref) == 1
    again = jobs.cancel(ref)  # idempotent: the vendors answer with the job as it is
    assert again.state is job.state
    sims.advance(vendor, 5)
    assert jobs.get(ref).state is JobState.CANCELLED


def test_dispersed_keeps_the_cancel_reason(sims: Sims, jobs: Jobs) -> None:
    ref = sims.pick("dispersed", [Phase.RUNNING])
    jobs.cancel(ref, reason="superseded by job 42")
    assert sims.sim_job(ref).fields["cancel_reason"] == "superseded by job 42"
    jobs.cancel(ref, reason="a second reason is ignored")
    sims.advance("dispersed", 5)
    job = jobs.get(ref)
    assert job.state is JobState.CANCELLED
    assert job.model.status_reason == "superseded by job 42"  # type: ignore[attr-defined]


def test_dispersed_cancel_without_a_reason(sims: Sims, jobs: Jobs) -> None:
    ref = sims.pick("dispersed")
    jobs.cancel(ref)
    assert sims.sim_job(ref).fields["cancel_reason"] is None


@pytest.mark.parametrize("phase", [Phase.SUCCEEDED, Phase.FAILED])
def test_cancel_a_finished_job_is_a_conflict(sims: Sims, jobs: Jobs, vendor: Vendor, phase: Phase) -> None:
    ref = sims.pick(vendor, [phase])
    with pytest.raises(Conflict) as caught:
        jobs.cancel(ref)
    assert (caught.value.status, caught.value.ref, caught.value.vendor) == (409, ref, vendor)
    assert caught.value.message
    assert sims.count(vendor, "cancel", ref) == 1
    assert sims.phase(ref) is phase


def test_cancel_an_unknown_job_is_not_found(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    with pytest.raises(NotFound):
        jobs.cancel(unknown_ref(vendor, sims), reason="gone")


# -- wait --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
def test_wait_returns_the_final_job_and_reports_every_poll(sims: Sims, jobs: Jobs, vendor: Vendor,
                                                           phase: Phase) -> None:
    ref = sims.pick(vendor, [phase], finishes=True)
    seen: list[Job] = []

    def on_progress(job: Job) -> None:
        seen.append(job)
        sims.advance(vendor, 300)

    final = jobs.wait(ref, timeout=60, on_progress=on_progress, poll_interval=POLL_INTERVAL,
                      max_poll_interval=2 * POLL_INTERVAL)
    assert final.state.is_terminal and final.state is expected_state(sims, ref)
    assert final == seen[-1]
    assert len(seen) == sims.count(vendor, "get", ref) >= 2
    assert seen[0].state is JobState(phase.value)
    assert all(not job.state.is_terminal for job in seen[:-1])


def test_wait_on_a_finished_job_polls_once(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.SUCCEEDED])
    assert jobs.wait(ref).state is JobState.SUCCEEDED
    assert sims.count(vendor, "get", ref) == 1


def test_wait_times_out_with_the_last_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    seen: list[Job] = []
    with pytest.raises(WaitTimeout) as caught:
        jobs.wait(ref, timeout=0.05, on_progress=seen.append, poll_interval=0.01, max_poll_interval=0.02)
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.job.ref == ref and error.job.state is JobState.RUNNING
    assert not error.cancelled and not sims.cancel_requested(ref)
    assert error.job == seen[-1]
    assert 1 <= len(seen) <= sims.count(vendor, "get", ref) <= len(seen) + 1  # one get may be cut by the deadline
    assert sims.count(vendor, "cancel") == 0
    assert str(ref) in str(error)


def test_wait_cancels_on_timeout_when_asked(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    seen: list[Job] = []
    with pytest.raises(WaitTimeout) as caught:
        jobs.wait(ref, timeout=0.05, on_progress=seen.append, cancel_on_timeout=True, poll_interval=0.01,
                  max_poll_interval=0.02)
    assert caught.value.cancelled
    assert caught.value.job.state in (JobState.CANCELLED, JobState.CANCELLING)
    assert sims.cancel_requested(ref)
    assert sims.count(vendor, "cancel", ref) == 1
    assert len(seen) <= sims.count(vendor, "get", ref) <= len(seen) + 1  # one get may be cut by the deadline
    assert "cancel requested" in str(caught.value)


# -- list --------------------------------------------------------------------------------------------------------------


def test_list_every_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    listed = list(jobs.list(vendor))
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    for job in listed:
        assert job.state is expected_state(sims, job.ref)
    assert sims.count(vendor, "list") == 1


@pytest.mark.parametrize("state", [JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED,
                                   JobState.CANCELLED, JobState.CANCELLING])
def test_list_one_state(sims: Sims, jobs: Jobs, vendor: Vendor, state: JobState) -> None:
    if state is JobState.CANCELLING:
        jobs.cancel(sims.pick(vendor))  # only Dispersed shows this state
    wanted = {ref for ref in sims.refs(vendor) if expected_state(sims, ref) is state}
    listed = list(jobs.list(vendor, state=state))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)
    assert all(job.state is state for job in listed)
    assert bool(wanted) is (state is not JobState.CANCELLING or vendor == "dispersed")


def test_list_several_states(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    states = {JobState.QUEUED, JobState.RUNNING}
    wanted = {ref for ref in sims.refs(vendor) if expected_state(sims, ref) in states}
    listed = list(jobs.list(vendor, state=states))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted) > 0


@pytest.mark.parametrize("page_size", [1, 2, 3, 7, 50])
def test_list_pages(sims: Sims, jobs: Jobs, vendor: Vendor, page_size: int) -> None:
    listed = list(jobs.list(vendor, page_size=page_size))
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    total = len(sims[vendor].jobs)
    assert sims.count(vendor, "list") == max(1, math.ceil(total / page_size))


def test_list_pages_with_a_state_filter(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    wanted = {ref for ref in sims.refs(vendor) if expected_state(sims, ref) is not JobState.SUCCEEDED}
    states = [JobState.QUEUED, JobState.RUNNING, JobState.FAILED, JobState.CANCELLED]
    listed = list(jobs.list(vendor, state=states, page_size=2))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)
    assert sims.count(vendor, "list") >= 2


def test_list_is_lazy(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    pages = jobs.list(vendor, page_size=2)
    assert sims.count(vendor, "list") == 0
    next(pages)
    next(pages)
    assert sims.count(vendor, "list") == 1
    next(pages)
    assert sims.count(vendor, "list") == 2


def test_list_veryfront_by_project_id(sims: Sims, jobs: Jobs) -> None:
    project = sims.veryfront.project
    listed = list(jobs.list("veryfront", project=project.id))
    assert len(listed) == len(sims.veryfront.jobs)
    assert all(job.ref.project == project.id for job in listed)
    assert jobs.get(listed[0].ref).ref == listed[0].ref


def test_list_veryfront_unknown_project(sims: Sims, jobs: Jobs) -> None:
    with pytest.raises(NotFound) as caught:
        list(jobs.list("veryfront", project="no-such-project"))
    assert "no-such-project" in caught.value.message


# -- cancel_many -------------------------------------------------------------------------------------------------------


def test_cancel_many_across_vendors(sims: Sims, jobs: Jobs) -> None:
    vf, ds, do = sims.pick("veryfront"), sims.pick("dispersed"), sims.pick("digitalocean")
    vf2 = sims.pick("veryfront", exclude=[vf])
    finished = sims.pick("digitalocean", [Phase.SUCCEEDED])
    missing = unknown_ref("dispersed", sims)
    refs: list[JobRef | str] = [
        vf, "bogus:1", str(ds), do, str(vf),  # vf twice, once as a string
        "dispersed:not-a-uuid", finished, ds, missing, str(do).upper().replace("DIGITALOCEAN", "digitalocean"),
        vf2, "veryfront:bad project/" + vf.job_id,
    ]
    outcomes = jobs.cancel_many(refs, concurrency=4, reason="cleanup")
    assert len(outcomes) == len(refs)
    kinds = [type(o.error).__name__ if o.error else o.job.state.value for o in outcomes]  # type: ignore[union-attr]
    assert kinds == ["cancelled", "InvalidJobRef", "cancelling", "cancelled", "cancelled", "InvalidJobRef",
                     "Conflict", "cancelling", "NotFound", "cancelled", "cancelled", "InvalidJobRef"]
    assert [o.ok for o in outcomes] == [k not in ("InvalidJobRef", "Conflict", "NotFound") for k in kinds]
    assert outcomes[1].ref == "bogus:1" and outcomes[5].ref == "dispersed:not-a-uuid"
    assert outcomes[0].ref == outcomes[4].ref == vf and outcomes[0].job == outcomes[4].job
    assert outcomes[2].ref == outcomes[7].ref == ds
    assert outcomes[3].ref == outcomes[9].ref == do
    for ref in (vf, vf2, ds, do):
        assert sims.cancel_requested(ref)
        assert sims.count(ref.vendor, "cancel", ref) == 1  # duplicates are cancelled once
    assert sims.count("digitalocean", "cancel", finished) == 1
    assert sims.count("dispersed", "cancel", missing) == 1
    assert sims.sim_job(ds).fields["cancel_reason"] == "cleanup"
    assert sims.total_requests() == 6  # vf, vf2, ds, do, finished, missing: one cancel each


def test_cancel_many_of_nothing(sims: Sims, jobs: Jobs) -> None:
    assert jobs.cancel_many([]) == []
    assert sims.total_requests() == 0


@pytest.mark.parametrize("concurrency", [1, 2, 16])
def test_cancel_many_every_active_job(sims: Sims, jobs: Jobs, concurrency: int) -> None:
    refs = [ref for vendor in VENDORS for ref in sims.refs(vendor, [Phase.QUEUED, Phase.RUNNING])]
    outcomes = jobs.cancel_many(refs, concurrency=concurrency)
    assert [o.ref for o in outcomes] == refs
    assert all(o.ok and o.job is not None and o.job.ref == o.ref for o in outcomes)
    assert all(sims.cancel_requested(ref) and sims.count(ref.vendor, "cancel", ref) == 1 for ref in refs)


# -- configuration -----------------------------------------------------------------------------------------------------


ENV = ("VERYFRONT_API_TOKEN", "VERYFRONT_API_URL", "VERYFRONT_PROJECT_SLUG", "VERYFRONT_PROJECT_ID",
       "DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_API_URL", "DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY",
       "DISPERSED_API_URL")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def set_env(env: pytest.MonkeyPatch, sims: Sims) -> None:
    env.setenv("VERYFRONT_API_TOKEN", VERYFRONT_TOKEN)
    env.setenv("VERYFRONT_API_URL", sims.veryfront.base_url)
    env.setenv("VERYFRONT_PROJECT_SLUG", sims.veryfront.project.slug)
    env.setenv("DIGITALOCEAN_ACCESS_TOKEN", DIGITALOCEAN_TOKEN)
    env.setenv("DIGITALOCEAN_API_URL", sims.digitalocean.base_url)
    env.setenv("DISPERSED_PUBLIC_KEY", DISPERSED_PUBLIC_KEY)
    env.setenv("DISPERSED_SECRET_KEY", DISPERSED_SECRET_KEY)
    env.setenv("DISPERSED_API_URL", sims.dispersed.base_url)


def test_from_env(sims: Sims, clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    with Jobs.from_env(retry=FAST_RETRY) as jobs:
        assert Config.from_env() == config_for(sims)
        for vendor in VENDORS:
            ref = sims.pick(vendor)
            assert jobs.get(ref).ref == ref
            assert len(list(jobs.list(vendor))) == len(sims[vendor].jobs)


def test_from_env_reads_the_veryfront_project_id(sims: Sims, clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    clean_env.delenv("VERYFRONT_PROJECT_SLUG")
    clean_env.setenv("VERYFRONT_PROJECT_ID", sims.veryfront.project.id)
    with Jobs.from_env() as jobs:
        assert {job.ref.project for job in jobs.list("veryfront")} == {sims.veryfront.project.id}


def test_from_env_empty_values_count_as_unset(sims: Sims, clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    clean_env.setenv("DIGITALOCEAN_ACCESS_TOKEN", "")
    with Jobs.from_env() as jobs:
        assert "digitalocean" not in repr(jobs)
        with pytest.raises(VendorUnavailable):
            jobs.get(sims.pick("digitalocean"))
    assert sims.digitalocean.count() == 0


def test_config_from_a_mapping_with_overrides(sims: Sims) -> None:
    environ = {"DIGITALOCEAN_ACCESS_TOKEN": "wrong", "DIGITALOCEAN_API_URL": sims.digitalocean.base_url}
    config = Config.from_env(environ, digitalocean_token=DIGITALOCEAN_TOKEN)
    assert config.digitalocean_token == DIGITALOCEAN_TOKEN and config.vendors == ["digitalocean"]
    with Jobs(config) as jobs:
        assert jobs.get(sims.pick("digitalocean")).vendor == "digitalocean"


def test_explicit_keyword_arguments(sims: Sims) -> None:
    kwargs = config_for(sims).values
    with Jobs(**kwargs) as jobs:
        for vendor in VENDORS:
            assert jobs.get(sims.pick(vendor)).vendor == vendor


def test_keyword_arguments_override_the_config(sims: Sims) -> None:
    config = config_for(sims).replace(digitalocean_token="dop_v1_wrong")
    with Jobs(config, retry=FAST_RETRY) as jobs:
        with pytest.raises(Unauthorized):
            jobs.get(sims.pick("digitalocean"))
    with Jobs(config, digitalocean_token=DIGITALOCEAN_TOKEN) as jobs:
        assert jobs.get(sims.pick("digitalocean")).vendor == "digitalocean"


HINTS = {
    "veryfront": ("VERYFRONT_API_TOKEN", "veryfront_token="),
    "dispersed": ("DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY"),
    "digitalocean": ("DIGITALOCEAN_ACCESS_TOKEN", "digitalocean_token="),
}
WITHOUT = {
    "veryfront": {"veryfront_token": None},
    "dispersed": {"dispersed_secret_key": None},  # the public key alone is not enough
    "digitalocean": {"digitalocean_token": None},
}


def test_an_unconfigured_vendor_is_unavailable(sims: Sims, vendor: Vendor) -> None:
    config = config_for(sims).replace(**WITHOUT[vendor])
    assert vendor not in config.vendors and len(config.vendors) == 2
    ref = sims.pick(vendor)
    with Jobs(config) as jobs:
        for call in (lambda: jobs.get(ref), lambda: jobs.cancel(ref), lambda: list(jobs.list(vendor)),
                     lambda: jobs.wait(ref)):
            with pytest.raises(VendorUnavailable) as caught:
                call()
            assert isinstance(caught.value, ConfigurationError)
            assert caught.value.vendor == vendor
            message = str(caught.value)
            assert message.startswith(f"{vendor} is not configured")
            assert all(hint in message for hint in HINTS[vendor])
        outcome, = jobs.cancel_many([ref])
        assert isinstance(outcome.error, VendorUnavailable)
        other = next(v for v in VENDORS if v != vendor)
        assert jobs.get(sims.pick(other)).vendor == other  # the others still work
    assert sims[vendor].count() == 0


def test_nothing_configured(sims: Sims) -> None:
    with Jobs() as jobs:
        assert repr(jobs) == "Jobs(vendors=[])"
        for vendor in VENDORS:
            with pytest.raises(VendorUnavailable):
                jobs.get(sims.pick(vendor))
    assert sims.total_requests() == 0


class CountingTransport(httpx2.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return super().handle_request(request)


URL_FIELD = {"veryfront": "veryfront_url", "dispersed": "dispersed_url", "digitalocean": "digitalocean_url"}


@pytest.mark.parametrize("url", ["http://example.invalid", "http://example.invalid:8080/v2", "http://10.0.0.1",
                                 "http://0.0.0.0:1", "ftp://127.0.0.1"])
def test_credentials_over_plain_http_to_another_host_are_refused(sims: Sims, vendor: Vendor, url: str) -> None:
    transport = CountingTransport()
    config = config_for(sims).replace(**{URL_FIELD[vendor]: url})
    with Jobs(config, transport=transport) as jobs:
        with pytest.raises(ConfigurationError) as caught:
            jobs.get(sims.pick(vendor))
        assert not isinstance(caught.value, VendorUnavailable)
        assert vendor in str(caught.value)
        assert ("plain http" in str(caught.value)) is url.startswith("http:")
    assert transport.requests == []
    assert sims.total_requests() == 0


def test_loopback_names_are_allowed_over_plain_http(sims: Sims) -> None:
    url = sims.digitalocean.base_url.replace("127.0.0.1", "localhost")
    with Jobs(config_for(sims).replace(digitalocean_url=url + "/")) as jobs:
        assert jobs.get(sims.pick("digitalocean")).vendor == "digitalocean"


def test_an_injected_http_client_is_used(sims: Sims) -> None:
    sent: list[httpx2.Request] = []
    client = httpx2.Client(event_hooks={"request": [sent.append]})
    with Jobs(config_for(sims), http_client=client) as jobs:
        for vendor in VENDORS:
            jobs.get(sims.pick(vendor))
    assert len(sent) == 3 == sims.total_requests()
    assert sent[0].headers["authorization"] == f"Bearer {VERYFRONT_TOKEN}"
    assert "x-signature" in sent[1].headers  # Dispersed's signing rides on the injected client
    assert not client.is_closed  # Jobs closes only the client it made
    client.close()


def test_an_injected_transport_is_used(sims: Sims, vendor: Vendor) -> None:
    transport = CountingTransport()
    with Jobs(config_for(sims), transport=transport) as jobs:
        jobs.get(sims.pick(vendor))
        list(jobs.list(vendor, page_size=3))
    assert len(transport.requests) == 1 + math.ceil(len(sims[vendor].jobs) / 3) == sims[vendor].count()


# -- retries -----------------------------------------------------------------------------------------------------------

RETRYABLE: dict[int, type[ApiError]] = {408: ServerError, 429: RateLimited, 500: ServerError, 502: ServerError,
                                        503: ServerError, 504: ServerError}
NOT_RETRYABLE: dict[int, type[ApiError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound,
                                            409: Conflict, 422: BadRequest}


@pytest.mark.parametrize("status", RETRYABLE)
def test_retryable_statuses_are_retried(sims: Sims, jobs: Jobs, vendor: Vendor, status: int) -> None:
    sim, routes = sims[vendor], ROUTES[vendor]
    ref = sims.pick(vendor)
    sim.faults.add(Fault.http_status(status), route=routes.get, times=2)
    assert jobs.get(ref).ref == ref
    assert statuses(sims, vendor, "get") == [status, status, 200]

    sim.reset_log()
    sim.faults.add(Fault.http_status(status), route=routes.get)
    with pytest.raises(RETRYABLE[status]) as caught:
        jobs.get(ref)
    assert caught.value.status == status
    assert statuses(sims, vendor, "get") == [status] * FAST_RETRY.attempts


@pytest.mark.parametrize("status", NOT_RETRYABLE)
def test_other_statuses_are_not_retried(sims: Sims, jobs: Jobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    for operation in ("get", "cancel"):
        sims[vendor].faults.add(Fault.http_status(status), route=getattr(ROUTES[vendor], operation), times=1)
        call = jobs.get if operation == "get" else jobs.cancel
        with pytest.raises(NOT_RETRYABLE[status]):
            call(ref)
        assert sims.count(vendor, operation, ref) == 1
    assert not sims.cancel_requested(ref)


def test_list_pages_are_retried(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sims[vendor].faults.add(Fault.http_status(503), route=ROUTES[vendor].list, times=1)
    assert len(list(jobs.list(vendor, page_size=4))) == len(sims[vendor].jobs)
    assert statuses(sims, vendor, "list") == [503, 200, 200]


@pytest.mark.parametrize("attempts", [1, 2, 5])
def test_attempts_bound_the_requests(sims: Sims, config: Config, vendor: Vendor, attempts: int) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(502), route=ROUTES[vendor].cancel)
    with Jobs(config, retry=attrs.evolve(FAST_RETRY, attempts=attempts)) as jobs, pytest.raises(ServerError):
        jobs.cancel(ref)
    assert sims.count(vendor, "cancel", ref) == attempts
    assert not sims.cancel_requested(ref)


def test_a_dropped_connection_is_retried(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim, ref = sims[vendor], sims.pick(vendor)
    sim.faults.add(Fault.drop_connection(), route=ROUTES[vendor].get, times=1)
    assert jobs.get(ref).ref == ref
    assert statuses(sims, vendor, "get") == [None, 200]
    sim.faults.add(Fault.drop_connection(), route=ROUTES[vendor].get)
    with pytest.raises(TransportError) as caught:
        jobs.get(ref)
    assert caught.value.vendor == vendor
    assert sims.count(vendor, "get", ref) == 2 + FAST_RETRY.attempts


def test_a_refused_connection_is_retried(sims: Sims, vendor: Vendor) -> None:
    transport = CountingTransport()
    config = config_for(sims).replace(**{URL_FIELD[vendor]: f"http://127.0.0.1:{free_port()}"})
    with Jobs(config, retry=FAST_RETRY, transport=transport) as jobs:
        with pytest.raises(TransportError) as caught:
            jobs.get(sims.pick(vendor))
    assert not isinstance(caught.value, RequestTimeout)
    assert "ConnectError" in caught.value.problem
    assert len(transport.requests) == FAST_RETRY.attempts


def test_retry_after_in_seconds_is_honoured(sims: Sims, jobs: Jobs, vendor: Vendor,
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(429, retry_after=1), route=ROUTES[vendor].cancel, times=1)
    assert jobs.cancel(ref).ref == ref
    assert statuses(sims, vendor, "cancel") == [429, 200]
    assert retry_waits(caplog) == [1.0]  # the vendor's ask, not FAST_RETRY's tiny backoff


def test_retry_after_as_an_http_date_is_honoured(sims: Sims, jobs: Jobs, vendor: Vendor,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    ref = sims.pick(vendor)
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: 1 to 2 s from now
    sims[vendor].faults.add(Fault.http_status(503, retry_after=when), route=ROUTES[vendor].get, times=1)
    assert jobs.get(ref).ref == ref
    assert statuses(sims, vendor, "get") == [503, 200]
    wait, = retry_waits(caplog)
    assert 0.5 < wait <= 2.0


@pytest.mark.parametrize(("status", "error"), [(429, RateLimited), (503, ServerError)])
def test_a_retry_after_beyond_the_limit_stops_at_once(sims: Sims, jobs: Jobs, vendor: Vendor, status: int,
                                                      error: type[RateLimited] | type[ServerError]) -> None:
    """A 503 asking for more than `max_retry_after`, or a 429 asking for more than the deadline leaves: raised at once,
    not slept through."""
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(status, retry_after=120), route=ROUTES[vendor].get)
    started = time.monotonic()
    with pytest.raises(error) as caught:
        jobs.get(ref, timeout=30)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, RateLimited | ServerError) and caught.value.retry_after == 120.0
    assert sims.count(vendor, "get", ref) == 1


def test_a_retry_after_within_the_deadline_is_waited_for(sims: Sims, config: Config, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(429, retry_after=1), route=ROUTES[vendor].get, times=1)
    with Jobs(config, retry=attrs.evolve(FAST_RETRY, attempts=1, budget=0.0)) as jobs:
        assert jobs.get(ref, timeout=5).ref == ref  # rate limits use no attempts and no failure budget
    assert statuses(sims, vendor, "get") == [429, 200]


@pytest.fixture
def limited() -> Iterator[Sims]:
    """DigitalOcean allowing 2 requests a minute, on a simulated clock that starts at the real time (its
    ratelimit-reset header is a Unix time on that clock)."""
    with running_sims(digitalocean_minute_limit=2, digitalocean_clock=ManualClock(time.time())) as started:
        yield started


def test_digitalocean_spent_budget_is_not_spent_again(limited: Sims) -> None:
    ref = limited.pick("digitalocean")
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs:
        jobs.get(ref)
        jobs.get(ref)
        # ratelimit-remaining 0 with the reset a minute away: the limiter holds the request rather than have the
        # vendor refuse it, and a deadline shorter than the wait ends the call at once.
        started = time.monotonic()
        with pytest.raises(RequestTimeout) as caught:
            jobs.get(ref, timeout=5)
        assert time.monotonic() - started < 1
        assert "rate budget" in str(caught.value)
    assert statuses(limited, "digitalocean", "get") == [200, 200]
    with Jobs(config_for(limited), retry=FAST_RETRY) as fresh:  # a client that has not learnt the budget
        with pytest.raises(RateLimited) as refused:
            fresh.get(ref, timeout=5)
        assert refused.value.status == 429 and refused.value.code == "too_many_requests"
        assert refused.value.retry_after is not None and 50 < refused.value.retry_after <= 61
    assert statuses(limited, "digitalocean", "get") == [200, 200, 429]


def test_digitalocean_ratelimit_reset_without_retry_after(limited: Sims) -> None:
    ref = limited.pick("digitalocean")
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs:
        jobs.get(ref)
    # A 429 without Retry-After once the budget is spent: the wait comes from ratelimit-reset, ~60 s away.
    limited.digitalocean.faults.add(Fault.http_status(429), route="get_indexing_job", times=1)
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs, pytest.raises(RateLimited) as caught:
        jobs.get(ref, timeout=5)
    assert caught.value.retry_after is not None and 50 < caught.value.retry_after <= 61
    assert statuses(limited, "digitalocean", "get") == [200, 429]


def test_digitalocean_ratelimit_reset_is_waited_for(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    # The window's oldest request is 58 s old on the simulated clock: the budget resets ~2 s from now.
    clock = ManualClock(time.time() - 58)
    with running_sims(digitalocean_minute_limit=2, digitalocean_clock=clock) as sims:
        ref = sims.pick("digitalocean")
        with Jobs(config_for(sims), retry=FAST_RETRY) as jobs:
            jobs.get(ref)
            sims.digitalocean.faults.add(Fault.http_status(429), route="get_indexing_job", times=1)
            assert jobs.get(ref).ref == ref  # 429 with ratelimit-remaining 0, then the retry after the reset
        assert statuses(sims, "digitalocean", "get") == [200, 429, 200]
    wait, = retry_waits(caplog)
    assert 0.5 < wait <= 3.0


def test_a_call_timeout_overrides_the_default(sims: Sims, config: Config, vendor: Vendor) -> None:
    sim, routes = sims[vendor], ROUTES[vendor]
    ref = sims.pick(vendor)
    once = attrs.evolve(FAST_RETRY, attempts=1)
    with Jobs(config, retry=once, timeout=30) as jobs:
        sim.faults.add(Fault.latency(0.5), route=routes.get, times=1)
        with pytest.raises(RequestTimeout) as caught:
            jobs.get(ref, timeout=0.1)
        assert isinstance(caught.value, TransportError) and caught.value.vendor == vendor
        sim.faults.add(Fault.latency(0.3), route=routes.get, times=1)
        assert jobs.get(ref).ref == ref  # the default (30 s) is generous
    with Jobs(config, retry=once, timeout=0.1) as jobs:
        sim.faults.add(Fault.latency(0.3), route=routes.get, times=1)
        with pytest.raises(RequestTimeout):
            jobs.get(ref)
        sim.faults.add(Fault.latency(0.3), route=routes.get, times=1)
        assert jobs.get(ref, timeout=5).ref == ref
        sim.faults.add(Fault.latency(0.3), route=routes.cancel, times=1)
        assert jobs.cancel(ref, timeout=5).ref == ref
    assert sims.cancel_requested(ref)


def test_a_timed_out_request_is_retried(sims: Sims, config: Config, vendor: Vendor) -> None:
    sim, ref = sims[vendor], sims.pick(vendor)
    sim.faults.add(Fault.latency(0.4), route=ROUTES[vendor].get, times=1)
    with Jobs(config, retry=FAST_RETRY, request_timeout=0.1) as jobs:  # per request; the call has no deadline
        assert jobs.get(ref).ref == ref
    deadline = time.monotonic() + 5
    while sims.count(vendor, "get", ref) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)  # the first request reaches the log once its latency has passed
    assert sims.count(vendor, "get", ref) == 2


def test_retry_policy_validation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(backoff=-1)
    assert RetryPolicy().attempts == 3

