"""Veryfront's own behaviour through `Jobs`: its project (by slug or id, from the environment), knowledge-ingest
progress, failure details, bearer token; its references' literal forms and rules. The shared suites (tests/facade)
cover the rest from its simulator's contract facts and its plugin's declarations."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator

import httpx2
import pytest
from anyjob import Config, InvalidJobRef, JobRef, Jobs, JobState, NotFound, Progress, parse_ref
from anyjob.testing import VeryfrontSimulator
from hypothesis import given
from hypothesis import strategies as st

from tests.facade.conftest import FAST_RETRY, POLL_INTERVAL, Sims, config_for, running_sims
from tests.facade.conftest import _simulators_stopped as _simulators_stopped  # joins the simulators' stops
from tests.facade.test_jobs import clean_env as clean_env
from tests.facade.test_jobs import set_env

VENDOR = "veryfront"


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims(vendors=[VENDOR]) as started:
        yield started


@pytest.fixture
def sim(sims: Sims) -> VeryfrontSimulator:
    found = sims[VENDOR]
    assert isinstance(found, VeryfrontSimulator)
    return found


@pytest.fixture
def jobs(sims: Sims) -> Iterator[Jobs]:
    with Jobs(config_for(sims), retry=FAST_RETRY) as client:
        yield client


def test_list_and_get_agree_on_a_failed_veryfront_job(sims: Sims, jobs: Jobs) -> None:
    for listed in jobs.list(VENDOR, state=JobState.FAILED):
        assert jobs.get(listed.ref).error == listed.error


def test_veryfront_ingest_progress(sims: Sims, sim: VeryfrontSimulator, jobs: Jobs) -> None:
    ingest = [job for job in jobs.list(VENDOR) if sims.sim_job(job.ref).fields["kind"] == "knowledge_ingest"]
    assert any(job.progress is not None for job in ingest)
    for job in jobs.list(VENDOR):
        sim_job = sims.sim_job(job.ref)
        counts = sim._counts(sim_job, sim.clock.now())
        if sim_job.fields["kind"] != "knowledge_ingest" or not sim._processed(sim_job, sim.clock.now()):
            assert job.progress is None
            continue
        done = counts["ingested_count"] + counts["skipped_count"] + counts["failed_count"]
        assert job.progress == Progress(done, counts["requested_count"])
        assert jobs.get(job.ref).progress == job.progress
    running = next(job for job in ingest if job.state is JobState.RUNNING)
    final = jobs.wait(running.ref, on_progress=lambda job: sims.advance(VENDOR, 3600),
                      poll_interval=POLL_INTERVAL, max_poll_interval=2 * POLL_INTERVAL)
    assert final.state is JobState.SUCCEEDED
    assert final.progress is not None and final.progress.done == final.progress.total > 0


def test_list_veryfront_by_project_id(sim: VeryfrontSimulator, jobs: Jobs) -> None:
    project = sim.project
    listed = list(jobs.list(VENDOR, project=project.id))
    assert len(listed) == len(sim.jobs)
    assert all(job.ref.project == project.id for job in listed)
    assert jobs.get(listed[0].ref).ref == listed[0].ref


def test_list_veryfront_unknown_project(jobs: Jobs) -> None:
    with pytest.raises(NotFound) as caught:
        list(jobs.list(VENDOR, project="no-such-project"))
    assert "no-such-project" in caught.value.message


def test_from_env_reads_the_veryfront_project_id(sims: Sims, sim: VeryfrontSimulator,
                                                 clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    clean_env.delenv("VERYFRONT_PROJECT_SLUG")
    clean_env.setenv("VERYFRONT_PROJECT_ID", sim.project.id)
    with Jobs.from_env() as jobs:
        assert {job.ref.project for job in jobs.list(VENDOR)} == {sim.project.id}


def test_an_injected_http_client_sends_the_token(sims: Sims, sim: VeryfrontSimulator) -> None:
    sent: list[httpx2.Request] = []
    client = httpx2.Client(event_hooks={"request": [sent.append]})
    with Jobs(config_for(sims), http_client=client) as jobs:
        jobs.get(sims.pick(VENDOR))
    request, = sent
    assert request.headers["authorization"] == f"Bearer {sim.token}"
    client.close()


# -- references: Veryfront's project reference and UUID job ids, with their literal rules ----------------------------

UUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
PROJECT = re.compile(r"[a-zA-Z0-9_-]{1,128}")


@pytest.mark.parametrize(
    ("text", "job_id", "project"),
    [
        (f"veryfront:demo-project/{UUID}", UUID, "demo-project"),
        (f"veryfront:{'p' * 128}/{UUID}", UUID, "p" * 128),  # the longest project reference
        (f"veryfront:a_B-9/{UUID}", UUID, "a_B-9"),
    ],
)
def test_veryfront_form(text: str, job_id: str, project: str) -> None:
    ref = parse_ref(text)
    assert (ref.vendor, ref.job_id, ref.project) == (VENDOR, job_id, project)
    assert str(ref) == text


@given(st.from_regex(PROJECT, fullmatch=True), st.uuids())
def test_upper_case_uuids_are_read_and_written_lower_case(project: str, value: uuid.UUID) -> None:
    prefix = f"veryfront:{project}/"
    ref = parse_ref(prefix + str(value).upper())
    assert ref.vendor == VENDOR
    assert ref.job_id == str(value)
    assert str(ref) == prefix + str(value)


INVALID: list[tuple[str, str, str]] = [
    # (reference, field, words of the rule)
    (f"veryfront:{UUID}", "reference", "must be veryfront:<project_reference>/<job_id>"),
    (f"veryfront:/{UUID}", "project_reference", "must be 1-128 characters"),
    (f"veryfront:{'p' * 129}/{UUID}", "project_reference", "must be 1-128 characters"),
    (f"veryfront:my project/{UUID}", "project_reference", "a-z A-Z 0-9 _ -"),
    (f"veryfront:demo.project/{UUID}", "project_reference", "a-z A-Z 0-9 _ -"),
    (f"veryfront:démo/{UUID}", "project_reference", "a-z A-Z 0-9 _ -"),
    ("veryfront:demo-project/", "job id", "must be a UUID"),
    ("veryfront:demo-project/42", "job id", "must be a UUID"),
    (f"veryfront:demo-project/{UUID}/cancel", "job id", "must be a UUID"),
]


@pytest.mark.parametrize(("text", "field", "rule"), INVALID, ids=[repr(text)[:40] for text, *_ in INVALID])
def test_invalid_veryfront_reference(text: str, field: str, rule: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        parse_ref(text)
    assert (caught.value.vendor, caught.value.field) == (VENDOR, field)
    assert rule in caught.value.rule and rule in str(caught.value) and VENDOR in str(caught.value)


@pytest.mark.parametrize(
    ("build", "field", "rule"),
    [(lambda: JobRef(VENDOR, UUID), "project_reference", "is required"),
     (lambda: JobRef(VENDOR, UUID, project=""), "project_reference", "1-128")],
    ids=["no-project", "empty-project"],
)
def test_invalid_veryfront_construction(build: Callable[[], object], field: str, rule: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        build()
    assert (caught.value.vendor, caught.value.field) == (VENDOR, field)
    assert rule in caught.value.rule and rule in str(caught.value)


def test_invalid_veryfront_references_send_nothing(sims: Sims, jobs: Jobs) -> None:
    for text, *_ in INVALID:
        for call in (jobs.get, jobs.cancel, lambda ref: jobs.wait(ref, timeout=1)):
            with pytest.raises(InvalidJobRef):
                call(text)
    for project in ("my project", "p" * 129, "a/b"):
        with pytest.raises(InvalidJobRef) as caught:
            next(iter(jobs.list(VENDOR, project=project)))
        assert caught.value.field == "project_reference"
    assert sims.total_requests() == 0


def test_listing_veryfront_without_any_project_sends_nothing(sims: Sims) -> None:
    config = config_for(sims)
    with Jobs(Config(veryfront_token=config.veryfront_token, veryfront_url=config.veryfront_url)) as jobs:
        with pytest.raises(InvalidJobRef) as caught:
            list(jobs.list(VENDOR))
    assert (caught.value.vendor, caught.value.field) == (VENDOR, "project_reference")
    assert "project=" in str(caught.value)
    assert sims.total_requests() == 0
