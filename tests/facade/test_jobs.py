"""`Jobs` (sync) against every registered vendor's simulator: the Job it returns; get, cancel, wait, list and
cancel_many; configuration; retries, timeouts and rate budgets.

Nothing here names a vendor: every expectation comes from the vendor contract (what each simulator states about its
jobs, `anyjob.testing.VendorSimulator`) and from each plugin's declarations (settings, scope, status table, id rule).
A vendor's own behaviour is tested in tests/vendors/<vendor>/test_jobs.py.
"""

from __future__ import annotations

import collections
import datetime
import email.utils
import importlib
import logging
import math
import socket
import time
from collections.abc import Iterator

import attrs
import httpx2
import pytest
from anyjob import (
    VENDORS,
    CancelOutcome,
    Config,
    ConfigurationError,
    Conflict,
    InvalidJobRef,
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
    parse_ref,
)
from anyjob._errors import AnyjobError, ApiError, BadRequest, Forbidden
from anyjob._vendors import plugin_for, plugins
from anyjob._vendors._base import Setting
from anyjob.testing import BudgetState, Fault, ManualClock, Phase, simulator

from tests.conftest import CODEGEN
from tests.facade.conftest import (
    ACTIVE,
    FAST_RETRY,
    POLL_INTERVAL,
    Sims,
    assert_consistent,
    config_for,
    environment_of,
    running_sims,
)

# -- facts read from the plugins and simulators --------------------------------------------------------------------


def folds_case(vendor: Vendor, job_id: str) -> bool:
    """Whether the vendor's plugin reads `job_id` upper-cased as the same id (UUIDs), rather than as another id or
    none (ids that are case-sensitive)."""
    try:
        return plugin_for(vendor).job_id(job_id.upper()) == job_id
    except ValueError:
        return False


def shouted(ref: JobRef) -> str:
    """`ref`'s string form with the vendor upper-cased, and the job id too where the vendor folds its case."""
    text = str(ref)
    if folds_case(ref.vendor, ref.job_id):
        text = text.removesuffix(ref.job_id) + ref.job_id.upper()
    return ref.vendor.upper() + text.removeprefix(ref.vendor)


def list_pages(sims: Sims, vendor: Vendor, page_size: int) -> dict[str, int]:
    """The requests a whole listing `page_size` jobs a page makes to each of the vendor's list routes: every page of
    each kind of job (a kind with no jobs: its one empty page)."""
    sim = sims[vendor]
    jobs_per_route = collections.Counter(sim.job_routes(job.id).list for job in sim.jobs)
    return {route: max(1, math.ceil(jobs_per_route[route] / page_size)) for route in sim.list_routes}


def list_requests(sims: Sims, vendor: Vendor) -> dict[str, int]:
    """The requests that reached each of the vendor's list routes."""
    return {route: sims[vendor].count(route) for route in sims[vendor].list_routes}


def route_statuses(sims: Sims, vendor: Vendor, route: str) -> list[int | None]:
    return [r.status for r in sims[vendor].requests if r.route == route]


def env_names() -> list[str]:
    """Every environment variable a registered vendor reads a setting from."""
    return [name for plugin in plugins() for setting in plugin.settings for name in setting.env]


def key(vendor: Vendor, setting: Setting) -> str:
    """The setting's name in `Config` and as a keyword argument."""
    return f"{vendor}_{setting.name}"


def url_key(vendor: Vendor) -> str:
    url = plugin_for(vendor).setting("url")
    assert url is not None, f"{vendor} has no url setting: it cannot be pointed at its simulator"
    return key(vendor, url)


def required(vendor: Vendor) -> list[Setting]:
    settings = [s for s in plugin_for(vendor).settings if s.required]
    assert settings, f"{vendor} requires no setting: it can never be unavailable"
    return settings


def a_secret(vendor: Vendor) -> Setting:
    """A required secret setting of the vendor (a credential a server checks)."""
    return next(s for s in required(vendor) if s.secret)


def unconfigured(vendor: Vendor) -> dict[str, str | None]:
    """`Config.replace` arguments that take away the vendor's last required setting (the others alone do not make it
    available)."""
    return {key(vendor, required(vendor)[-1]): None}


def hints(vendor: Vendor) -> list[str]:
    """What the error for an unconfigured vendor must mention: each required setting's variable and keyword."""
    return [text for s in required(vendor) for text in (s.env[0], f"{key(vendor, s)}=")]


def describes_budget_in_headers(vendor: Vendor) -> bool:
    """Whether the vendor's answers carry its request budget (the simulator renders one in headers)."""
    budget = BudgetState(limit=2, remaining=0, resets_at=60.0, window=60.0)
    return bool(simulator(vendor, jobs=0).rate_limit_headers(budget, 0.0))


#: The vendors whose answers describe their request budget in headers.
RATE_HEADER_VENDORS = [vendor for vendor in VENDORS if describes_budget_in_headers(vendor)]


def retry_waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    """The waits anyjob announced before each retry (its "anyjob" log records)."""
    waits: list[float] = []
    for record in caplog.records:
        if record.name == "anyjob" and str(record.msg).startswith("retrying"):
            assert isinstance(record.args, tuple)
            waits.append(float(str(record.args[2])))
    return waits


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


# -- the Job -----------------------------------------------------------------------------------------------------------


def test_job_is_frozen_and_hashable(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    job = jobs.get(sims.pick(vendor))
    with pytest.raises(AttributeError, match="frozen"):
        job.state = JobState.CANCELLED  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        job.ref.job_id = "x"  # type: ignore[misc]
    assert job in {job}
    assert (job.vendor, job.id) == (vendor, job.ref.job_id)


def test_every_listed_job_is_normalised(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    table = plugin_for(vendor).states
    listed = list(jobs.list(vendor))
    assert len(listed) == len(sims[vendor].jobs)
    states_by_status: dict[str, set[JobState]] = collections.defaultdict(set)
    for job in listed:
        assert_consistent(job, job.ref)
        assert job.raw_status == sims.vendor_status(job.ref)
        assert job.state is sims.expected_state(job.ref)
        assert job.raw_status in table  # the plugin's status table knows every status the vendor shows
        states_by_status[job.raw_status].add(job.state)
        for moment in (job.created_at, job.started_at, job.finished_at):
            assert moment is None or moment.utcoffset() == datetime.timedelta(0)
        assert job.created_at is not None
        if job.state.is_terminal:
            assert job.finished_at is not None and job.finished_at >= job.created_at
        if job.state is JobState.QUEUED:
            assert job.started_at is None and job.finished_at is None
    for raw, states in states_by_status.items():
        if len(states) == 1:  # the status alone names the state: the table must say which
            assert {table[raw]} == states, raw
    # The seeded jobs show every main state the vendor's table can report.
    main = {JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED}
    assert {job.state for job in listed} >= main & set(table.values())


def test_failed_jobs_carry_an_error(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    failed = list(jobs.list(vendor, state=JobState.FAILED))
    assert failed
    for job in failed:
        assert job.error
        assert jobs.get(job.ref).error
    assert all(job.error is None for job in jobs.list(vendor, state=JobState.SUCCEEDED))


def test_list_and_get_agree(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    for listed in jobs.list(vendor):
        got = jobs.get(listed.ref)
        assert got == listed


def test_the_typed_vendor_model_is_there(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    """`Job.model` is a model of the vendor's own generated client (codegen.toml names its package), whose status
    field holds the raw status; the plugin names that package as the client the registry imports before its first
    call."""
    assert plugin_for(vendor).client == CODEGEN.clients[vendor].package
    models = importlib.import_module(f"{CODEGEN.clients[vendor].package}.models")

    def generated(model: object) -> bool:
        return getattr(models, type(model).__name__, None) is type(model)

    job = jobs.get(sims.pick(vendor))
    assert generated(job.model)
    status_fields = sorted(sims[vendor].status_fields)
    values = [getattr(job.model, name) for name in status_fields if hasattr(job.model, name)]
    assert any(getattr(value, "value", None) == job.raw_status for value in values), (status_fields, values)
    assert all(generated(item.model) for item in jobs.list(vendor))
    assert "model" not in repr(job)


def test_progress_fraction() -> None:
    assert Progress(1, 4).fraction == 0.25
    assert Progress(0, 0).fraction is None
    assert str(Progress(2, 5)) == "2/5"


# -- get and cancel ----------------------------------------------------------------------------------------------------


def test_get_every_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    for ref in sims.refs(vendor):
        job = jobs.get(ref)
        assert_consistent(job, ref)
        assert job.state is sims.expected_state(ref)
        assert job.raw_status == sims.vendor_status(ref)
        assert sims.count(vendor, "get", ref) == 1
    assert sims[vendor].count() == len(sims[vendor].jobs)


def test_get_accepts_the_string_form(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    text = str(ref)
    assert jobs.get(text).ref == ref
    upper = text.removesuffix(ref.job_id) + ref.job_id.upper()
    if folds_case(vendor, ref.job_id):
        assert jobs.get(upper).ref == ref
    else:  # a case-sensitive id: upper-cased, it names another job (or none)
        with pytest.raises((InvalidJobRef, NotFound)):
            jobs.get(upper)
    assert jobs.get(shouted(ref)).ref == ref


def test_get_an_unknown_job_is_not_found(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.unknown_ref(vendor)
    with pytest.raises(NotFound) as caught:
        jobs.get(ref)
    assert (caught.value.vendor, caught.value.status, caught.value.ref) == (vendor, 404, ref)
    assert sims.count(vendor, "get", ref) == 1  # not retried


def cancelled_phase(sims: Sims, ref: JobRef) -> Phase:
    """Where a cancel leaves an active job at once: CANCELLING for a vendor that takes time over it."""
    return Phase.CANCELLING if sims.cancel_takes(ref) > 0 else Phase.CANCELLED


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
def test_cancel(sims: Sims, jobs: Jobs, vendor: Vendor, phase: Phase) -> None:
    ref = sims.pick(vendor, [phase])
    job = jobs.cancel(ref, reason="stuck in the queue")
    assert_consistent(job, ref)
    assert sims.phase(ref) is cancelled_phase(sims, ref)
    assert job.state is sims.expected_state(ref)
    assert job.raw_status == sims.vendor_status(ref)
    assert sims.cancel_requested(ref)
    assert sims.count(vendor, "cancel", ref) == 1
    again = jobs.cancel(ref)  # idempotent: the vendors answer with the job as it is
    assert again.state is job.state
    sims.finish_cancel(ref)
    assert sims.phase(ref) is Phase.CANCELLED
    assert jobs.get(ref).state is sims.expected_state(ref)


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
        jobs.cancel(sims.unknown_ref(vendor), reason="gone")


# -- wait --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
def test_wait_returns_the_final_job_and_reports_every_poll(sims: Sims, jobs: Jobs, vendor: Vendor,
                                                           phase: Phase) -> None:
    ref = sims.pick(vendor, [phase], finishes=True)
    first = sims.expected_state(ref)
    seen: list[Job] = []

    def on_progress(job: Job) -> None:
        seen.append(job)
        sims.advance(vendor, 300)

    final = jobs.wait(ref, timeout=60, on_progress=on_progress, poll_interval=POLL_INTERVAL,
                      max_poll_interval=2 * POLL_INTERVAL)
    assert final.state.is_terminal and final.state is sims.expected_state(ref)
    assert final == seen[-1]
    assert len(seen) == sims.count(vendor, "get", ref) >= 2
    assert seen[0].state is first and not first.is_terminal
    assert all(not job.state.is_terminal for job in seen[:-1])


def test_wait_on_a_finished_job_polls_once(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.SUCCEEDED])
    final = jobs.wait(ref)
    assert final.state.is_terminal and final.state is sims.expected_state(ref)
    assert sims.count(vendor, "get", ref) == 1


def test_wait_times_out_with_the_last_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    jobs.get(ref)  # warm: the deadline below is for polls, not for loading the vendor's client or connecting
    sims[vendor].reset_log()
    seen: list[Job] = []
    with pytest.raises(WaitTimeout) as caught:
        jobs.wait(ref, timeout=0.3, on_progress=seen.append, poll_interval=0.05, max_poll_interval=0.1)
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.job.ref == ref and error.job.state is sims.expected_state(ref)
    assert not error.job.state.is_terminal
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
    assert caught.value.job.state is sims.expected_state(ref)
    assert sims.cancel_requested(ref)
    assert sims.count(vendor, "cancel", ref) == 1
    assert len(seen) <= sims.count(vendor, "get", ref) <= len(seen) + 1  # one get may be cut by the deadline
    assert "cancel requested" in str(caught.value)


# -- list --------------------------------------------------------------------------------------------------------------


def test_list_every_job(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    listed = list(jobs.list(vendor))
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    for job in listed:
        assert job.state is sims.expected_state(job.ref)
    assert list_requests(sims, vendor) == dict.fromkeys(sims[vendor].list_routes, 1)  # one page of each kind


@pytest.mark.parametrize("state", [JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED,
                                   JobState.CANCELLED, JobState.CANCELLING])
def test_list_one_state(sims: Sims, jobs: Jobs, vendor: Vendor, state: JobState) -> None:
    slow = sims.has(vendor, ACTIVE, slow_cancel=True)
    if state is JobState.CANCELLING:  # a job whose cancel takes time shows this state for a while
        jobs.cancel(sims.pick(vendor, slow_cancel=slow))
    wanted = {ref for ref in sims.refs(vendor) if sims.expected_state(ref) is state}
    listed = list(jobs.list(vendor, state=state))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)
    assert all(job.state is state for job in listed)
    if state is JobState.CANCELLING:
        assert bool(wanted) is slow
    elif state in plugin_for(vendor).states.values():  # the seeded jobs show every state the table reports
        assert wanted


def test_list_several_states(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    states = {JobState.QUEUED, JobState.RUNNING}
    wanted = {ref for ref in sims.refs(vendor) if sims.expected_state(ref) in states}
    listed = list(jobs.list(vendor, state=states))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted) > 0


@pytest.mark.parametrize("page_size", [1, 2, 3, 7, 50])
def test_list_pages(sims: Sims, jobs: Jobs, vendor: Vendor, page_size: int) -> None:
    listed = list(jobs.list(vendor, page_size=page_size))
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    assert list_requests(sims, vendor) == list_pages(sims, vendor, page_size)


def test_list_pages_with_a_state_filter(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    states = [JobState.QUEUED, JobState.RUNNING, JobState.FAILED, JobState.CANCELLED]
    wanted = {ref for ref in sims.refs(vendor) if sims.expected_state(ref) in states}
    listed = list(jobs.list(vendor, state=states, page_size=2))
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)
    # Every kind is walked, over as many pages as the matching jobs need at least (when the server filters) and
    # those of the whole list at most (when anyjob does).
    sent = list_requests(sims, vendor)
    assert all(sent.values())
    assert math.ceil(len(wanted) / 2) <= sum(sent.values()) <= sum(list_pages(sims, vendor, 2).values())


def test_list_is_lazy(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim = sims[vendor]
    pages = jobs.list(vendor, page_size=2)
    assert sims.count(vendor, "list") == 0
    seen: collections.Counter[str] = collections.Counter()  # jobs read so far, by the list route that gave them
    for job in pages:
        seen[sim.job_routes(job.ref.job_id).list] += 1
        opened = sum(math.ceil(n / 2) for n in seen.values())  # the pages these jobs came from
        empty = sum(1 for route in sim.list_routes if route not in seen)  # kinds with nothing yet may show nothing
        assert opened <= sims.count(vendor, "list") <= opened + empty
    assert sims.count(vendor, "list") >= 2


# -- cancel_many -------------------------------------------------------------------------------------------------------


@attrs.frozen
class Given:
    """One input of a cancel_many batch and what the vendor contract predicts for it."""

    ref: JobRef | str  # as given
    job: JobRef | None  # the job it names (None: not a valid reference)
    error: type[AnyjobError] | None  # the error predicted (None: cancelled)


def cancel_batch(sims: Sims) -> list[Given]:
    """A batch across every vendor: two active jobs each (once as a JobRef, again as a string, and in upper case),
    an ended job, an unknown one, a broken reference; and a reference to no vendor."""
    columns: list[list[Given]] = []
    for vendor in sims.vendors:
        first = sims.pick(vendor)
        second = sims.pick(vendor, exclude=[first])
        ended = sims.pick(vendor, [Phase.SUCCEEDED])
        missing = sims.unknown_ref(vendor)
        broken = f"{first}/cancel"
        with pytest.raises(InvalidJobRef):
            parse_ref(broken)
        columns.append([Given(first, first, None), Given(str(second), second, None), Given(ended, ended, Conflict),
                        Given(str(missing), missing, NotFound), Given(str(first), first, None),
                        Given(shouted(second), second, None), Given(broken, None, InvalidJobRef)])
    batch = [given for row in zip(*columns, strict=True) for given in row]  # the vendors interleaved
    batch.insert(1, Given("bogus:1", None, InvalidJobRef))
    return batch


def check_cancel_batch(sims: Sims, batch: list[Given], outcomes: list[CancelOutcome]) -> None:
    assert len(outcomes) == len(batch)
    jobs_of: dict[JobRef, list[Job]] = collections.defaultdict(list)
    for given, outcome in zip(batch, outcomes, strict=True):
        assert outcome.ref == (given.ref if given.job is None else given.job)
        if given.error is not None:
            assert not outcome.ok and type(outcome.error) is given.error, (given, outcome)
            assert outcome.sent is (given.job is not None)  # a cancel left only for a valid reference
            continue
        assert given.job is not None and outcome.ok and outcome.job is not None, (given, outcome)
        assert outcome.job.ref == given.job
        assert sims.phase(given.job) is cancelled_phase(sims, given.job)
        assert outcome.job.state is sims.expected_state(given.job)
        jobs_of[given.job].append(outcome.job)
    assert all(len(set(found)) == 1 for found in jobs_of.values())  # a job given twice has one outcome
    assert all(len(found) == 2 for found in jobs_of.values()) and len(jobs_of) == 2 * len(sims.vendors)
    distinct = {given.job for given in batch if given.job is not None}
    for ref in distinct:
        assert sims.count(ref.vendor, "cancel", ref) == 1  # duplicates are cancelled once
    assert sims.total_requests() == len(distinct)  # one cancel each, nothing else


def test_cancel_many_across_vendors(sims: Sims, jobs: Jobs) -> None:
    batch = cancel_batch(sims)
    outcomes = jobs.cancel_many([given.ref for given in batch], concurrency=4, reason="cleanup")
    check_cancel_batch(sims, batch, outcomes)


def test_cancel_many_of_nothing(sims: Sims, jobs: Jobs) -> None:
    assert jobs.cancel_many([]) == []
    assert sims.total_requests() == 0


@pytest.mark.parametrize("concurrency", [1, 2, 16])
def test_cancel_many_every_active_job(sims: Sims, jobs: Jobs, concurrency: int) -> None:
    refs = [ref for vendor in sims.vendors for ref in sims.refs(vendor, ACTIVE)]
    outcomes = jobs.cancel_many(refs, concurrency=concurrency)
    assert [o.ref for o in outcomes] == refs
    assert all(o.ok and o.job is not None and o.job.ref == o.ref for o in outcomes)
    assert all(sims.cancel_requested(ref) and sims.count(ref.vendor, "cancel", ref) == 1 for ref in refs)


# -- configuration -----------------------------------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in env_names():
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def set_env(env: pytest.MonkeyPatch, sims: Sims) -> None:
    """Every variable the simulators print, as `anyjob.testing serve` would have them exported."""
    for name, value in environment_of(sims).items():
        env.setenv(name, value)


def test_from_env(sims: Sims, clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    with Jobs.from_env(retry=FAST_RETRY) as jobs:
        assert Config.from_env() == config_for(sims)
        for vendor in sims.vendors:
            ref = sims.pick(vendor)
            assert jobs.get(ref).ref == ref
            assert len(list(jobs.list(vendor))) == len(sims[vendor].jobs)


def test_from_env_empty_values_count_as_unset(sims: Sims, clean_env: pytest.MonkeyPatch) -> None:
    for vendor in sims.vendors:
        set_env(clean_env, sims)
        for name in required(vendor)[-1].env:
            clean_env.setenv(name, "")
        with Jobs.from_env() as jobs:
            assert repr(jobs) == f"Jobs(vendors={[v for v in sims.vendors if v != vendor]!r})"
            with pytest.raises(VendorUnavailable):
                jobs.get(sims.pick(vendor))
        assert sims[vendor].count() == 0


def test_config_from_a_mapping_with_overrides(sims: Sims) -> None:
    for vendor in sims.vendors:
        secret = a_secret(vendor)
        environ = dict(sims[vendor].environment)
        real, environ[secret.env[0]] = environ[secret.env[0]], "wrong"
        config = Config.from_env(environ, **{key(vendor, secret): real})
        assert config.values[key(vendor, secret)] == real and config.vendors == [vendor]
        with Jobs(config) as jobs:
            assert jobs.get(sims.pick(vendor)).vendor == vendor


def test_explicit_keyword_arguments(sims: Sims) -> None:
    kwargs = config_for(sims).values
    with Jobs(**kwargs) as jobs:
        for vendor in sims.vendors:
            assert jobs.get(sims.pick(vendor)).vendor == vendor


def test_keyword_arguments_override_the_config(sims: Sims) -> None:
    for vendor in sims.vendors:
        secret = a_secret(vendor)
        real = config_for(sims).values[key(vendor, secret)]
        config = config_for(sims).replace(**{key(vendor, secret): "wrong"})
        with Jobs(config, retry=FAST_RETRY) as jobs:
            with pytest.raises(Unauthorized):
                jobs.get(sims.pick(vendor))
        with Jobs(config, **{key(vendor, secret): real}) as jobs:
            assert jobs.get(sims.pick(vendor)).vendor == vendor


def test_an_unconfigured_vendor_is_unavailable(vendor: Vendor) -> None:
    with running_sims() as sims:  # every vendor: the others must still work
        config = config_for(sims).replace(**unconfigured(vendor))
        assert config.vendors == [v for v in sims.vendors if v != vendor]
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
                assert all(hint in message for hint in hints(vendor)), (message, hints(vendor))
            outcome, = jobs.cancel_many([ref])
            assert isinstance(outcome.error, VendorUnavailable)
            for other in config.vendors:
                assert jobs.get(sims.pick(other)).vendor == other
        assert sims[vendor].count() == 0


def test_nothing_configured(sims: Sims) -> None:
    with Jobs() as jobs:
        assert repr(jobs) == "Jobs(vendors=[])"
        for vendor in sims.vendors:
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


@pytest.mark.parametrize("url", ["http://example.invalid", "http://example.invalid:8080/v2", "http://10.0.0.1",
                                 "http://0.0.0.0:1", "ftp://127.0.0.1"])
def test_credentials_over_plain_http_to_another_host_are_refused(sims: Sims, vendor: Vendor, url: str) -> None:
    transport = CountingTransport()
    config = config_for(sims).replace(**{url_key(vendor): url})
    with Jobs(config, transport=transport) as jobs:
        with pytest.raises(ConfigurationError) as caught:
            jobs.get(sims.pick(vendor))
        assert not isinstance(caught.value, VendorUnavailable)
        assert vendor in str(caught.value)
        assert ("plain http" in str(caught.value)) is url.startswith("http:")
    assert transport.requests == []
    assert sims.total_requests() == 0


def test_loopback_names_are_allowed_over_plain_http(sims: Sims) -> None:
    for vendor in sims.vendors:
        url = sims[vendor].api_url.replace("127.0.0.1", "localhost")
        with Jobs(config_for(sims).replace(**{url_key(vendor): url + "/"})) as jobs:
            assert jobs.get(sims.pick(vendor)).vendor == vendor


def test_an_injected_http_client_is_used(sims: Sims) -> None:
    sent: list[httpx2.Request] = []
    client = httpx2.Client(event_hooks={"request": [sent.append]})
    with Jobs(config_for(sims), http_client=client) as jobs:
        for vendor in sims.vendors:
            jobs.get(sims.pick(vendor))
    assert len(sent) == len(sims.vendors) == sims.total_requests()
    # Each vendor's authentication rides on the injected client: every simulator checked it and answered 200.
    assert [r.status for sim in sims.all() for r in sim.requests] == [200] * len(sims.vendors)
    assert not client.is_closed  # Jobs closes only the client it made
    client.close()


def test_an_injected_transport_is_used(sims: Sims, vendor: Vendor) -> None:
    transport = CountingTransport()
    with Jobs(config_for(sims), transport=transport) as jobs:
        jobs.get(sims.pick(vendor))
        list(jobs.list(vendor, page_size=3))
    assert len(transport.requests) == 1 + sum(list_pages(sims, vendor, 3).values()) == sims[vendor].count()


# -- retries -----------------------------------------------------------------------------------------------------------

RETRYABLE: dict[int, type[ApiError]] = {408: ServerError, 429: RateLimited, 500: ServerError, 502: ServerError,
                                        503: ServerError, 504: ServerError}
NOT_RETRYABLE: dict[int, type[ApiError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound,
                                            409: Conflict, 422: BadRequest}


@pytest.mark.parametrize("status", RETRYABLE)
def test_retryable_statuses_are_retried(sims: Sims, jobs: Jobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.http_status(status), times=2)
    assert jobs.get(ref).ref == ref
    assert sims.statuses(vendor, "get") == [status, status, 200]

    sims[vendor].reset_log()
    sims.fault(ref, "get", Fault.http_status(status), times=None)
    with pytest.raises(RETRYABLE[status]) as caught:
        jobs.get(ref)
    assert caught.value.status == status
    assert sims.statuses(vendor, "get") == [status] * FAST_RETRY.attempts


@pytest.mark.parametrize("status", NOT_RETRYABLE)
def test_other_statuses_are_not_retried(sims: Sims, jobs: Jobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    for operation in ("get", "cancel"):
        sims.fault(ref, operation, Fault.http_status(status), times=1)
        call = jobs.get if operation == "get" else jobs.cancel
        with pytest.raises(NOT_RETRYABLE[status]):
            call(ref)
        assert sims.count(vendor, operation, ref) == 1
    assert not sims.cancel_requested(ref)


def test_list_pages_are_retried(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sims.fault_every(vendor, "list", Fault.http_status(503), times=1)
    assert len(list(jobs.list(vendor, page_size=4))) == len(sims[vendor].jobs)
    for route, pages in list_pages(sims, vendor, 4).items():
        assert route_statuses(sims, vendor, route) == [503] + [200] * pages


@pytest.mark.parametrize("attempts", [1, 2, 5])
def test_attempts_bound_the_requests(sims: Sims, config: Config, vendor: Vendor, attempts: int) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "cancel", Fault.http_status(502), times=None)
    with Jobs(config, retry=FAST_RETRY.replace(attempts=attempts)) as jobs, pytest.raises(ServerError):
        jobs.cancel(ref)
    assert sims.count(vendor, "cancel", ref) == attempts
    assert not sims.cancel_requested(ref)


def test_a_dropped_connection_is_retried(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.drop_connection(), times=1)
    assert jobs.get(ref).ref == ref
    assert sims.statuses(vendor, "get") == [None, 200]
    sims.fault(ref, "get", Fault.drop_connection(), times=None)
    with pytest.raises(TransportError) as caught:
        jobs.get(ref)
    assert caught.value.vendor == vendor
    assert sims.count(vendor, "get", ref) == 2 + FAST_RETRY.attempts


def test_a_refused_connection_is_retried(sims: Sims, vendor: Vendor) -> None:
    transport = CountingTransport()
    config = config_for(sims).replace(**{url_key(vendor): f"http://127.0.0.1:{free_port()}"})
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
    sims.fault(ref, "cancel", Fault.http_status(429, retry_after=1), times=1)
    assert jobs.cancel(ref).ref == ref
    assert sims.statuses(vendor, "cancel") == [429, 200]
    assert retry_waits(caplog) == [1.0]  # the vendor's ask, not FAST_RETRY's tiny backoff


def test_retry_after_as_an_http_date_is_honoured(sims: Sims, jobs: Jobs, vendor: Vendor,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    ref = sims.pick(vendor)
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: 1 to 2 s from now
    sims.fault(ref, "get", Fault.http_status(503, retry_after=when), times=1)
    assert jobs.get(ref).ref == ref
    assert sims.statuses(vendor, "get") == [503, 200]
    wait, = retry_waits(caplog)
    assert 0.5 < wait <= 2.0


@pytest.mark.parametrize(("status", "error"), [(429, RateLimited), (503, ServerError)])
def test_a_retry_after_beyond_the_limit_stops_at_once(sims: Sims, jobs: Jobs, vendor: Vendor, status: int,
                                                      error: type[RateLimited] | type[ServerError]) -> None:
    """A 503 asking for more than `max_retry_after`, or a 429 asking for more than the deadline leaves: raised at once,
    not slept through."""
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.http_status(status, retry_after=120), times=None)
    started = time.monotonic()
    with pytest.raises(error) as caught:
        jobs.get(ref, timeout=30)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, RateLimited | ServerError) and caught.value.retry_after == 120.0
    assert sims.count(vendor, "get", ref) == 1


def test_a_retry_after_within_the_deadline_is_waited_for(sims: Sims, config: Config, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.http_status(429, retry_after=1), times=1)
    with Jobs(config, retry=FAST_RETRY.replace(attempts=1, budget=0.0)) as jobs:
        assert jobs.get(ref, timeout=5).ref == ref  # rate limits use no attempts and no failure budget
    assert sims.statuses(vendor, "get") == [429, 200]


# -- rate budgets the vendor describes in headers ------------------------------------------------------------------


@pytest.fixture(params=RATE_HEADER_VENDORS)
def limited(request: pytest.FixtureRequest) -> Iterator[Sims]:
    """A vendor whose answers describe its request budget, allowing 2 requests a minute, on a simulated clock that
    starts at the real time (a reset may be written as a time on that clock)."""
    with running_sims(vendors=[request.param], minute_limit=2, clock=ManualClock(time.time())) as started:
        yield started


def test_a_spent_budget_is_not_spent_again(limited: Sims) -> None:
    vendor, = limited.vendors
    sim = limited[vendor]
    ref = limited.pick(vendor)
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs:
        jobs.get(ref)
        jobs.get(ref)
        # The headers say none remain, with the reset a minute away: the limiter holds the request rather than have
        # the vendor refuse it, and a deadline shorter than the wait ends the call at once.
        started = time.monotonic()
        with pytest.raises(RequestTimeout) as caught:
            jobs.get(ref, timeout=5)
        assert time.monotonic() - started < 1
        assert "rate budget" in str(caught.value)
    assert limited.statuses(vendor, "get") == [200, 200]
    with Jobs(config_for(limited), retry=FAST_RETRY) as fresh:  # a client that has not learnt the budget
        with pytest.raises(RateLimited) as refused:
            fresh.get(ref, timeout=5)
        assert refused.value.status == 429 and refused.value.code == sim.error_code(429)
        assert refused.value.retry_after is not None
        assert sim.minute_window - 10 < refused.value.retry_after <= sim.minute_window + 1
    assert limited.statuses(vendor, "get") == [200, 200, 429]


def test_a_reset_without_retry_after_is_the_wait(limited: Sims) -> None:
    vendor, = limited.vendors
    sim = limited[vendor]
    ref = limited.pick(vendor)
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs:
        jobs.get(ref)
    # A 429 without Retry-After once the budget is spent: the wait comes from the headers' reset, ~a minute away.
    limited.fault(ref, "get", Fault.http_status(429), times=1)
    with Jobs(config_for(limited), retry=FAST_RETRY) as jobs, pytest.raises(RateLimited) as caught:
        jobs.get(ref, timeout=5)
    assert caught.value.retry_after is not None
    assert sim.minute_window - 10 < caught.value.retry_after <= sim.minute_window + 1
    assert limited.statuses(vendor, "get") == [200, 429]


@pytest.mark.parametrize("vendor", RATE_HEADER_VENDORS)
def test_a_reset_is_waited_for(vendor: Vendor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    clock = ManualClock(time.time() - 58)
    with running_sims(vendors=[vendor], minute_limit=2, clock=clock) as sims:
        ref = sims.pick(vendor)
        with Jobs(config_for(sims), retry=FAST_RETRY) as jobs:
            jobs.get(ref)
            # The simulated clock catches up with the real one: the window's one request is 58 s old, so the budget
            # resets ~2 s from now, whether the headers write the reset as a time or as a wait.
            clock.advance(58)
            sims.fault(ref, "get", Fault.http_status(429), times=1)
            assert jobs.get(ref).ref == ref  # 429 with none remaining, then the retry after the reset
        assert sims.statuses(vendor, "get") == [200, 429, 200]
    wait, = retry_waits(caplog)
    assert 0.5 < wait <= 3.0


# -- timeouts ----------------------------------------------------------------------------------------------------------


def test_a_call_timeout_overrides_the_default(sims: Sims, config: Config, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    once = FAST_RETRY.replace(attempts=1)
    with Jobs(config, retry=once, timeout=30) as jobs:
        sims.fault(ref, "get", Fault.latency(0.5))
        with pytest.raises(RequestTimeout) as caught:
            jobs.get(ref, timeout=0.1)
        assert isinstance(caught.value, TransportError) and caught.value.vendor == vendor
        sims.fault(ref, "get", Fault.latency(0.3))
        assert jobs.get(ref).ref == ref  # the default (30 s) is generous
    with Jobs(config, retry=once, timeout=0.1) as jobs:
        sims.fault(ref, "get", Fault.latency(0.3))
        with pytest.raises(RequestTimeout):
            jobs.get(ref)
        sims.fault(ref, "get", Fault.latency(0.3))
        assert jobs.get(ref, timeout=5).ref == ref
        sims.fault(ref, "cancel", Fault.latency(0.3))
        assert jobs.cancel(ref, timeout=5).ref == ref
    assert sims.cancel_requested(ref)


def test_a_timed_out_request_is_retried(sims: Sims, config: Config, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.latency(0.4))
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
