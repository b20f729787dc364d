"""anyjob's engine under load (run by `nox -s bench`): figures and ratios, printed, never asserted.

Against one vendor's simulator, the one `benchmarks.simulators.bench_vendor` picks (the first registered vendor whose
simulator tells an hourly budget in headers, so that a per-minute one can hide under it; `--vendor NAME` for another):

1. rate-limited bulk: `cancel_many` of 3x the simulator's per-window budget on a real clock (scaled down to a 10 s
   window so the run takes about 20 s): fraction of active jobs cancelled (target 100%), achieved rate / the fastest
   the sliding window allows (target >= 0.9), refused requests / all requests (target <= 1%), sync and async; first
   with the budget the headers describe, then with a per-minute budget (40 per 10 s) hidden under an hourly one the
   headers describe (DigitalOcean's documented shape, for instance): refusals per window (target: none after the
   first); skipped for a vendor whose headers describe the minute;
2. time to first call: a fresh interpreter that imports anyjob, builds `Jobs` and does one get, vs one that sends the
   same request with raw httpx2 (built and authenticated once, here, from the plugin; replayed by every run) (target
   <= 1.15x), medians of interleaved runs (wall time, and the child's CPU time);
3. memory: RSS growth of a fresh interpreter while anyjob refuses a 512 MiB body (target <= 64 MiB).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from anyjob import AsyncJobs, Cancelled, Config, Jobs, parse_ref
from anyjob.testing import SIMULATORS, RealClock, simulator

from benchmarks.results import record
from benchmarks.simulators import Wire, bench_vendor, describes_budget

LIMIT, WINDOW = 40, 10.0
FIRST_CALL_RUNS = 15


def rate_limited_bulk(vendor: str, mode: str, hidden: bool = False) -> None:
    """`hidden`: the headers describe an hourly budget of 5000 while LIMIT per WINDOW is enforced too."""
    with simulator(vendor, hourly_limit=5000 if hidden else None, minute_limit=LIMIT, minute_window=WINDOW,
                   rate_clock=RealClock(), jobs=3 * LIMIT, seed=11) as sim:
        now = sim.clock.now()
        active = [parse_ref(sim.ref(job.id)) for job in sim.jobs if not job.phase(now).is_terminal]
        refs = [parse_ref(sim.ref(job_id)) for job_id in sim.job_ids]
        config = Config.from_env(sim.environment)
        started = time.monotonic()
        if mode == "sync":
            with Jobs(config) as jobs:
                outcomes: list[Any] = jobs.cancel_many(refs, concurrency=16, timeout=120)
        else:
            async def run() -> list[Any]:
                async with AsyncJobs(config) as jobs:
                    return await jobs.cancel_many(refs, concurrency=16, timeout=120)

            outcomes = asyncio.run(run())
        took = time.monotonic() - started
        cancelled = {o.ref for o in outcomes if isinstance(o, Cancelled)}
        sent = len(sim.requests)
        refused = sum(1 for r in sim.requests if r.status == 429)
        # Which window each refusal fell in: the requests the vendor accepted before it, in windows of LIMIT.
        accepted, windows = 0, []
        for request in sim.requests:
            if request.status == 429:
                windows.append(max(0, accepted - 1) // LIMIT)  # the window that was full
            else:
                accepted += 1
        # A sliding window lets the first LIMIT requests go at once and LIMIT more per WINDOW after: the fastest a
        # client may answer len(refs) requests is (len(refs) - LIMIT) / LIMIT windows.
        best = max(0.0, (sent - refused - LIMIT) / LIMIT * WINDOW)
        achieved, allowed = (sent - refused) / took, (sent - refused) / best if best else float("inf")
        per_window = {w: windows.count(w) for w in sorted(set(windows))}
        budget = f"{LIMIT}/{WINDOW:g}s hidden under 5000/h" if hidden else f"{LIMIT}/{WINDOW:g}s"
        print(f"  {mode:5}  {len(refs)} refs ({len(active)} active), budget {budget}: "
              f"active cancelled {len(cancelled & set(active))}/{len(active)} "
              f"({len(cancelled & set(active)) / max(1, len(active)):.0%}); {took:.1f}s; "
              f"rate {achieved:.2f}/s of {allowed:.2f}/s allowed = {achieved / allowed:.2f}x (target >= 0.9); "
              f"refused {refused}/{sent} = {refused / max(1, sent):.1%}"
              + (f"; refusals by window {per_window or '{}'} (target: none after the first)" if hidden
                 else " (target <= 1%)"))
        if hidden:
            later = sum(n for w, n in per_window.items() if w > 0)
            record("hidden_later_refused", later, f"{mode}: by window {per_window}")
            record("hidden_first_refused", per_window.get(0, 0), f"{mode}, concurrency 16")
        else:
            record(f"{mode}_refused", 100 * refused / max(1, sent), f"{refused}/{sent}, {took:.1f}s, "
                   f"{achieved / allowed:.2f}x of the allowed rate")


FIRST_CALL = {
    "anyjob": "import anyjob; jobs = anyjob.Jobs(anyjob.Config.from_env({env!r})); jobs.get({ref!r})",
    "httpx2": "import httpx2; c = httpx2.Client(); r = c.request({method!r}, {url!r}, headers={headers!r}, "
              "content={content!r}); r.raise_for_status(); r.json()",
}


def time_to_first_call(vendor: str) -> None:
    """Wall time of each fresh interpreter (startup included, as a user sees it), and its CPU time (less disturbed
    by whatever else runs on the machine), in interleaved runs after one unmeasured run each (bytecode caches)."""
    with simulator(vendor, hourly_limit=None, minute_limit=None, jobs=4) as sim, \
            tempfile.TemporaryDirectory() as cwd:
        # Bytecode from one private cache that the unmeasured first run fills, as `pip install` would have (else an
        # editable anyjob, or PYTHONDONTWRITEBYTECODE, would be compiled from source on every run); the working
        # directory is empty, so nothing is imported from the repository.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(cwd, "pycache")
        ref = sim.ref(sim.job_ids[0])
        wire = Wire.of(vendor, sim.environment)
        request = wire.request(wire.get(parse_ref(ref)))  # as anyjob sends it, authenticated once
        values = {"env": sim.environment, "ref": ref, "method": request.method, "url": str(request.url),
                  "headers": dict(request.headers), "content": request.content}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in FIRST_CALL}
        for index in range(FIRST_CALL_RUNS + 1):
            # Every other round in the reverse order: the first run of a round warms the caches for the next.
            for name, code in list(FIRST_CALL.items())[::-1 if index % 2 else 1]:
                cpu = _children_cpu()
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", code.format(**values)], check=True, cwd=cwd, env=env)
                if index:
                    runs[name].append((time.perf_counter() - started, _children_cpu() - cpu))
    ours, raw = (statistics.median(w for w, _ in runs[name]) for name in ("anyjob", "httpx2"))
    ours_cpu, raw_cpu = (statistics.median(c for _, c in runs[name]) for name in ("anyjob", "httpx2"))
    # Paired, as section 2 of benchmarks.facade: the median of the rounds' ratios.
    pairs = list(zip(runs["anyjob"], runs["httpx2"], strict=True))
    ratio = statistics.median(a / b for (a, _), (b, _) in pairs)
    cpu_ratio = statistics.median(a / b for (_, a), (_, b) in pairs)
    print(f"  import + build + one get, fresh interpreter (median of {FIRST_CALL_RUNS} rounds, every other one in "
          f"reverse order): anyjob {ours * 1000:.0f} ms, raw httpx2 {raw * 1000:.0f} ms; median of the rounds' ratios "
          f"{ratio:.2f}x (target <= 1.15x); CPU {ours_cpu * 1000:.0f} ms vs {raw_cpu * 1000:.0f} ms: {cpu_ratio:.2f}x")
    record("first_call_ratio", ratio, f"{ours * 1000:.0f} ms vs {raw * 1000:.0f} ms; CPU {cpu_ratio:.2f}x")
    record("first_call_cpu_ratio", cpu_ratio)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


MEMORY = """
import resource, sys, anyjob
from anyjob._vendors import plugin_for
from tests.hostile import hostile_server, flood
plugin = plugin_for(sys.argv[1])
state = []
with hostile_server(lambda r, c: flood(state[0], c, 512 << 20)) as server:
    state.append(server)
    settings = {f"{plugin.name}_{s.name}": "t" for s in plugin.settings if s.required}
    settings[f"{plugin.name}_url"] = server.base_url
    once = anyjob.RetryPolicy(attempts=1)
    with anyjob.Jobs(anyjob.Config(**settings), retry=once) as j:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            j.get(plugin.ref_example)
        except anyjob.DecodeError:
            pass
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) / 1024)
"""


def memory(vendor: str) -> None:
    done = subprocess.run([sys.executable, "-c", MEMORY, vendor], check=True, capture_output=True, text=True)
    growth = float(done.stdout.strip().splitlines()[-1])
    print(f"  peak RSS growth while a 512 MiB body is refused: {growth:.1f} MiB (target <= 64 MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engine", description=__doc__.splitlines()[0])
    parser.add_argument("--vendor", help="the vendor to run against (default: the rule of "
                                         "benchmarks.simulators.bench_vendor)")
    vendor = bench_vendor(parser.parse_args().vendor)
    print(f"anyjob engine, against the {vendor} simulator")
    if not describes_budget(vendor):
        print("1. rate-limited bulk cancel_many: skipped: its simulator tells no budget in headers")
    else:
        print("1. rate-limited bulk cancel_many")
        for mode in ("sync", "async"):
            rate_limited_bulk(vendor, mode)
        if SIMULATORS[vendor].rate_headline == "hour":
            for mode in ("sync", "async"):
                rate_limited_bulk(vendor, mode, hidden=True)
        else:
            print("  hidden per-minute window: skipped: its headers describe the minute, so nothing hides under them")
    print("2. time to first call")
    time_to_first_call(vendor)
    print("3. memory")
    memory(vendor)


if __name__ == "__main__":
    main()
