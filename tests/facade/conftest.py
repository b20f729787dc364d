"""Shared fixtures for the facade's tests: the three vendor simulators on loopback and a `Config` wired to them.

Every simulator runs on a `ManualClock`, so jobs move only when a test advances `sim.clock`. The credentials are
distinctive strings (`SECRETS`) so that a test can search any text for them. DigitalOcean's rate limits are lifted
unless a test starts its own simulator with limits.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import pytest
from anyjob import VENDORS, Config, Job, JobRef, Jobs, JobState, RetryPolicy, Vendor
from anyjob.testing import (
    DigitalOceanSimulator,
    DispersedSimulator,
    Fault,
    ManualClock,
    Phase,
    VendorSimulator,
    VeryfrontSimulator,
)
from anyjob.testing._jobs import SimJob

VERYFRONT_TOKEN = "vf_S3cr3tT0ken_veryfront_7f3a9c41"
DIGITALOCEAN_TOKEN = "dop_v1_S3cr3tT0ken_digitalocean_51be0d"
DISPERSED_SECRET_KEY = "sk_S3cr3tKey_dispersed_c0ffee77"
DISPERSED_PUBLIC_KEY = "pk_anyjob_facade_tests"
SECRETS: tuple[str, ...] = (VERYFRONT_TOKEN, DIGITALOCEAN_TOKEN, DISPERSED_SECRET_KEY)

#: Retries with tiny waits, so that tests that retry stay fast (the attempts are the default's).
FAST_RETRY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)
#: A job that is still waiting or working, i.e. one a cancel applies to.
ACTIVE = (Phase.QUEUED, Phase.RUNNING)
#: Waits between wait()'s polls: tests move the simulated clock from on_progress, so polls need not wait.
POLL_INTERVAL = 0.001


@attrs.frozen
class Routes:
    """The simulator's operationIds for anyjob's calls, and the path parameter that names a job."""

    get: str
    cancel: str
    list: str
    id_param: str


ROUTES: dict[Vendor, Routes] = {
    "veryfront": Routes("get_job", "cancel_job", "list_jobs", "job_id"),
    "dispersed": Routes("get_job", "cancel_job", "list_jobs", "uuid"),
    "digitalocean": Routes("get_indexing_job", "cancel_indexing_job", "list_indexing_jobs", "uuid"),
}


@attrs.frozen
class Sims:
    """One running simulator per vendor."""

    veryfront: VeryfrontSimulator
    dispersed: DispersedSimulator
    digitalocean: DigitalOceanSimulator

    def __getitem__(self, vendor: str) -> VendorSimulator:
        sim: VendorSimulator = getattr(self, vendor)
        return sim

    def all(self) -> tuple[VendorSimulator, ...]:
        return self.veryfront, self.dispersed, self.digitalocean

    def total_requests(self) -> int:
        """Requests that reached any of the three servers."""
        return sum(sim.count() for sim in self.all())

    def count(self, vendor: Vendor, operation: str, ref: JobRef | None = None) -> int:
        """Requests of `operation` ("get", "cancel" or "list") that reached `vendor`'s server, for one job if given."""
        routes = ROUTES[vendor]
        params = {routes.id_param: ref.job_id} if ref is not None else {}
        return self[vendor].count(getattr(routes, operation), **params)

    def sim_job(self, ref: JobRef) -> SimJob:
        job = self[ref.vendor].jobs.get(ref.job_id)
        assert job is not None, f"the simulator has no job {ref}"
        return job

    def phase(self, ref: JobRef) -> Phase:
        sim = self[ref.vendor]
        return self.sim_job(ref).phase(sim.clock.now())

    def cancel_requested(self, ref: JobRef) -> bool:
        """The server applied a cancel to the job (it is now cancelling or cancelled)."""
        return self.sim_job(ref).cancel_requested_at is not None

    def ref(self, vendor: Vendor, job_id: str) -> JobRef:
        project = self.veryfront.project.slug if vendor == "veryfront" else None
        return JobRef(vendor, job_id, project=project)

    def refs(self, vendor: Vendor, phases: Iterable[Phase] | None = None,
             exclude: Iterable[JobRef] = ()) -> list[JobRef]:
        """The refs of the vendor's jobs, oldest first, optionally only those now in `phases`."""
        sim, wanted, skip = self[vendor], set(phases) if phases is not None else None, set(exclude)
        found = [self.ref(vendor, job.id) for job in sim.jobs
                 if wanted is None or job.phase(sim.clock.now()) in wanted]
        return [ref for ref in found if ref not in skip]

    def pick(self, vendor: Vendor, phases: Iterable[Phase] = ACTIVE, exclude: Iterable[JobRef] = (),
             *, finishes: bool = False) -> JobRef:
        """A job of `vendor` in one of `phases` (by default one a cancel applies to) that no cancel touched; with
        `finishes`, one that ends on its own as the clock moves (not a Dispersed PERSISTENT service)."""
        phases = tuple(phases)
        for ref in self.refs(vendor, phases, exclude):
            if not self.cancel_requested(ref) and (not finishes or math.isfinite(self.sim_job(ref).runs_for)):
                return ref
        raise LookupError(f"no {vendor} job left in {sorted(phases)}")

    def advance(self, vendor: Vendor, seconds: float) -> None:
        """Move the vendor's simulated clock (every simulator here runs on a ManualClock)."""
        clock = self[vendor].clock
        assert isinstance(clock, ManualClock)
        clock.advance(seconds)

    def fault(self, ref: JobRef, operation: str, fault: Fault, times: int | None = 1) -> None:
        """Inject `fault` into the vendor's answers to `operation` ("get", "cancel") of this one job."""
        routes = ROUTES[ref.vendor]
        match: dict[str, Any] = {routes.id_param: ref.job_id}
        self[ref.vendor].faults.add(fault, route=getattr(routes, operation), times=times, **match)

    def clear(self) -> None:
        """Forget every fault rule and every logged request (the jobs stay as they are)."""
        for sim in self.all():
            sim.faults.clear()
            sim.reset_log()


#: Simulators being stopped in the background: stopping uvicorn takes a tick of its loop (~0.2 s), which tests need
#: not wait for (every simulator has its own ephemeral port). The session's end waits for them all.
_STOPPING: list[threading.Thread] = []


def _each(sims: Iterable[VendorSimulator], action: Callable[[VendorSimulator], Any], *, wait: bool = True) -> None:
    """Run `action` on every simulator at once; unless `wait`, leave the threads to `_STOPPING`."""
    threads = [threading.Thread(target=action, args=(sim,), daemon=True) for sim in sims]
    for thread in threads:
        thread.start()
    if not wait:
        _STOPPING.extend(threads)
        return
    for thread in threads:
        thread.join()


@pytest.fixture(scope="session", autouse=True)
def _simulators_stopped() -> Iterator[None]:
    yield
    for thread in _STOPPING:
        thread.join(10)


@contextmanager
def running_sims(*, jobs: int = 7, seed: int = 0, digitalocean_minute_limit: int | None = None,
                 digitalocean_hourly_limit: int | None = None,
                 digitalocean_clock: ManualClock | None = None) -> Iterator[Sims]:
    """The three simulators, each seeded with `jobs` jobs, running until the block ends."""
    sims = Sims(
        VeryfrontSimulator(token=VERYFRONT_TOKEN, api_key=None, jobs=jobs, seed=seed),
        DispersedSimulator(public_key=DISPERSED_PUBLIC_KEY, secret_key=DISPERSED_SECRET_KEY, jobs=jobs, seed=seed),
        DigitalOceanSimulator(token=DIGITALOCEAN_TOKEN, hourly_limit=digitalocean_hourly_limit,
                              minute_limit=digitalocean_minute_limit, jobs=jobs, seed=seed,
                              clock=digitalocean_clock),
    )
    _each(sims.all(), lambda sim: sim.start())
    try:
        yield sims
    finally:
        _each(sims.all(), lambda sim: sim.stop(), wait=False)


def config_for(sims: Sims) -> Config:
    """A Config with every vendor pointing at its simulator (Veryfront's default project is the seeded one)."""
    return Config(
        veryfront_token=sims.veryfront.credentials["VERYFRONT_API_TOKEN"],
        veryfront_url=sims.veryfront.base_url,
        veryfront_project=sims.veryfront.project.slug,
        dispersed_public_key=sims.dispersed.credentials["DISPERSED_PUBLIC_KEY"],
        dispersed_secret_key=sims.dispersed.credentials["DISPERSED_SECRET_KEY"],
        dispersed_url=sims.dispersed.base_url,
        digitalocean_token=sims.digitalocean.credentials["DIGITALOCEAN_ACCESS_TOKEN"],
        digitalocean_url=sims.digitalocean.base_url,
    )


def expected_state(sims: Sims, ref: JobRef) -> JobState:
    """What anyjob should call the job's state, from the simulator's own phase (Dispersed shows CANCELLING)."""
    phase = sims.phase(ref)
    if phase is Phase.CANCELLING:
        return JobState.CANCELLING
    return JobState(phase.value)


def secrets_in(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def assert_no_secrets(*things: object) -> None:
    """No credential in the str or repr of any of `things`, nor of the exceptions chained to an exception the way a
    traceback shows them (its cause, else its context unless suppressed by `raise ... from None`)."""
    for thing in things:
        seen: set[int] = set()
        current: object | None = thing
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            for text in (str(current), repr(current)):
                assert not secrets_in(text), f"a secret appears in {text!r}"
            if isinstance(current, BaseException):
                for arg in current.args:
                    assert not secrets_in(str(arg)), f"a secret appears in the args of {current!r}"
                current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
            else:
                current = None


def assert_consistent(job: Job, ref: JobRef) -> None:
    """What every Job must satisfy: its ref, a state from the vendor's table, aware datetimes."""
    assert job.ref == ref
    assert isinstance(job.state, JobState)
    for moment in (job.created_at, job.started_at, job.finished_at):
        assert moment is None or moment.utcoffset() is not None


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims() as started:
        yield started


@pytest.fixture
def config(sims: Sims) -> Config:
    return config_for(sims)


@pytest.fixture
def jobs(config: Config) -> Iterator[Jobs]:
    with Jobs(config, retry=FAST_RETRY) as client:
        yield client


@pytest.fixture(params=VENDORS)
def vendor(request: pytest.FixtureRequest) -> Vendor:
    chosen: Vendor = request.param
    return chosen
