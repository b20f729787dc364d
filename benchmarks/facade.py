"""What anyjob costs over raw httpx2 and over each vendor's own SDKs (run by `nox -s bench`).

Every vendor comes from the registry and its simulator's contract; nothing here names one. Each simulator runs in its
own process (rate limits lifted, a manual clock so no job moves on its own); this process is the client. It prints
figures and ratios, never asserts.

Sections 1 to 3 run against ONE vendor, the one `benchmarks.simulators.bench_vendor` picks (the first registered
vendor whose simulator tells an hourly budget in headers; `--vendor NAME` for another), with enough seeded jobs that
every cancel cancels a different active job:

1. per call, sequentially: `Jobs.get` / `Jobs.cancel` against raw `httpx2.Client` sending the same request (the
   plugin's `Call` and `httpx2.Auth`, built before the clock starts) and calling `response.json()`; median and p90
   latency, client CPU per call, ratio of medians (targets: <= 1.05x, CPU within 50 us of raw); and the same `Jobs`
   calls traced (OpenTelemetry SDK, in-memory exporter), for the cost of tracing on; tracing off (no SDK configured)
   and the vendor plugin's share are timed on their own, per operation;
2. `import anyjob` against `import httpx2`, each in fresh interpreters (target <= 1.15x);
3. throughput of `AsyncJobs.cancel_many` against raw `httpx2.AsyncClient` with a Semaphore at the same concurrency
   (target >= 0.95x), and the threaded `Jobs.cancel_many` for information.

Section 4 runs against EVERY registered vendor with a simulator, one after the other, fewer calls each: raw httpx2,
anyjob and each of the vendor's own SDKs (`tests/vendors/<vendor>/sdk.py`, see benchmarks/sdk.py) per call (get,
cancel, and the first page of a list) against the same simulator in one run, and each SDK's import time beside
anyjob's (issue 14's goal: anyjob faster than each official SDK per call). A vendor with several kinds of job is
measured on the first kind its plugin lists, for every call.

Clients are measured in interleaved blocks (the order rotates every round) so that drift on the machine spreads over
all of them. Latencies include the simulator's own time, so "overhead" (median minus raw's median) and "CPU/call"
(this process's CPU time per call) show the client's share. `python -m benchmarks.facade --profile` instead
profiles anyjob's get and raw httpx2's with cProfile and prints where anyjob's extra time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import importlib.util
import itertools
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
from typing import Any

import httpx2
from anyjob import parse_ref
from anyjob._vendors import vendor_names
from anyjob._vendors._base import Call
from anyjob.testing import SIMULATORS

from benchmarks.results import record, record_vendor
from benchmarks.sdk import SdkFactory, SdkSetup, contenders_of, imports_of
from benchmarks.simulators import SimulatorProcess, Wire, bench_vendor, client_package

SEEDED_JOBS = 80_000  # about 2 in 5 are active: enough for every cancel of sections 1 and 3 (fresh ones otherwise)
SEQUENTIAL = 2_000  # measured calls per client and operation (section 1)
ROUNDS = 10  # ... in this many interleaved blocks
WARM_UP = 100  # calls per client and operation before measuring
GET_POOL = 100  # jobs that every client gets, in the same order: 40 active, 60 ended
MANY = 2_000  # jobs per threaded cancel_many run (section 3)
ASYNC_RUN = 1_000  # jobs per async run (section 3) ...
ASYNC_BLOCKS = 4  # ... in this many blocks of raw, anyjob, anyjob, raw: the machine's drift between runs (5-10% here)
#                   falls on both alike, and the ratio is of the median runs
CONCURRENCY = 32
IMPORT_RUNS = 21
IMPORTTIME_RUNS = 5  # `python -X importtime` runs per module, for the breakdown of anyjob's extra imports
PROFILE_CALLS = 3_000

# Section 4, per vendor: fewer calls, so that five vendors and their SDKs fit in a few minutes. Few seeded jobs: a
# list page costs the simulator time in proportion to every job it holds; cancels take fresh jobs (`new_job`).
VENDOR_CALLS = 1_000  # measured calls per client and operation
VENDOR_ROUNDS = 10
VENDOR_WARM_UP = 50
VENDOR_SEEDED = 120
VENDOR_POOL = 40  # jobs every client gets: 16 active, 24 ended (fewer where the seed has fewer)
PAGE_SIZE = 20  # jobs per list page (every client asks for this many; a plugin may lower it to the vendor's maximum)

PER_CALL_TARGET = 1.05  # anyjob / raw, median latency: at most
CPU_TARGET = 50.0  # anyjob's CPU per call over raw's, microseconds: at most
IMPORT_TARGET = 1.15  # import anyjob / import httpx2: at most
THROUGHPUT_TARGET = 0.95  # anyjob / raw, jobs per second: at least
RAW, ANYJOB, TRACED = "httpx2 (raw)", "anyjob", "anyjob traced"  # the last has an OpenTelemetry SDK configured

# The pool anyjob's clients use; the raw clients get the same so that only the code in between differs.
LIMITS = httpx2.Limits(max_connections=200, max_keepalive_connections=200)


def _get_pool(sim: SimulatorProcess, size: int) -> list[str]:
    """The refs every client gets, in the same order: 2 in 5 active (never cancelled: only ever read), the rest
    ended, shuffled."""
    active = sim.take(size * 2 // 5)
    pool = active + random.Random(0).sample(sim.ended, min(len(sim.ended), size - len(active)))
    random.Random(1).shuffle(pool)
    return pool


# -- the clients -----------------------------------------------------------------------------------------------------


@dataclass
class Contender:
    """A client under test: one callable per operation ("get", "cancel": given a ref; "list": the first page)."""

    name: str
    calls: dict[str, Callable[[str], object]]
    close: Callable[[], None]
    note: str = ""
    prepare: Callable[[str, list[str]], None] | None = None  # before a block, untimed: (operation, refs)
    after_block: Callable[[], object] | None = None
    failure: str | None = None  # why it stopped mid-run
    samples: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # nanoseconds per call
    cpu: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # seconds of this process's CPU
    made: Counter[str] = field(default_factory=Counter)  # calls made, measured or not (to check requests per call)


def _raw(wire: Wire, page_size: int, kind: str | None) -> Contender:
    """httpx2.Client sending exactly what anyjob sends (the plugin's Call: method, URL, query, headers, JSON body; its
    httpx2.Auth), then `.json()`. The Calls are built before each block, outside the clock: raw is the floor."""
    http = httpx2.Client(limits=LIMITS, follow_redirects=False)
    base, auth = wire.base_url, wire.auth
    built: dict[str, dict[str, Call]] = {"get": {}, "cancel": {}}
    first_page = wire.first_page(page_size, kind)

    def send(call: Call) -> object:
        return http.request(call.method, base + call.url, params=call.params, headers=call.headers, json=call.json,
                            auth=auth).json()

    def prepare(operation: str, refs: list[str]) -> None:
        if operation in built:
            make = wire.get if operation == "get" else wire.cancel
            built[operation].update((ref, make(parse_ref(ref))) for ref in refs if ref not in built[operation])

    return Contender(RAW, {"get": lambda ref: send(built["get"][ref]), "cancel": lambda ref: send(built["cancel"][ref]),
                           "list": lambda _: send(first_page)}, http.close, prepare=prepare)


def _anyjob_calls(jobs: Any, vendor: str, page_size: int, kind: str | None, page_length: int
                  ) -> dict[str, Callable[[str], object]]:
    """get and cancel by ref string, as a user writes them; one page of `list`: the first `page_length` jobs (the
    whole first page), after which the listing is closed before it asks for the next."""

    def one_page(_: str) -> object:
        listing = jobs.list(vendor, page_size=page_size, kind=kind)
        page = list(itertools.islice(listing, page_length))
        listing.close()
        return page

    return {"get": jobs.get, "cancel": jobs.cancel, "list": one_page}


def _anyjob(sim: SimulatorProcess, page_size: int, page_length: int) -> Contender:
    from anyjob import Config, Jobs

    jobs = Jobs(Config.from_env(sim.environment))
    return Contender(ANYJOB, _anyjob_calls(jobs, sim.vendor, page_size, sim.kind, page_length), jobs.close)


def _traced(sim: SimulatorProcess) -> Contender:
    """anyjob with an OpenTelemetry SDK: a span per operation and per attempt, kept by an in-memory exporter (emptied
    after every block of calls, as an exporter would ship them)."""
    from anyjob import Config, Jobs
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    jobs = Jobs(Config.from_env(sim.environment), tracer_provider=provider)
    return Contender(TRACED, {"get": jobs.get, "cancel": jobs.cancel}, jobs.close,
                     note="OpenTelemetry SDK, SimpleSpanProcessor, InMemorySpanExporter", after_block=exporter.clear)


def _sdk(name: str, make: SdkFactory, setup: SdkSetup) -> Contender:
    sdk = make(setup)  # ImportError when the SDK is not installed
    ids: dict[str, str] = {}

    def prepare(operation: str, refs: list[str]) -> None:
        if operation != "list":
            ids.update((ref, parse_ref(ref).job_id) for ref in refs if ref not in ids)

    return Contender(name, {"get": lambda ref: sdk.get(ids[ref]), "cancel": lambda ref: sdk.cancel(ids[ref]),
                            "list": lambda _: sdk.list_page()}, sdk.close, note=sdk.note, prepare=prepare)


def plugin_cost(sim: SimulatorProcess, wire: Wire, ref_text: str) -> dict[str, float]:
    """Microseconds per call spent in the vendor's plugin alone, the part of anyjob's overhead that is the vendor's
    (building the request from its path template, turning the body into a `Job`, whose generated model is built
    only when read), timed alone on a real body; what reading `Job.model` then costs; and decoding that body's JSON,
    which raw httpx2's `.json()` does too."""
    import json
    import timeit

    plugin = wire.plugin
    ref = parse_ref(ref_text)
    with httpx2.Client() as http:
        content = http.send(wire.request(wire.get(ref))).content
    body = json.loads(content)

    def per_call(call: Callable[[], object]) -> float:
        call()
        return min(timeit.repeat(call, number=5_000, repeat=5)) / 5_000 * 1e6

    return {"get": per_call(lambda: plugin.job(ref, body) and plugin.get(ref.job_id, ref.project)),
            "cancel": per_call(lambda: plugin.job(ref, body) and plugin.cancel(ref.job_id, ref.project, None)),
            "model": per_call(lambda: plugin.job(ref, body).model) - per_call(lambda: plugin.job(ref, body)),
            "json": per_call(lambda: json.loads(content))}


def tracing_off_cost(sim: SimulatorProcess, ref_text: str) -> dict[str, float]:
    """Microseconds per operation that anyjob's telemetry costs with no SDK configured: one operation's report, one
    attempt's, entered, exited and ended (what a get adds), timed alone. First before OpenTelemetry is imported (the
    application does not use it), then with its API imported and no SDK (the API alone, installed by another library;
    the global provider is a proxy to nothing)."""
    import timeit

    from anyjob import Config, Jobs

    jobs = Jobs(Config.from_env(sim.environment))
    engine = jobs._engine
    ref = parse_ref(ref_text)
    where = engine.endpoint(ref.vendor)
    call = where.plugin.get(ref.job_id, ref.project)

    def one() -> None:
        op = engine.telemetry.operation("get", ref.vendor, ref)
        attempt = op.attempt(where, call, ref, 1, "get")
        attempt.exit(attempt.enter())
        attempt.end(None, 200)

    def per_op() -> float:
        return min(timeit.repeat(one, number=20_000, repeat=7)) / 20_000 * 1e6

    costs = {"OpenTelemetry not imported": per_op()}
    import opentelemetry.trace  # noqa: F401  the API, no SDK

    costs["OpenTelemetry API imported, no SDK"] = per_op()
    jobs.close()
    return costs


def _ready(make: Callable[[], Contender], probe: str) -> Contender | str:
    """The client, once it has read a job from the simulator (`probe`, a ref); or why not."""
    try:
        contender = make()
    except ImportError as exc:
        return f"not installed ({exc})"
    except Exception as exc:  # noqa: BLE001 - an SDK that cannot be built is reported, not fatal
        return f"cannot be created: {_short(exc)}"
    try:
        if contender.prepare is not None:
            contender.prepare("get", [probe])
        contender.calls["get"](probe)
        contender.made["get"] += 1
    except Exception as exc:  # noqa: BLE001
        contender.close()
        return f"cannot reach the simulator: {_short(exc)}"
    return contender


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text if len(text) <= 150 else text[:147] + "..."


def _timed(call: Callable[[str], object], refs: list[str]) -> tuple[list[int], float]:
    """Nanoseconds per call, and the CPU seconds this process spent on all of them."""
    samples: list[int] = []
    clock = time.perf_counter_ns
    cpu = time.process_time()
    for ref in refs:
        start = clock()
        call(ref)
        samples.append(clock() - start)
    return samples, time.process_time() - cpu


def _block(contender: Contender, operation: str, refs: list[str], measured: bool) -> None:
    if contender.failure is not None or operation not in contender.calls:
        return
    if contender.prepare is not None:
        contender.prepare(operation, refs)
    try:
        samples, cpu = _timed(contender.calls[operation], refs)
    except Exception as exc:  # noqa: BLE001 - a client that fails mid-run is reported as such
        contender.failure = f"{operation} failed: {_short(exc)}"
        return
    finally:
        contender.made[operation] += len(refs)  # at most: a failed block stops early
    if contender.after_block is not None:
        contender.after_block()
    if measured:
        contender.samples[operation] += samples
        contender.cpu[operation] += cpu


def per_call(sim: SimulatorProcess, contenders: list[Contender], operations: tuple[str, ...], pool: list[str],
             calls: int, rounds: int, warm_up: int) -> None:
    """Sequential calls, one operation after another, each in interleaved blocks after a warm-up of every client;
    gets read `pool` in the same order for every client, cancels each cancel a different active job, lists read the
    first page."""
    size = calls // rounds

    def refs(operation: str, count: int, offset: int) -> list[str]:
        if operation == "get":
            return [pool[(offset + i) % len(pool)] for i in range(count)]
        if operation == "cancel":
            return sim.take(count)
        return [""] * count

    for operation in operations:
        for contender in contenders:
            _block(contender, operation, refs(operation, warm_up, 0), measured=False)
        for r in range(rounds):
            for contender in contenders[r % len(contenders):] + contenders[:r % len(contenders)]:
                _block(contender, operation, refs(operation, size, r * size), measured=True)


# -- section 3: cancel_many ------------------------------------------------------------------------------------------


@dataclass
class Throughput:
    name: str
    jobs: int = 0
    seconds: float = 0.0
    cpu: float = 0.0
    accepted: int = 0  # raw: 2xx answers; anyjob: outcomes that are `Cancelled`
    rates: list[float] = field(default_factory=list)

    def add(self, jobs: int, seconds: float, cpu: float, accepted: int) -> None:
        self.jobs += jobs
        self.seconds += seconds
        self.cpu += cpu
        self.accepted += accepted
        self.rates.append(jobs / seconds)

    @property
    def rate(self) -> float:
        """Jobs per second of the median run."""
        return statistics.median(self.rates)


async def _clocked(work: Awaitable[int]) -> tuple[int, float, float]:
    """What `work` returns (cancels accepted), and the seconds and CPU seconds it took."""
    cpu, start = time.process_time(), time.perf_counter()
    accepted = await work
    return accepted, time.perf_counter() - start, time.process_time() - cpu


async def _async_many(sim: SimulatorProcess, wire: Wire) -> tuple[Throughput, Throughput]:
    """Alternating runs. Each run has a new client, made before the clock starts, so that every run begins with an
    empty connection pool: httpcore's pool does more work per request for every connection it holds. Raw's requests
    are built (and, for a vendor that signs, signed) as the raw client of section 1 builds them, before the clock."""
    from anyjob import AsyncJobs, Config

    config = Config.from_env(sim.environment)
    base, auth = wire.base_url, wire.auth

    async def raw_many(refs: list[str]) -> tuple[int, float, float]:
        """What cancel_many does, by hand: a task per job, a Semaphore of CONCURRENCY."""
        calls = [wire.cancel(parse_ref(ref)) for ref in refs]
        gate = asyncio.Semaphore(CONCURRENCY)
        async with httpx2.AsyncClient(limits=LIMITS, follow_redirects=False) as http:

            async def one(call: Call) -> bool:
                async with gate:
                    response = await http.request(call.method, base + call.url, params=call.params,
                                                  headers=call.headers, json=call.json, auth=auth)
                    response.json()
                    return response.is_success

            async def every() -> int:
                return sum(await asyncio.gather(*(one(c) for c in calls)))

            return await _clocked(every())

    async def facade_many(refs: list[str]) -> tuple[int, float, float]:
        async with AsyncJobs(config) as jobs:

            async def every() -> int:
                outcomes = await jobs.cancel_many(refs, concurrency=CONCURRENCY)
                return sum(1 for o in outcomes if o.ok)

            return await _clocked(every())

    raw, facade = Throughput("httpx2.AsyncClient (raw)"), Throughput("AsyncJobs.cancel_many")
    await raw_many(sim.take(CONCURRENCY * 4))  # warm-up: imports, caches
    await facade_many(sim.take(CONCURRENCY * 4))
    for _ in range(ASYNC_BLOCKS):
        for result, many in ((raw, raw_many), (facade, facade_many), (facade, facade_many), (raw, raw_many)):
            accepted, seconds, cpu = await many(sim.take(ASYNC_RUN))
            result.add(ASYNC_RUN, seconds, cpu, accepted)
    return raw, facade


def _sync_many(sim: SimulatorProcess) -> Throughput:
    """A warm-up run, then a measured one; each on a new `Jobs`, made before the clock starts."""
    from anyjob import Config, Jobs

    config = Config.from_env(sim.environment)
    result = Throughput(f"Jobs.cancel_many ({CONCURRENCY} threads)")
    for count, measured in ((CONCURRENCY * 4, False), (MANY, True)):
        refs = sim.take(count)
        with Jobs(config) as jobs:
            cpu, start = time.process_time(), time.perf_counter()
            outcomes = jobs.cancel_many(refs, concurrency=CONCURRENCY)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        if measured:
            result.add(count, seconds, cpu, sum(1 for o in outcomes if o.ok))
    return result


# -- section 4: every vendor, anyjob against raw httpx2 and the vendor's SDKs ----------------------------------------


@dataclass
class VendorRun:
    vendor: str
    kind: str | None
    raw: Contender
    contenders: list[Contender]  # anyjob, then the SDKs
    skipped: dict[str, str]
    report: dict[str, Any]
    routes: dict[str, str]
    setup_requests: Counter[str]  # requests this benchmark sent outside any contender, by operation
    page_length: int
    seeded_active: int
    fresh: int


def _first_page_length(wire: Wire, kind: str | None) -> int:
    """How many jobs the first page holds (what anyjob's one-page list reads): one request, as raw sends it."""
    with httpx2.Client() as http:
        response = http.send(wire.request(wire.first_page(PAGE_SIZE, kind)))
    response.raise_for_status()
    return len(wire.plugin.jobs(response.json(), wire.list_scope))


def compare_vendor(vendor: str) -> VendorRun:
    """Raw httpx2, anyjob and each of the vendor's SDKs, per call, against one simulator of the vendor."""
    with SimulatorProcess(vendor, jobs=VENDOR_SEEDED, page_size=PAGE_SIZE) as sim:
        wire = Wire.of(vendor, sim.environment)
        page_length = _first_page_length(wire, sim.kind)
        setup = Counter({"list": 1})
        pool = _get_pool(sim, VENDOR_POOL)
        raw = _ready(lambda: _raw(wire, PAGE_SIZE, sim.kind), pool[0])
        facade = _ready(lambda: _anyjob(sim, PAGE_SIZE, page_length), pool[0])
        if isinstance(raw, str) or isinstance(facade, str):
            raise SystemExit(f"{vendor}: {raw if isinstance(raw, str) else facade}")
        contenders, skipped = [raw, facade], {}
        sdk_setup = SdkSetup(sim.environment, PAGE_SIZE, sim.kind)
        for label, make in contenders_of(vendor).items():
            ready = _ready(functools.partial(_sdk, label, make, sdk_setup), pool[0])
            if isinstance(ready, str):
                skipped[label] = ready
            else:
                contenders.append(ready)
        _progress(f"{vendor}: {', '.join(c.name for c in contenders)}; {VENDOR_CALLS} lists, gets and cancels each")
        per_call(sim, contenders, ("list", "get", "cancel"), pool, VENDOR_CALLS, VENDOR_ROUNDS, VENDOR_WARM_UP)
        for contender in contenders:
            contender.close()
        return VendorRun(vendor, sim.kind, raw, contenders[1:], skipped, sim.report(), sim.routes, setup,
                         page_length, sim.seeded_active, sim.fresh)


# -- sections 2 and 4: import time -----------------------------------------------------------------------------------

# What a first call to a vendor loads beyond `import anyjob`: the registry (every plugin module), the vendor's
# generated endpoint modules and models (imported by the plugin when it builds a request and reads an answer).
_READY = """
import anyjob
from anyjob._vendors import plugin_for
p = plugin_for({vendor!r})
r = anyjob.parse_ref(p.ref_example)
p.get(r.job_id, r.project); p.cancel(r.job_id, r.project, None); p.first_pages(r.project, None, 20, None)
for read in (lambda: p.job(r, {{}}), lambda: p.jobs({{}}, r.project)):
    try:
        read()
    except Exception:
        pass
"""


def _ready_label(vendor: str) -> str:
    return f"anyjob, ready for {vendor}"


def import_statements(vendors: list[str]) -> dict[str, str]:
    """label: the statement timed in a fresh interpreter."""
    statements = {"httpx2": "import httpx2", "anyjob": "import anyjob"}
    for vendor in vendors:
        statements[_ready_label(vendor)] = _READY.format(vendor=vendor)
    for vendor in vendors:
        statements.update((label, f"import {module}") for label, module in imports_of(vendor).items())
    return statements


# Wall seconds, and CPU seconds of the child (less disturbed by whatever else runs on a shared machine).
_TIMER = "import time\nt, c = time.perf_counter(), time.process_time()\n{0}\nprint(time.perf_counter() - t, " \
         "time.process_time() - c)"
Times = list[tuple[float, float]]  # (wall, cpu) per run


def import_times(statements: dict[str, str]) -> tuple[dict[str, Times | str], dict[str, float]]:
    """Seconds per fresh-interpreter run of each statement (or why it cannot run), and anyjob's extra imports by
    package.

    Every interpreter reads bytecode from one private cache (PYTHONPYCACHEPREFIX) that an unmeasured first import
    fills, as `pip install` would have; else an editable anyjob (or PYTHONDONTWRITEBYTECODE) would be compiled from
    source on every run while httpx2 is not.
    """
    results: dict[str, Times | str] = {}
    with tempfile.TemporaryDirectory() as cwd:  # also the working directory: nothing is imported from the repository
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(cwd, "pycache")
        for label, statement in statements.items():
            if statement.startswith("import ") and "\n" not in statement and \
                    importlib.util.find_spec(statement.split()[1].partition(".")[0]) is None:
                results[label] = "not installed"
                continue
            done = _python(["-c", _TIMER.format(statement)], cwd, env)
            results[label] = [] if done.returncode == 0 else f"import fails: {_last_line(done.stderr)}"
        for round_ in range(IMPORT_RUNS):
            # Every other round in the reverse order: the first import of a round warms the caches for the next.
            for label, statement in list(statements.items())[::-1 if round_ % 2 else 1]:
                times = results[label]
                if isinstance(times, list):
                    wall, cpu = _python(["-c", _TIMER.format(statement)], cwd, env).stdout.split()
                    times.append((float(wall), float(cpu)))
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
    """Self time of the modules `import anyjob` loads and `import httpx2` does not, summed per top-level package."""
    httpx_modules, anyjob_modules = _importtime("httpx2", cwd, env), _importtime("anyjob", cwd, env)
    by_package: dict[str, float] = defaultdict(float)
    for name, seconds in anyjob_modules.items():
        if name not in httpx_modules:
            by_package[name.partition(".")[0]] += seconds
    return by_package


def _median_ms(times: Times | str) -> float | None:
    return statistics.median(w for w, _ in times) * 1e3 if isinstance(times, list) and times else None


# -- printing --------------------------------------------------------------------------------------------------------


def _label(ratio: float, target: float, at_most: bool) -> str:
    ok = ratio <= target if at_most else ratio >= target
    return f"{'<=' if at_most else '>='} {target:.2f}x  {'PASS' if ok else 'MISS'}"


def _us(ns: float) -> float:
    return ns / 1000


def _stats(samples: list[int]) -> tuple[float, float]:
    """Median and 90th percentile, in microseconds."""
    return _us(statistics.median(samples)), _us(statistics.quantiles(samples, n=10)[8])


def _cpu_us(contender: Contender, operation: str) -> float:
    return contender.cpu[operation] / len(contender.samples[operation]) * 1e6


def print_deep(raw: Contender, others: list[Contender]) -> None:
    """Section 1: raw, anyjob and anyjob traced, with targets."""
    print(f"  {'operation':<10}{'client':<15}{'median us':>10}{'p90 us':>9}{'overhead':>10}{'CPU/call':>10}"
          f"{'ratio':>8}{'p90 ratio':>10}  target")
    facade = next((c for c in others if c.name == ANYJOB), None)
    for operation in ("get", "cancel"):
        if not raw.samples[operation]:
            print(f"  {operation:<10}{raw.name:<15}no samples: {raw.failure}")
            continue
        raw_median, raw_p90 = _stats(raw.samples[operation])
        raw_cpu = _cpu_us(raw, operation)
        for contender in [raw, *others]:
            samples = contender.samples[operation]
            if not samples:
                print(f"  {operation:<10}{contender.name:<15}failed: {contender.failure}")
                continue
            median, p90 = _stats(samples)
            cpu = _cpu_us(contender, operation)
            line = f"  {operation:<10}{contender.name:<15}{median:>10.1f}{p90:>9.1f}"
            if contender is raw:
                print(f"{line}{'-':>10}{cpu:>10.1f}{'1.00x':>8}{'1.00x':>10}")
                continue
            ratio = median / raw_median
            line += f"{median - raw_median:>+10.1f}{cpu:>10.1f}{ratio:>7.2f}x{p90 / raw_p90:>9.2f}x"
            if contender.name == ANYJOB:
                line += f"  {_label(ratio, PER_CALL_TARGET, at_most=True)}; CPU {cpu - raw_cpu:+.1f} us " \
                        f"(<= +{CPU_TARGET:g}: {'PASS' if cpu - raw_cpu <= CPU_TARGET else 'MISS'})"
                record(f"{operation}_ratio", ratio, f"raw {raw_median:.0f} us, anyjob {median:.0f} us")
                record(f"{operation}_cpu", cpu - raw_cpu, f"raw {raw_cpu:.0f} us, anyjob {cpu:.0f} us")
            elif contender.name == TRACED and facade is not None and facade.samples[operation]:
                off = _stats(facade.samples[operation])[0]
                off_cpu = _cpu_us(facade, operation)
                line += f"  tracing on: {median - off:+.1f} us, CPU {cpu - off_cpu:+.1f} us over anyjob"
                if operation == "get":
                    record("tracing_on_us", median - off, f"{median / off:.3f}x anyjob's median")
                    record("tracing_on_cpu", cpu - off_cpu)
            if contender.failure is not None:
                line += f"  (stopped: {contender.failure})"
            print(line)
    for contender in others:
        if contender.note:
            print(f"  {contender.name}: {contender.note}")


def print_vendor(run: VendorRun) -> dict[str, dict[str, dict[str, float]]]:
    """Section 4, one vendor: every client per operation; ratio = median / raw median, anyjob/client = anyjob's
    median / that client's. Returns the figures by operation and client (median, p90, CPU per call, microseconds)."""
    raw, facade = run.raw, run.contenders[0]
    figures: dict[str, dict[str, dict[str, float]]] = {}
    print(f"  {'call':<8}{'client':<15}{'median us':>10}{'p90 us':>9}{'overhead':>10}{'CPU/call':>10}{'ratio':>8}"
          f"{'anyjob/client':>15}")
    for operation in ("get", "cancel", "list"):
        if not raw.samples[operation]:
            print(f"  {operation:<8}{raw.name:<15}no samples: {raw.failure}")
            continue
        raw_median = _stats(raw.samples[operation])[0]
        ours = _stats(facade.samples[operation])[0] if facade.samples[operation] else None
        figures[operation] = {}
        for contender in [raw, *run.contenders]:
            samples = contender.samples[operation]
            if not samples:
                print(f"  {operation:<8}{contender.name:<15}failed: {contender.failure}")
                continue
            median, p90 = _stats(samples)
            cpu = _cpu_us(contender, operation)
            figures[operation][contender.name] = {"median": median, "p90": p90, "cpu": cpu}
            line = f"  {operation:<8}{contender.name:<15}{median:>10.1f}{p90:>9.1f}"
            line += f"{'-':>10}" if contender is raw else f"{median - raw_median:>+10.1f}"
            line += f"{cpu:>10.1f}{median / raw_median:>7.2f}x"
            if ours is not None and contender not in (raw, facade):
                line += f"{ours / median:>14.2f}x"
            if contender.failure is not None:
                line += f"  (stopped: {contender.failure})"
            print(line)
    for name, reason in run.skipped.items():
        print(f"  {name}: skipped: {reason}")
    for contender in run.contenders:
        if contender.note:
            print(f"  {contender.name}: {contender.note}")
    return figures


def print_requests(run: VendorRun) -> None:
    """Requests per call, by what the simulator saw: every client's get, cancel and list page is one request."""
    statuses: Counter[tuple[str, int | None]] = run.report["statuses"]
    made = Counter[str]()
    for contender in [run.raw, *run.contenders]:
        made.update(contender.made)
    made.update(run.setup_requests)
    per_call = []
    for operation in ("get", "cancel", "list"):
        route = run.routes[operation]
        seen = sum(n for (r, _), n in statuses.items() if r == route)
        per_call.append(f"{operation} ({route}) {seen}/{made[operation]} = {seen / max(1, made[operation]):.2f}")
    other = {f"{r} {s}": n for (r, s), n in statuses.items() if s is None or not 200 <= s < 300}
    print(f"  simulator saw, requests per call: {'; '.join(per_call)}; not 2xx: {other or 'none'}; "
          f"{run.report['cancels']} cancels of {run.report['distinct']} distinct jobs")


def print_imports(results: dict[str, Times | str], labels: list[str], base: str, target: bool) -> None:
    basis = results[base]
    print(f"  {'import':<34}{'median ms':>10}{'min ms':>8}{'max ms':>8}{'vs ' + base:>12}{'CPU ms':>8}{'CPU vs':>8}"
          f"{'  target' if target else ''}")
    for label in labels:
        times = results[label]
        if isinstance(times, str):
            print(f"  {label:<34}skipped: {times}")
            continue
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        median, cpu = statistics.median(walls), statistics.median(cpus)
        line = f"  {label:<34}{median * 1e3:>10.1f}{min(walls) * 1e3:>8.1f}{max(walls) * 1e3:>8.1f}"
        if label != base and isinstance(basis, list):
            # Paired: each round ran every statement once, in turn, so a round's ratio compares runs made under the
            # same load from the rest of the machine; the median of the rounds' ratios moves less than a ratio of
            # medians.
            ratio = statistics.median(w / b for (w, _), (b, _) in zip(times, basis, strict=True))
            cpu_ratio = statistics.median(c / b for (_, c), (_, b) in zip(times, basis, strict=True))
            line += f"{ratio:>11.2f}x{cpu * 1e3:>8.1f}{cpu_ratio:>7.2f}x"
            if target and label == "anyjob":
                line += "  " + _label(ratio, IMPORT_TARGET, at_most=True)
                record("import_ratio", ratio, f"CPU {cpu_ratio:.2f}x")
                record("import_cpu_ratio", cpu_ratio)
        else:
            line += f"{'':>12}{cpu * 1e3:>8.1f}"
        print(line)


def print_throughput(raw: Throughput, facade: Throughput, threaded: Throughput) -> None:
    print(f"  {'client':<34}{'jobs':>6}{'jobs/s':>8}{'runs (jobs/s)':>40}{'CPU us/job':>12}{'accepted':>10}"
          f"{'ratio':>8}  target")
    for result in (raw, facade, threaded):
        line = (f"  {result.name:<34}{result.jobs:>6}{result.rate:>8.0f}"
                f"{' '.join(f'{r:.0f}' for r in result.rates):>40}{result.cpu / result.jobs * 1e6:>12.1f}"
                f"{result.accepted:>10}")
        if result is raw:
            print(f"{line}{'1.00x':>8}")
            continue
        ratio = result.rate / raw.rate
        target = _label(ratio, THROUGHPUT_TARGET, at_most=False) if result is facade else "(information)"
        if result is facade:
            record("async_bulk_ratio", ratio, f"raw {raw.rate:.0f} jobs/s, anyjob {facade.rate:.0f} jobs/s")
        print(f"{line}{ratio:>7.2f}x  {target}")


def print_simulator(report: dict[str, Any]) -> None:
    statuses: Counter[tuple[str, int | None]] = report["statuses"]
    summary = ", ".join(f"{route} {status}: {n}" for (route, status), n in sorted(statuses.items(), key=str))
    print(f"Simulator saw: {summary}; {report['cancels']} cancels of {report['distinct']} distinct jobs")


# -- running ---------------------------------------------------------------------------------------------------------


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def main(vendor: str) -> None:
    started = time.perf_counter()
    vendors = [name for name in vendor_names() if name in SIMULATORS]
    statements = import_statements(vendors)
    _progress(f"import times: {IMPORT_RUNS} fresh interpreters per statement ({len(statements)})")
    imports, extra = import_times(statements)

    _progress(f"starting the {vendor} simulator with {SEEDED_JOBS} jobs")
    with SimulatorProcess(vendor, jobs=SEEDED_JOBS, page_size=PAGE_SIZE) as sim:
        wire = Wire.of(vendor, sim.environment)
        pool = _get_pool(sim, GET_POOL)
        active = next(ref for ref in pool if ref not in sim.ended)
        _progress("tracing off: anyjob's telemetry per operation, timed alone")
        off = tracing_off_cost(sim, sim.ended[0])  # first: before anything imports OpenTelemetry
        share = plugin_cost(sim, wire, active)
        contenders = [_raw(wire, PAGE_SIZE, sim.kind), _anyjob(sim, PAGE_SIZE, PAGE_SIZE), _traced(sim)]
        _progress(f"per call: {', '.join(c.name for c in contenders)}; {SEQUENTIAL} gets and cancels each")
        per_call(sim, contenders, ("get", "cancel"), pool, SEQUENTIAL, ROUNDS, WARM_UP)
        for contender in contenders:
            contender.close()
        _progress(f"cancel_many at concurrency {CONCURRENCY}: {2 * ASYNC_BLOCKS} async runs of {ASYNC_RUN} jobs each "
                  f"for raw and anyjob, one threaded run of {MANY}")
        raw_many, facade_many = asyncio.run(_async_many(sim, wire))
        threaded = _sync_many(sim)
        report = sim.report()
        deep_kind, deep_fresh = sim.kind, sim.fresh

    runs = [compare_vendor(name) for name in vendors]

    kind = f", {deep_kind} jobs" if deep_kind else ""
    print(f"anyjob facade benchmark, Python {sys.version.split()[0]}, httpx2 {httpx2.__version__}. Sections 1-3: the "
          f"{vendor} simulator{kind} in its own process ({SEEDED_JOBS} seeded jobs, {deep_fresh} started fresh, rate "
          "limits lifted); section 4: every vendor's.")
    print(f"\n1. Per call, sequential: {SEQUENTIAL} calls per client and operation in {ROUNDS} interleaved blocks, "
          f"after {WARM_UP} warm-up calls; each cancel cancels a different active job.")
    print("   Latency includes the simulator's time; overhead = median - raw median; CPU/call = this process's CPU "
          "time (us); ratio = median / raw median.\n"
          f"   '{TRACED}' has an OpenTelemetry SDK configured (tracing on); '{ANYJOB}' has none (tracing off; the "
          "OpenTelemetry API is imported in this process).")
    print_deep(contenders[0], contenders[1:])
    facade_get = contenders[1].samples["get"]
    get_median = statistics.median(facade_get) / 1000 if facade_get else 0.0
    worst = max(off.values())
    print(f"   of anyjob's overhead, the {vendor} plugin alone (the request from its path template, the answer into "
          f"a Job), timed alone: get {share['get']:.1f} us, cancel {share['cancel']:.1f} us (decoding the JSON, which "
          f"raw does too: {share['json']:.1f} us; building the job's generated model when `Job.model` is read: "
          f"{share['model']:.1f} us more)")
    print("   tracing off, per operation (the report of one operation and one attempt, timed alone): "
          + "; ".join(f"{what}: {us:.2f} us" for what, us in off.items())
          + (f" = {worst / get_median:.2%} of a get's median" if get_median else ""))
    record("tracing_off_us", worst, "; ".join(f"{what}: {us:.2f} us" for what, us in off.items()))
    if get_median:
        record("tracing_off_share", worst / get_median, "of a get's median latency")

    print(f"\n2. Import time: median of {IMPORT_RUNS} fresh interpreters each (perf_counter and process_time around "
          "the import), in rounds that run each statement once, in turn (every other round in reverse order); "
          "vs httpx2 = the median of the rounds' ratios.")
    print_imports(imports, ["httpx2", "anyjob", _ready_label(vendor)], "httpx2", target=True)
    top = sorted(extra.items(), key=lambda kv: -kv[1])[:8]
    print(f"  what `import anyjob` loads beyond `import httpx2` (self time, median of {IMPORTTIME_RUNS} -X importtime "
          f"runs): {sum(extra.values()) * 1e3:.1f} ms")
    print("    " + ", ".join(f"{package} {seconds * 1e3:.1f}" for package, seconds in top) + " (ms)")
    print(f"  '{_ready_label(vendor)}': `import anyjob` and what a first call to {vendor} imports besides (the vendor "
          "registry; a get, list or cancel imports none of the generated client)")

    print(f"\n3. cancel_many throughput at concurrency {CONCURRENCY}: async, {ASYNC_BLOCKS} blocks of runs in the "
          f"order raw, anyjob, anyjob, raw, {ASYNC_RUN} jobs a run, each on a new client; threaded, one run of "
          f"{MANY};\n"
          "   jobs/s = the median run's; CPU us/job = this process's CPU time per job; accepted = raw: 2xx answers, "
          "anyjob: `Cancelled` outcomes; ratio = jobs/s / raw jobs/s.")
    print_throughput(raw_many, facade_many, threaded)
    print()
    print_simulator(report)

    print(f"\n4. Every vendor: raw httpx2, anyjob and the vendor's own SDKs against the same simulator in one run: "
          f"{VENDOR_CALLS} calls per client and call in {VENDOR_ROUNDS} interleaved blocks after {VENDOR_WARM_UP} "
          f"warm-up calls;\n   lists first (the first page, {PAGE_SIZE} jobs asked for), then gets (a pool of "
          f"{VENDOR_POOL} jobs, 2 in 5 active), then cancels (each of a different active job). {VENDOR_SEEDED} seeded "
          "jobs per simulator; anyjob/client = anyjob median / that client's median (below 1.00x: anyjob is faster).")
    for run in runs:
        kind = f", {run.kind} jobs (the first kind its plugin lists) for every call" if run.kind else ""
        print(f"\n  {run.vendor}{kind}; first page {run.page_length} jobs; cancels of {run.seeded_active} seeded "
              f"active jobs and {run.fresh} started fresh")
        figures = print_vendor(run)
        print_requests(run)
        sdk_labels = list(imports_of(run.vendor))
        labels = ["anyjob", _ready_label(run.vendor), *sdk_labels]
        print_imports(imports, labels, "anyjob", target=False)
        record_vendor(run.vendor, {
            "kind": run.kind, "calls": VENDOR_CALLS, "page_size": PAGE_SIZE, "page_length": run.page_length,
            "sdks": [c.name for c in run.contenders[1:]], "skipped": run.skipped, "ops": figures,
            "imports": {label: _median_ms(imports[label]) for label in labels},
        })
    print(f"\nWhole run: {time.perf_counter() - started:.0f} s")


# -- profiling -------------------------------------------------------------------------------------------------------

_AREAS = (  # (area, substrings of the file path or function name), first match wins; "generated client" comes first
    ("socket / waiting for the simulator", ("socket", "select", "poll", "ssl")),
    ("tenacity (retry loop)", ("tenacity",)),
    ("anyjob: adapter", ("anyjob/_vendors",)),
    ("anyjob: refs (parse_ref, JobRef)", ("anyjob/_refs",)),
    ("anyjob: engine and driver", ("anyjob/_engine", "anyjob/_wire", "anyjob/_sync", "anyjob/_drivers",
                                   "anyjob/_limiter")),
    ("anyjob: model (Job)", ("anyjob/_model",)),
    ("anyjob: other", ("anyjob",)),
    ("attrs", ("/attr/", "/attrs/", "<attrs generated")),
    ("httpx2", ("httpx",)),
    ("httpcore / h11", ("httpcore", "/h11/")),
    ("json", ("json",)),
    ("datetime / dateutil", ("datetime", "dateutil", "isoparse")),
    ("enum / typing / re", ("enum", "typing", "/re/", "_sre", "re.py")),
)


def _areas(package: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    generated = (("generated client (models)", (package,)),) if package else ()
    return _AREAS[:2] + generated + _AREAS[2:]


def _by_area(stats: pstats.Stats, calls: int, areas: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, float]:
    """Own time (tottime) per call, in microseconds, per area."""
    found: dict[str, float] = defaultdict(float)
    for (filename, _, function), row in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{filename} {function}"
        area = next((area for area, keys in areas if any(k in where for k in keys)), "other (stdlib, builtins)")
        found[area] += row[2] / calls * 1e6
    return found


def profile(vendor: str) -> None:
    """cProfile anyjob's get and raw httpx2's, interleaved (same jobs), and print where anyjob's extra time goes."""
    profilers = {RAW: cProfile.Profile(), ANYJOB: cProfile.Profile()}
    size = PROFILE_CALLS // ROUNDS
    package = client_package(vendor)
    with SimulatorProcess(vendor, jobs=2_000, page_size=PAGE_SIZE) as sim:
        wire = Wire.of(vendor, sim.environment)
        contenders = {RAW: _raw(wire, PAGE_SIZE, sim.kind), ANYJOB: _anyjob(sim, PAGE_SIZE, PAGE_SIZE)}
        pool = _get_pool(sim, GET_POOL)
        for contender in contenders.values():
            _block(contender, "get", pool[:WARM_UP], measured=False)
            if contender.prepare is not None:
                contender.prepare("get", pool)
        for r in range(ROUNDS):
            refs = [pool[(r * size + i) % len(pool)] for i in range(size)]
            for name in (RAW, ANYJOB) if r % 2 else (ANYJOB, RAW):
                call, profiler = contenders[name].calls["get"], profilers[name]
                profiler.enable()
                for ref in refs:
                    call(ref)
                profiler.disable()
        for contender in contenders.values():
            contender.close()
    calls = size * ROUNDS
    areas = _areas(package)
    raw_stats, facade_stats = pstats.Stats(profilers[RAW]), pstats.Stats(profilers[ANYJOB])
    raw_areas, facade_areas = _by_area(raw_stats, calls, areas), _by_area(facade_stats, calls, areas)
    print(f"cProfile of {calls} gets each at the {vendor} simulator, anyjob and raw httpx2 in interleaved blocks: wall "
          "time per get (us). cProfile inflates code that makes many small calls; areas both share (httpx, sockets) "
          "are noisy.")
    print(f"  {'own time by area':<42}{'raw httpx2':>10}{'anyjob':>10}{'extra':>10}")
    for area in sorted(set(raw_areas) | set(facade_areas), key=lambda a: -(facade_areas[a] - raw_areas[a])):
        print(f"  {area:<42}{raw_areas[area]:>10.1f}{facade_areas[area]:>10.1f}"
              f"{facade_areas[area] - raw_areas[area]:>+10.1f}")
    print(f"  {'total':<42}{sum(raw_areas.values()):>10.1f}{sum(facade_areas.values()):>10.1f}"
          f"{sum(facade_areas.values()) - sum(raw_areas.values()):>+10.1f}")
    layers = ("anyjob", "tenacity", *((package,) if package else ()), "/attr/", "/attrs/", "<attrs generated")
    print(f"\nanyjob's layers (anyjob, tenacity, {package or 'no generated client'}, attrs) by cumulative time per get "
          "(us):")
    print(f"  {'cumulative':>10}{'own':>8}{'calls/get':>10}  function")
    rows = [(key, row) for key, row in facade_stats.stats.items()  # type: ignore[attr-defined]
            if any(layer in key[0] or layer in key[2] for layer in layers)]
    for (filename, line, function), (_, ncalls, own, cumulative, _) in sorted(rows, key=lambda kr: -kr[1][3])[:40]:
        where = filename.split("site-packages/")[-1].split("/src/")[-1]
        print(f"  {cumulative / calls * 1e6:>10.1f}{own / calls * 1e6:>8.1f}{ncalls / calls:>10.1f}  "
              f"{where}:{line}({function})")


def _cli() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.facade", description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile anyjob's get against raw httpx2 instead")
    parser.add_argument("--vendor", help="the vendor of sections 1-3 and of --profile (default: the rule of "
                                         "benchmarks.simulators.bench_vendor)")
    args = parser.parse_args()
    vendor = bench_vendor(args.vendor)
    if args.profile:
        profile(vendor)
    else:
        main(vendor)


if __name__ == "__main__":
    _cli()
