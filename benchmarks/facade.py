"""What anyjob costs over raw httpx and over DigitalOcean's own SDKs (run by `nox -s bench`).

One DigitalOcean simulator runs in its own process (rate limits lifted, enough seeded jobs that every cancel cancels
a different pending or running job); this process is the client. It prints figures and ratios, never asserts:

1. per call, sequentially: `Jobs.get` / `Jobs.cancel` against raw `httpx2.Client` sending the same request and calling
   `response.json()`; median and p90 latency, client CPU per call, ratio of medians (target <= 1.2x);
2. `import anyjob` against `import httpx`, each in fresh interpreters (target <= 1.3x);
3. throughput of `AsyncJobs.cancel_many` against raw `httpx2.AsyncClient` with a Semaphore at the same concurrency
   (target >= 0.9x), and the threaded `Jobs.cancel_many` for information;
4. the vendor SDKs `gradient` and `pydo`, where installed: the calls of section 1 and their import time.

Clients are measured in interleaved blocks (the order rotates every round) so that drift on the machine spreads over
all of them. Latencies include the simulator's own time, so "overhead" (median minus raw's median) and "CPU/call"
(this process's CPU time per call) show the client's share. `python -m benchmarks.facade --profile` instead
profiles anyjob's get and raw httpx's with cProfile and prints where anyjob's extra time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import importlib.util
import multiprocessing
import os
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

import httpx2

SEEDED_JOBS = 50_000  # 2 in 5 are pending or running: 20,000 jobs to cancel, each once
SEQUENTIAL = 2_000  # measured calls per client and operation (section 1 and 4)
ROUNDS = 10  # ... in this many interleaved blocks
WARM_UP = 100  # calls per client and operation before measuring
GET_POOL = 100  # jobs that every client gets, in the same order: 40 pending/running, 60 finished
MANY = 2_000  # jobs per cancel_many run (section 3)
CONCURRENCY = 32
IMPORT_RUNS = 15
IMPORTTIME_RUNS = 5  # `python -X importtime` runs per module, for the breakdown of anyjob's extra imports
PROFILE_CALLS = 3_000

PER_CALL_TARGET = 1.2  # anyjob / raw, median latency: at most
IMPORT_TARGET = 1.3  # import anyjob / import httpx: at most
THROUGHPUT_TARGET = 0.9  # anyjob / raw, jobs per second: at least

# The pool anyjob's clients use; the raw clients get the same so that only the code in between differs.
LIMITS = httpx2.Limits(max_connections=200, max_keepalive_connections=200)
JOBS_PATH = "/v2/gen-ai/indexing_jobs/"


# -- the simulator, in its own process -------------------------------------------------------------------------------


def _serve(jobs: int, conn: Connection) -> None:
    """Serve a DigitalOcean simulator until told "stop"; answer "report" with what reached it."""
    from anyjob.testing import DigitalOceanSimulator

    with DigitalOceanSimulator(jobs=jobs, hourly_limit=None, minute_limit=None) as sim:
        now = sim.clock.now()  # a manual clock: no job moves on its own during the run
        open_ids = [job.id for job in sim.jobs if not job.phase(now).is_terminal]
        done_ids = [job.id for job in sim.jobs if job.phase(now).is_terminal]
        gc.freeze()  # the seeded jobs live to the end: spare the server ~70 ms full collections scanning them
        conn.send({"base_url": sim.base_url, "token": sim.credentials["DIGITALOCEAN_ACCESS_TOKEN"],
                   "open": open_ids, "done": done_ids})
        while conn.recv() != "stop":
            requests = sim.requests
            cancelled = [r.params.get("uuid") for r in requests if r.route == "cancel_indexing_job"]
            conn.send({"statuses": Counter((r.route, r.status) for r in requests),
                       "cancels": len(cancelled), "distinct": len(set(cancelled))})


class Simulator:
    """The simulator process, and the pending or running jobs not yet handed out for a cancel."""

    def __init__(self, jobs: int = SEEDED_JOBS) -> None:
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("spawn").Process(target=_serve, args=(jobs, child), daemon=True)
        self._process.start()
        child.close()  # the child has its own copy: if it dies before answering, recv() raises EOFError
        info: dict[str, Any] = self._conn.recv()
        self.base_url: str = info["base_url"]
        self.token: str = info["token"]
        self.done_ids: list[str] = info["done"]
        self._open: list[str] = info["open"]
        self._next = 0
        self._seeded = jobs
        try:
            self.reserved = self.take(GET_POOL * 2 // 5)  # pending or running jobs that are only ever read
        except RuntimeError:
            self.__exit__()
            raise

    def take(self, count: int) -> list[str]:
        """`count` pending or running jobs that nothing has cancelled (nor will: each is handed out once)."""
        if self._next + count > len(self._open):
            raise RuntimeError(f"out of jobs to cancel: seed more than {self._seeded} (SEEDED_JOBS)")
        taken = self._open[self._next:self._next + count]
        self._next += count
        return taken

    @property
    def jobs_url(self) -> str:
        return self.base_url + JOBS_PATH

    def report(self) -> dict[str, Any]:
        self._conn.send("report")
        report: dict[str, Any] = self._conn.recv()
        return report

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        try:
            self._conn.send("stop")
        except OSError:  # it has already gone
            pass
        self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)


def _get_pool(sim: Simulator) -> list[str]:
    """The jobs every client gets, in the same order: some pending or running, most finished, shuffled."""
    pool = sim.reserved + random.Random(0).sample(sim.done_ids, GET_POOL - len(sim.reserved))
    random.Random(1).shuffle(pool)
    return pool


# -- the clients of sections 1 and 4 ---------------------------------------------------------------------------------


@dataclass
class Contender:
    name: str
    get: Callable[[str], object]
    cancel: Callable[[str], object]
    close: Callable[[], None]
    note: str = ""
    failure: str | None = None  # why it stopped mid-run
    samples: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # nanoseconds per call
    cpu: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # seconds of this process's CPU


def _raw(sim: Simulator) -> Contender:
    """httpx2.Client sending what anyjob sends (URL, Authorization, JSON body and its Content-Type), then .json()."""
    http = httpx2.Client(limits=LIMITS)
    prefix = sim.jobs_url
    auth = {"Authorization": f"Bearer {sim.token}"}
    put = {**auth, "Content-Type": "application/json"}
    return Contender(
        "httpx (raw)",
        lambda j: http.request("GET", prefix + j, headers=auth).json(),
        lambda j: http.request("PUT", prefix + j + "/cancel", headers=put, json={"uuid": j}).json(),
        http.close,
    )


def _anyjob(sim: Simulator) -> Contender:
    from anyjob import Config, Jobs

    jobs = Jobs(Config(digitalocean_token=sim.token, digitalocean_url=sim.base_url))
    return Contender("anyjob", lambda j: jobs.get("digitalocean:" + j), lambda j: jobs.cancel("digitalocean:" + j),
                     jobs.close)


def _gradient(sim: Simulator) -> Contender | str:
    try:
        from gradient import Gradient
    except ImportError as exc:
        return f"not installed ({exc})"
    client = Gradient(access_token=sim.token, base_url=sim.base_url)
    indexing_jobs = client.knowledge_bases.indexing_jobs
    return Contender("gradient", indexing_jobs.retrieve, lambda j: indexing_jobs.update_cancel(j, body_uuid=j),
                     client.close, note="Stainless: its own httpx2.Client, pydantic models")


def _pydo(sim: Simulator) -> Contender | str:
    try:
        import pydo
    except ImportError as exc:
        return f"not installed ({exc})"
    client = pydo.Client(token=sim.token, endpoint=sim.base_url)
    genai = client.genai
    # azure-core refuses a bearer token over plain http unless each call opts out.
    return Contender(
        "pydo",
        lambda j: genai.get_indexing_job(j, enforce_https=False),
        lambda j: genai.cancel_indexing_job(j, {"uuid": j}, enforce_https=False),
        client.close,
        note="azure-core pipeline over requests; enforce_https=False per call (azure-core refuses bearer tokens over "
        "plain http)",
    )


def _ready(sim: Simulator, make: Callable[[Simulator], Contender | str]) -> Contender | str:
    """The client, once it has read a job from the simulator; or why not."""
    try:
        contender = make(sim)
    except Exception as exc:  # noqa: BLE001 - an SDK that cannot be built is reported, not fatal
        return f"cannot be created: {_short(exc)}"
    if isinstance(contender, str):
        return contender
    try:
        contender.get(sim.done_ids[0])
    except Exception as exc:  # noqa: BLE001
        contender.close()
        return f"cannot reach the simulator: {_short(exc)}"
    return contender


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text if len(text) <= 150 else text[:147] + "..."


def _timed(call: Callable[[str], object], job_ids: list[str]) -> tuple[list[int], float]:
    """Nanoseconds per call, and the CPU seconds this process spent on all of them."""
    samples: list[int] = []
    clock = time.perf_counter_ns
    cpu = time.process_time()
    for job_id in job_ids:
        start = clock()
        call(job_id)
        samples.append(clock() - start)
    return samples, time.process_time() - cpu


def _block(contender: Contender, operation: str, job_ids: list[str], record: bool) -> None:
    if contender.failure is not None:
        return
    try:
        samples, cpu = _timed(contender.get if operation == "get" else contender.cancel, job_ids)
    except Exception as exc:  # noqa: BLE001 - a client that fails mid-run is reported as such
        contender.failure = f"{operation} failed: {_short(exc)}"
        return
    if record:
        contender.samples[operation] += samples
        contender.cpu[operation] += cpu


def per_call(sim: Simulator, contenders: list[Contender]) -> None:
    """Sequential gets and cancels, in interleaved blocks; cancels always cancel a pending or running job."""
    pool = _get_pool(sim)
    for contender in contenders:
        _block(contender, "get", [pool[i % len(pool)] for i in range(WARM_UP)], record=False)
        _block(contender, "cancel", sim.take(WARM_UP), record=False)
    size = SEQUENTIAL // ROUNDS
    for operation in ("get", "cancel"):
        for r in range(ROUNDS):
            for contender in contenders[r % len(contenders):] + contenders[:r % len(contenders)]:
                if operation == "get":
                    job_ids = [pool[(r * size + i) % len(pool)] for i in range(size)]
                else:
                    job_ids = sim.take(size)
                _block(contender, operation, job_ids, record=True)


# -- section 3: cancel_many ------------------------------------------------------------------------------------------


@dataclass
class Throughput:
    name: str
    jobs: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    cancelled: int = 0  # answers that say the job is cancelled
    rates: list[float] = field(default_factory=list)

    def add(self, jobs: int, seconds: float, cpu: float, cancelled: int) -> None:
        self.jobs += jobs
        self.seconds += seconds
        self.cpu += cpu
        self.cancelled += cancelled
        self.rates.append(jobs / seconds)

    @property
    def rate(self) -> float:
        return self.jobs / self.seconds


async def _clocked(work: Awaitable[int]) -> tuple[int, float, float]:
    """What `work` returns (jobs it saw cancelled), and the seconds and CPU seconds it took."""
    cpu, start = time.process_time(), time.perf_counter()
    cancelled = await work
    return cancelled, time.perf_counter() - start, time.process_time() - cpu


async def _async_many(sim: Simulator) -> tuple[Throughput, Throughput]:
    """Alternating runs. Each run has a new client, made before the clock starts, so that every run begins with an
    empty connection pool: httpcore's pool does more work per request for every connection it holds."""
    from anyjob import AsyncJobs, Config, JobState

    config = Config(digitalocean_token=sim.token, digitalocean_url=sim.base_url)
    prefix = sim.jobs_url
    put = {"Authorization": f"Bearer {sim.token}", "Content-Type": "application/json"}

    async def raw_many(job_ids: list[str]) -> tuple[int, float, float]:
        """What cancel_many does, by hand: a task per job, a Semaphore of CONCURRENCY."""
        gate = asyncio.Semaphore(CONCURRENCY)
        async with httpx2.AsyncClient(limits=LIMITS) as http:

            async def one(job_id: str) -> bool:
                async with gate:
                    response = await http.request("PUT", prefix + job_id + "/cancel", headers=put,
                                                  json={"uuid": job_id})
                    return bool(response.json()["job"]["phase"] == "BATCH_JOB_PHASE_CANCELLED")

            async def every() -> int:
                return sum(await asyncio.gather(*(one(j) for j in job_ids)))

            return await _clocked(every())

    async def facade_many(job_ids: list[str]) -> tuple[int, float, float]:
        refs = ["digitalocean:" + j for j in job_ids]
        async with AsyncJobs(config) as jobs:

            async def every() -> int:
                outcomes = await jobs.cancel_many(refs, concurrency=CONCURRENCY)
                return sum(1 for o in outcomes if o.job is not None and o.job.state is JobState.CANCELLED)

            return await _clocked(every())

    raw, facade = Throughput("httpx2.AsyncClient (raw)"), Throughput("AsyncJobs.cancel_many")
    await raw_many(sim.take(CONCURRENCY * 4))  # warm-up: imports, caches
    await facade_many(sim.take(CONCURRENCY * 4))
    for result, many in ((raw, raw_many), (facade, facade_many), (facade, facade_many), (raw, raw_many)):
        cancelled, seconds, cpu = await many(sim.take(MANY))
        result.add(MANY, seconds, cpu, cancelled)
    return raw, facade


def _sync_many(sim: Simulator) -> Throughput:
    """A warm-up run, then a measured one; each on a new `Jobs`, made before the clock starts."""
    from anyjob import Config, Jobs, JobState

    config = Config(digitalocean_token=sim.token, digitalocean_url=sim.base_url)
    result = Throughput(f"Jobs.cancel_many ({CONCURRENCY} threads)")
    for count, record in ((CONCURRENCY * 4, False), (MANY, True)):
        refs = ["digitalocean:" + j for j in sim.take(count)]
        with Jobs(config) as jobs:
            cpu, start = time.process_time(), time.perf_counter()
            outcomes = jobs.cancel_many(refs, concurrency=CONCURRENCY)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        if record:
            result.add(count, seconds, cpu,
                       sum(1 for o in outcomes if o.job is not None and o.job.state is JobState.CANCELLED))
    return result


# -- sections 2 and 4: import time -----------------------------------------------------------------------------------

IMPORTS = {  # label: module
    "httpx": "httpx",
    "anyjob": "anyjob",
    "anyjob + DO adapter": "anyjob._vendors.digitalocean",  # what the first DigitalOcean call imports as well
    "gradient": "gradient",
    "pydo": "pydo",
}
_TIMER = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


def import_times() -> tuple[dict[str, list[float] | str], dict[str, float]]:
    """Seconds per fresh-interpreter import (or why it cannot be imported), and anyjob's extra imports by package.

    Every interpreter reads bytecode from one private cache (PYTHONPYCACHEPREFIX) that an unmeasured first import
    fills, as `pip install` would have; else an editable anyjob (or PYTHONDONTWRITEBYTECODE) would be compiled from
    source on every run while httpx is not.
    """
    results: dict[str, list[float] | str] = {}
    with tempfile.TemporaryDirectory() as cwd:  # also the working directory: nothing is imported from the repository
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(cwd, "pycache")
        for label, module in IMPORTS.items():
            if importlib.util.find_spec(module.partition(".")[0]) is None:
                results[label] = "not installed"
                continue
            done = _python(["-c", _TIMER.format(module)], cwd, env)
            results[label] = [] if done.returncode == 0 else f"import fails: {_last_line(done.stderr)}"
        for _ in range(IMPORT_RUNS):
            for label, module in IMPORTS.items():
                times = results[label]
                if isinstance(times, list):
                    times.append(float(_python(["-c", _TIMER.format(module)], cwd, env).stdout))
        by_package = [_extra_imports(cwd, env) for _ in range(IMPORTTIME_RUNS)]
    packages = {p for run in by_package for p in run}
    extra = {p: statistics.median(run.get(p, 0.0) for run in by_package) for p in packages}
    return results, extra


def _python(args: list[str], cwd: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "(no output)"


def _importtime(module: str, cwd: str, env: dict[str, str]) -> dict[str, float]:
    """Self time, in seconds, of every module that `import module` loads (`python -X importtime`)."""
    out: dict[str, float] = {}
    for line in _python(["-X", "importtime", "-c", f"import {module}"], cwd, env).stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own, _, name = (part.strip() for part in line[len("import time:"):].split("|"))
            out[name] = int(own) / 1e6
    return out


def _extra_imports(cwd: str, env: dict[str, str]) -> dict[str, float]:
    """Self time of the modules `import anyjob` loads and `import httpx` does not, summed per top-level package."""
    httpx_modules, anyjob_modules = _importtime("httpx", cwd, env), _importtime("anyjob", cwd, env)
    by_package: dict[str, float] = defaultdict(float)
    for name, seconds in anyjob_modules.items():
        if name not in httpx_modules:
            by_package[name.partition(".")[0]] += seconds
    return by_package


# -- printing --------------------------------------------------------------------------------------------------------


def _label(ratio: float, target: float, at_most: bool) -> str:
    ok = ratio <= target if at_most else ratio >= target
    return f"{'<=' if at_most else '>='} {target:.2f}x  {'PASS' if ok else 'MISS'}"


def _us(ns: float) -> float:
    return ns / 1000


def _stats(samples: list[int]) -> tuple[float, float]:
    """Median and 90th percentile, in microseconds."""
    return _us(statistics.median(samples)), _us(statistics.quantiles(samples, n=10)[8])


def print_per_call(raw: Contender, others: list[Contender], skipped: dict[str, str], sdk: bool) -> None:
    head = (f"  {'operation':<10}{'client':<14}{'median us':>10}{'p90 us':>9}{'overhead':>10}{'CPU/call':>10}"
            f"{'ratio':>8}{'p90 ratio':>10}")
    print(head + ("  anyjob/SDK" if sdk else "  target"))
    anyjob = next((c for c in others if c.name == "anyjob"), None)
    for operation in ("get", "cancel"):
        if not raw.samples[operation]:
            print(f"  {operation:<10}{raw.name:<14}no samples: {raw.failure}")
            continue
        raw_median, raw_p90 = _stats(raw.samples[operation])
        rows = [raw] + [c for c in others if (c.name != "anyjob") == sdk]
        for contender in rows:
            samples = contender.samples[operation]
            if contender.failure is not None and not samples:
                print(f"  {operation:<10}{contender.name:<14}failed: {contender.failure}")
                continue
            median, p90 = _stats(samples)
            cpu = contender.cpu[operation] / len(samples) * 1e6
            line = f"  {operation:<10}{contender.name:<14}{median:>10.1f}{p90:>9.1f}"
            if contender is raw:
                print(f"{line}{'-':>10}{cpu:>10.1f}{'1.00x':>8}{'1.00x':>10}")
                continue
            ratio = median / raw_median
            line += f"{median - raw_median:>+10.1f}{cpu:>10.1f}{ratio:>7.2f}x{p90 / raw_p90:>9.2f}x"
            if not sdk:
                line += "  " + _label(ratio, PER_CALL_TARGET, at_most=True)
            elif anyjob is not None and anyjob.samples[operation]:
                line += f"  {statistics.median(anyjob.samples[operation]) / statistics.median(samples):.2f}x"
            if contender.failure is not None:
                line += f"  (stopped: {contender.failure})"
            print(line)
    for name, reason in skipped.items():
        print(f"  {name}: skipped: {reason}")
    for contender in others:
        if (contender.name != "anyjob") == sdk and contender.note:
            print(f"  {contender.name}: {contender.note}")


def print_imports(results: dict[str, list[float] | str], labels: list[str], target: bool) -> None:
    base = results["httpx"]
    print(f"  {'import':<22}{'median ms':>10}{'min ms':>8}{'max ms':>8}{'vs httpx':>10}{'  target' if target else ''}")
    for label in labels:
        times = results[label]
        if isinstance(times, str):
            print(f"  {label:<22}skipped: {times}")
            continue
        median = statistics.median(times)
        line = f"  {label:<22}{median * 1e3:>10.1f}{min(times) * 1e3:>8.1f}{max(times) * 1e3:>8.1f}"
        if label != "httpx" and isinstance(base, list):
            ratio = median / statistics.median(base)
            line += f"{ratio:>9.2f}x"
            if target and label == "anyjob":
                line += "  " + _label(ratio, IMPORT_TARGET, at_most=True)
        print(line)


def print_throughput(raw: Throughput, facade: Throughput, threaded: Throughput) -> None:
    print(f"  {'client':<34}{'jobs':>6}{'jobs/s':>8}{'runs (jobs/s)':>16}{'CPU us/job':>12}{'cancelled':>11}"
          f"{'ratio':>8}  target")
    for result in (raw, facade, threaded):
        line = (f"  {result.name:<34}{result.jobs:>6}{result.rate:>8.0f}"
                f"{' '.join(f'{r:.0f}' for r in result.rates):>16}{result.cpu / result.jobs * 1e6:>12.1f}"
                f"{result.cancelled:>11}")
        if result is raw:
            print(f"{line}{'1.00x':>8}")
            continue
        ratio = result.rate / raw.rate
        target = _label(ratio, THROUGHPUT_TARGET, at_most=False) if result is facade else "(information)"
        print(f"{line}{ratio:>7.2f}x  {target}")


def print_simulator(report: dict[str, Any]) -> None:
    statuses: Counter[tuple[str, int | None]] = report["statuses"]
    summary = ", ".join(f"{route} {status}: {n}" for (route, status), n in sorted(statuses.items(), key=str))
    print(f"Simulator saw: {summary}; {report['cancels']} cancels of {report['distinct']} distinct jobs")


# -- running ---------------------------------------------------------------------------------------------------------


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def main() -> None:
    started = time.perf_counter()
    _progress(f"import times: {IMPORT_RUNS} fresh interpreters per module")
    imports, extra = import_times()

    _progress(f"starting a DigitalOcean simulator with {SEEDED_JOBS} jobs")
    with Simulator() as sim:
        raw = _raw(sim)
        contenders: list[Contender] = [raw, _anyjob(sim)]
        skipped: dict[str, str] = {}
        for name, make in (("gradient", _gradient), ("pydo", _pydo)):
            ready = _ready(sim, make)
            if isinstance(ready, str):
                skipped[name] = ready
            else:
                contenders.append(ready)
        _progress(f"per call: {', '.join(c.name for c in contenders)}; {SEQUENTIAL} gets and cancels each")
        per_call(sim, contenders)
        for contender in contenders:
            contender.close()
        _progress(f"cancel_many: {MANY} jobs per run at concurrency {CONCURRENCY}")
        raw_many, facade_many = asyncio.run(_async_many(sim))
        threaded = _sync_many(sim)
        report = sim.report()

    print(f"anyjob facade benchmark: DigitalOcean simulator in its own process ({SEEDED_JOBS} seeded jobs, rate limits "
          f"lifted), Python {sys.version.split()[0]}, httpx {httpx2.__version__}")
    print(f"\n1. Per call, sequential: {SEQUENTIAL} calls per client and operation in {ROUNDS} interleaved blocks, "
          f"after {WARM_UP} warm-up calls; each cancel cancels a different pending or running job.")
    print("   Latency includes the simulator's time; overhead = median - raw median; CPU/call = this process's CPU "
          "time (us); ratio = median / raw median.")
    print_per_call(raw, contenders[1:], {}, sdk=False)

    print(f"\n2. Import time: median of {IMPORT_RUNS} fresh interpreters each (perf_counter around the import).")
    print_imports(imports, ["httpx", "anyjob", "anyjob + DO adapter"], target=True)
    top = sorted(extra.items(), key=lambda kv: -kv[1])[:8]
    print(f"  what `import anyjob` loads beyond `import httpx` (self time, median of {IMPORTTIME_RUNS} -X importtime "
          f"runs): {sum(extra.values()) * 1e3:.1f} ms")
    print("    " + ", ".join(f"{package} {seconds * 1e3:.1f}" for package, seconds in top) + " (ms)")

    print(f"\n3. cancel_many throughput: {MANY} jobs per run, concurrency {CONCURRENCY}; async runs in the order raw, "
          "anyjob, anyjob, raw, each on a new client;\n"
          "   CPU us/job = this process's CPU time per job; ratio = jobs/s / raw jobs/s.")
    print_throughput(raw_many, facade_many, threaded)

    print("\n4. Vendor SDKs, in the same run against the same simulator: per call as in section 1 "
          "(anyjob/SDK = anyjob median / SDK median), then import time.")
    print_per_call(raw, contenders[1:], skipped, sdk=True)
    print_imports(imports, ["httpx", "gradient", "pydo"], target=False)

    print()
    print_simulator(report)
    print(f"Whole run: {time.perf_counter() - started:.0f} s")


# -- profiling -------------------------------------------------------------------------------------------------------

_AREAS = (  # (area, substrings of the file path or function name), first match wins
    ("socket / waiting for the simulator", ("socket", "select", "poll", "ssl")),
    ("tenacity (retry loop)", ("tenacity",)),
    ("generated client (models, _get_kwargs)", ("digitalocean_genai_client",)),
    ("anyjob: adapter", ("anyjob/_vendors",)),
    ("anyjob: refs (parse_ref, JobRef)", ("anyjob/_refs",)),
    ("anyjob: engine and driver", ("anyjob/_engine", "anyjob/_wire", "anyjob/_sync", "anyjob/_drivers",
                                   "anyjob/_limiter")),
    ("anyjob: model (Job)", ("anyjob/_model",)),
    ("anyjob: other", ("anyjob",)),
    ("attrs", ("/attr/", "/attrs/", "<attrs generated")),
    ("httpx", ("httpx",)),
    ("httpcore / h11", ("httpcore", "/h11/")),
    ("json", ("json",)),
    ("datetime / dateutil", ("datetime", "dateutil", "isoparse")),
    ("enum / typing / re", ("enum", "typing", "/re/", "_sre", "re.py")),
)


def _area(filename: str, function: str) -> str:
    where = f"{filename} {function}"
    return next((area for area, keys in _AREAS if any(k in where for k in keys)), "other (stdlib, builtins)")


def _by_area(stats: pstats.Stats, calls: int) -> dict[str, float]:
    """Own time (tottime) per call, in microseconds, per area."""
    areas: dict[str, float] = defaultdict(float)
    for (filename, _, function), row in stats.stats.items():  # type: ignore[attr-defined]
        areas[_area(filename, function)] += row[2] / calls * 1e6
    return areas


_LAYERS = ("anyjob", "tenacity", "digitalocean_genai_client", "/attr/", "/attrs/", "<attrs generated")


def profile() -> None:
    """cProfile anyjob's get and raw httpx's, interleaved (same jobs), and print where anyjob's extra time goes."""
    profilers = {"raw": cProfile.Profile(), "anyjob": cProfile.Profile()}
    size = PROFILE_CALLS // ROUNDS
    with Simulator(jobs=2_000) as sim:
        contenders = {"raw": _raw(sim), "anyjob": _anyjob(sim)}
        pool = _get_pool(sim)
        for contender in contenders.values():
            _timed(contender.get, pool[:WARM_UP])
        for r in range(ROUNDS):
            job_ids = [pool[(r * size + i) % len(pool)] for i in range(size)]
            for name in ("raw", "anyjob") if r % 2 else ("anyjob", "raw"):
                call, profiler = contenders[name].get, profilers[name]
                profiler.enable()
                for job_id in job_ids:
                    call(job_id)
                profiler.disable()
        for contender in contenders.values():
            contender.close()
    calls = size * ROUNDS
    raw_stats, facade_stats = pstats.Stats(profilers["raw"]), pstats.Stats(profilers["anyjob"])
    raw_areas, facade_areas = _by_area(raw_stats, calls), _by_area(facade_stats, calls)
    print(f"cProfile of {calls} gets each, anyjob and raw httpx in interleaved blocks: wall time per get (us). "
          "cProfile inflates code that makes many small calls; areas both share (httpx, sockets) are noisy.")
    print(f"  {'own time by area':<42}{'raw httpx':>10}{'anyjob':>10}{'extra':>10}")
    for area in sorted(set(raw_areas) | set(facade_areas), key=lambda a: -(facade_areas[a] - raw_areas[a])):
        print(f"  {area:<42}{raw_areas[area]:>10.1f}{facade_areas[area]:>10.1f}"
              f"{facade_areas[area] - raw_areas[area]:>+10.1f}")
    print(f"  {'total':<42}{sum(raw_areas.values()):>10.1f}{sum(facade_areas.values()):>10.1f}"
          f"{sum(facade_areas.values()) - sum(raw_areas.values()):>+10.1f}")
    print("\nanyjob's layers (anyjob, tenacity, generated client, attrs) by cumulative time per get (us):")
    print(f"  {'cumulative':>10}{'own':>8}{'calls/get':>10}  function")
    rows = [(key, row) for key, row in facade_stats.stats.items()  # type: ignore[attr-defined]
            if any(layer in key[0] or layer in key[2] for layer in _LAYERS)]
    for (filename, line, function), (_, ncalls, own, cumulative, _) in sorted(rows, key=lambda kr: -kr[1][3])[:40]:
        where = filename.split("site-packages/")[-1].split("/src/")[-1]
        print(f"  {cumulative / calls * 1e6:>10.1f}{own / calls * 1e6:>8.1f}{ncalls / calls:>10.1f}  "
              f"{where}:{line}({function})")


def _cli() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.facade", description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile anyjob's get against raw httpx instead")
    if parser.parse_args().profile:
        profile()
    else:
        main()


if __name__ == "__main__":
    _cli()
