"""Shared fixtures for the facade's tests: every registered vendor's simulator on loopback, and a `Config` wired to
them from the environment each simulator prints.

Nothing here names a vendor: the suites run for every vendor of the registry, from the facts each simulator states
(the vendor contract, `anyjob.testing.VendorSimulator`). Every simulator runs on a `ManualClock`, so jobs move only
when a test advances `sim.clock`; rate limits are lifted unless a test starts its own simulator with them.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import attrs
import pytest
from anyjob import VENDORS, Config, Job, JobRef, Jobs, JobState, RetryPolicy, Vendor, parse_ref
from anyjob.testing import Fault, JobRoutes, ManualClock, Phase, SimJob, VendorSimulator, simulator

#: Retries with tiny waits, so that tests that retry stay fast (the attempts are the default's).
FAST_RETRY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)
#: A job that is still waiting or working, i.e. one a cancel applies to.
ACTIVE = (Phase.QUEUED, Phase.RUNNING)
#: Waits between wait()'s polls: tests move the simulated clock from on_progress, so polls need not wait.
POLL_INTERVAL = 0.001
#: Options every simulator takes: budgets lifted (the clock stands still, so they would never refill).
NO_LIMITS: dict[str, Any] = {"minute_limit": None, "hourly_limit": None}
OPERATIONS = ("get", "cancel", "list")


@attrs.frozen
class Sims:
    """One running simulator per registered vendor, and what the shared suites ask of them."""

    by_vendor: Mapping[Vendor, VendorSimulator]

    def __getitem__(self, vendor: str) -> VendorSimulator:
        return self.by_vendor[vendor]

    def all(self) -> tuple[VendorSimulator, ...]:
        return tuple(self.by_vendor.values())

    @property
    def vendors(self) -> tuple[Vendor, ...]:
        return tuple(self.by_vendor)

    def total_requests(self) -> int:
        """Requests that reached any of the servers."""
        return sum(sim.count() for sim in self.all())

    def routes(self, ref: JobRef) -> JobRoutes:
        return self[ref.vendor].job_routes(ref.job_id)

    def route_names(self, vendor: Vendor, operation: str) -> set[str]:
        """Every operationId that serves `operation` ("get", "cancel" or "list") at `vendor`, over all its jobs."""
        sim = self[vendor]
        if operation == "list":
            return set(sim.list_routes)
        ids = [job.id for job in sim.jobs] + [sim.unknown_job_id()]
        return {getattr(sim.job_routes(job_id), operation) for job_id in ids}

    def count(self, vendor: Vendor, operation: str, ref: JobRef | None = None) -> int:
        """Requests of `operation` that reached `vendor`'s server, for one job if given (a list is counted per
        vendor: its pages name no job)."""
        sim = self[vendor]
        if ref is None or operation == "list":
            return sum(sim.count(route) for route in self.route_names(vendor, operation))
        routes = self.routes(ref)
        return sim.count(getattr(routes, operation), **routes.params)

    def statuses(self, vendor: Vendor, operation: str) -> list[int | None]:
        """The HTTP statuses of `operation`'s requests at `vendor`, in the order the server answered them."""
        names = self.route_names(vendor, operation)
        return [r.status for r in self[vendor].requests if r.route in names]

    def fault(self, ref: JobRef, operation: str, fault: Fault, times: int | None = 1) -> None:
        """Inject `fault` into the vendor's answers to `operation` ("get", "cancel", "list") of this job (a list:
        into the list that would show it)."""
        routes = self.routes(ref)
        params = {} if operation == "list" else routes.params
        self[ref.vendor].faults.add(fault, route=getattr(routes, operation), times=times, **params)

    def fault_every(self, vendor: Vendor, operation: str, fault: Fault, times: int | None = None) -> None:
        """Inject `fault` into every answer to `operation` at `vendor`, whichever job (the next `times` of each
        route that serves it)."""
        for route in sorted(self.route_names(vendor, operation)):
            self[vendor].faults.add(fault, route=route, times=times)

    def sim_job(self, ref: JobRef) -> SimJob:
        job = self[ref.vendor].jobs.get(ref.job_id)
        assert job is not None, f"the simulator has no job {ref}"
        return job

    def phase(self, ref: JobRef) -> Phase:
        return self.sim_job(ref).phase(self[ref.vendor].clock.now())

    def vendor_status(self, ref: JobRef) -> str:
        """The status string the simulator shows for the job now."""
        sim = self[ref.vendor]
        return sim.vendor_status(self.sim_job(ref), sim.clock.now())

    def expected_state(self, ref: JobRef) -> JobState:
        """What anyjob should call the job's state now, by the simulator's own account."""
        sim = self[ref.vendor]
        return sim.expected_state(self.sim_job(ref), sim.clock.now())

    def cancel_requested(self, ref: JobRef) -> bool:
        """The server applied a cancel to the job (it is now cancelling or cancelled)."""
        return self.sim_job(ref).cancel_requested_at is not None

    def cancel_takes(self, ref: JobRef) -> float:
        """How long the vendor takes to finish cancelling the job (0: a cancel answers with it cancelled)."""
        return self.sim_job(ref).cancel_takes

    def ref(self, vendor: Vendor, job_id: str) -> JobRef:
        return parse_ref(self[vendor].ref(job_id))

    def unknown_ref(self, vendor: Vendor) -> JobRef:
        return self.ref(vendor, self[vendor].unknown_job_id())

    def refs(self, vendor: Vendor, phases: Iterable[Phase] | None = None,
             exclude: Iterable[JobRef] = ()) -> list[JobRef]:
        """The refs of the vendor's jobs, oldest first, optionally only those now in `phases`."""
        sim, wanted, skip = self[vendor], set(phases) if phases is not None else None, set(exclude)
        found = [self.ref(vendor, job.id) for job in sim.jobs
                 if wanted is None or job.phase(sim.clock.now()) in wanted]
        return [ref for ref in found if ref not in skip]

    def pick(self, vendor: Vendor, phases: Iterable[Phase] = ACTIVE, exclude: Iterable[JobRef] = (),
             *, finishes: bool = False, slow_cancel: bool | None = None) -> JobRef:
        """A job of `vendor` in one of `phases` (by default one a cancel applies to) that no cancel touched; with
        `finishes`, one that ends on its own as the clock moves (not a service that runs until cancelled); with
        `slow_cancel`, one whose cancel does (True) or does not (False) pass through CANCELLING."""
        phases = tuple(phases)
        if not set(phases) & self[vendor].phases:
            pytest.skip(f"{vendor}'s jobs are never {' or '.join(sorted(phases))} (its simulator's `phases`)")
        for ref in self.refs(vendor, phases, exclude):
            job = self.sim_job(ref)
            if job.cancel_requested_at is not None or (finishes and not math.isfinite(job.runs_for)):
                continue
            if slow_cancel is not None and (job.cancel_takes > 0) is not slow_cancel:
                continue
            return ref
        raise LookupError(f"no {vendor} job left in {sorted(phases)}")

    def has(self, vendor: Vendor, phases: Iterable[Phase], **criteria: Any) -> bool:
        phases = tuple(phases)
        if not set(phases) & self[vendor].phases:
            return False
        try:
            self.pick(vendor, phases, **criteria)
        except LookupError:
            return False
        return True

    def advance(self, vendor: Vendor, seconds: float) -> None:
        """Move the vendor's simulated clock (every simulator here runs on a ManualClock)."""
        clock = self[vendor].clock
        assert isinstance(clock, ManualClock)
        clock.advance(seconds)

    def finish_cancel(self, ref: JobRef) -> None:
        """Move the vendor's clock past the time its cancel of `ref` takes."""
        self.advance(ref.vendor, self.cancel_takes(ref) + 1)

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(secret for sim in self.all() for secret in sim.secrets)

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
def running_sims(*, jobs: int = 7, seed: int = 0, vendors: Iterable[Vendor] | None = None,
                 options: Mapping[Vendor, Mapping[str, Any]] | None = None, **common: Any) -> Iterator[Sims]:
    """A simulator per registered vendor (or per vendor of `vendors`), each seeded with `jobs` jobs and running until
    the block ends. `common` options go to every simulator (default: no rate limits), `options[vendor]` to one."""
    chosen = tuple(vendors) if vendors is not None else VENDORS
    sims = Sims({vendor: simulator(vendor, jobs=jobs, seed=seed,
                                   **{**NO_LIMITS, **common, **(options or {}).get(vendor, {})})
                 for vendor in chosen})
    _each(sims.all(), lambda sim: sim.start())
    try:
        yield sims
    finally:
        _each(sims.all(), lambda sim: sim.stop(), wait=False)


def environment_of(sims: Sims) -> dict[str, str]:
    """Every environment variable anyjob reads to use these simulators, as `serve` prints them."""
    return {name: value for sim in sims.all() for name, value in sim.environment.items()}


def config_for(sims: Sims) -> Config:
    """A Config with every vendor pointing at its simulator, from the simulators' printed environment."""
    return Config.from_env(environment_of(sims))


def expected_state(sims: Sims, ref: JobRef) -> JobState:
    return sims.expected_state(ref)


def secrets_in(text: str, secrets: Iterable[str]) -> list[str]:
    return [secret for secret in secrets if secret in text]


def assert_no_secrets(secrets: Iterable[str], *things: object) -> None:
    """No credential in the str or repr of any of `things`, nor of the exceptions chained to an exception the way a
    traceback shows them (its cause, else its context unless suppressed by `raise ... from None`)."""
    secrets = tuple(secrets)
    assert secrets, "no secrets to look for: the check would pass vacuously"
    for thing in things:
        seen: set[int] = set()
        current: object | None = thing
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            for text in (str(current), repr(current)):
                assert not secrets_in(text, secrets), f"a secret appears in {text!r}"
            if isinstance(current, BaseException):
                for arg in current.args:
                    assert not secrets_in(str(arg), secrets), f"a secret appears in the args of {current!r}"
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
def sims(request: pytest.FixtureRequest) -> Iterator[Sims]:
    """Every vendor's simulator; for a test parametrized by `vendor`, that vendor's alone (the others would only cost
    time: such a test talks to one vendor)."""
    vendors = [request.getfixturevalue("vendor")] if "vendor" in request.fixturenames else None
    with running_sims(vendors=vendors) as started:
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
