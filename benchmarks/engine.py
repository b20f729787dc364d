"""anyjob's engine under load (run by `nox -s bench`): figures and ratios, printed, never asserted.

1. rate-limited bulk: `cancel_many` of 3x a DigitalOcean simulator's per-window budget on a real clock (scaled down to
   a 10 s window so the run takes about 20 s): fraction cancelled (target 100%), achieved rate / the fastest the
   sliding window allows (target >= 0.9), refused requests / all requests (target <= 1%), sync and async;
2. time to first call: a fresh interpreter that imports anyjob, builds `Jobs` and does one get, vs one that does the
   same with raw httpx (target <= 1.15x), medians of interleaved runs;
3. memory: RSS growth of a fresh interpreter while anyjob refuses a 512 MiB body (target <= 64 MiB).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from typing import Any

from anyjob import AsyncJobs, Cancelled, Config, JobRef, Jobs
from anyjob.testing import DigitalOceanSimulator, RealClock

TOKEN = "dop_v1_bench"
LIMIT, WINDOW = 40, 10.0
FIRST_CALL_RUNS = 9


def rate_limited_bulk(mode: str) -> None:
    with DigitalOceanSimulator(token=TOKEN, hourly_limit=None, minute_limit=LIMIT, minute_window=WINDOW,
                               rate_clock=RealClock(), jobs=3 * LIMIT, seed=11) as sim:
        active = [JobRef("digitalocean", job.id) for job in sim.jobs if not job.phase(sim.clock.now()).is_terminal]
        refs = [JobRef("digitalocean", job_id) for job_id in sim.job_ids]
        config = Config(digitalocean_token=TOKEN, digitalocean_url=sim.base_url)
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
        # A sliding window lets the first LIMIT requests go at once and LIMIT more per WINDOW after: the fastest a
        # client may answer len(refs) requests is (len(refs) - LIMIT) / LIMIT windows.
        best = max(0.0, (sent - refused - LIMIT) / LIMIT * WINDOW)
        achieved, allowed = (sent - refused) / took, (sent - refused) / best if best else float("inf")
        print(f"  {mode:5}  {len(refs)} refs ({len(active)} active), budget {LIMIT}/{WINDOW:g}s: "
              f"active cancelled {len(cancelled & set(active))}/{len(active)} "
              f"({len(cancelled & set(active)) / max(1, len(active)):.0%}); {took:.1f}s; "
              f"rate {achieved:.2f}/s of {allowed:.2f}/s allowed = {achieved / allowed:.2f}x (target >= 0.9); "
              f"refused {refused}/{sent} = {refused / max(1, sent):.1%} (target <= 1%)")


FIRST_CALL = {
    "anyjob": "import anyjob; jobs = anyjob.Jobs(digitalocean_token={t!r}, digitalocean_url={u!r}); jobs.get({r!r})",
    "httpx": "import httpx; c = httpx2.Client(); c.get({u!r} + '/v2/gen-ai/indexing_jobs/' + {r!r}.split(':')[1], "
             "headers={{'Authorization': 'Bearer ' + {t!r}}}).json()",
}


def time_to_first_call() -> None:
    with DigitalOceanSimulator(token=TOKEN, hourly_limit=None, minute_limit=None, jobs=4) as sim:
        ref = f"digitalocean:{sim.job_ids[0]}"
        runs: dict[str, list[float]] = {name: [] for name in FIRST_CALL}
        for _ in range(FIRST_CALL_RUNS):
            for name, code in FIRST_CALL.items():
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", code.format(t=TOKEN, u=sim.base_url, r=ref)], check=True)
                runs[name].append(time.perf_counter() - started)
    ours, raw = statistics.median(runs["anyjob"]), statistics.median(runs["httpx"])
    print(f"  import + build + one get, fresh interpreter (median of {FIRST_CALL_RUNS}): anyjob {ours * 1000:.0f} ms, "
          f"raw httpx {raw * 1000:.0f} ms: {ours / raw:.2f}x (target <= 1.15x)")


MEMORY = """
import resource, anyjob
from tests.hostile import hostile_server, flood
state = []
with hostile_server(lambda r, c: flood(state[0], c, 512 << 20)) as server:
    state.append(server)
    once = anyjob.RetryPolicy(attempts=1)
    with anyjob.Jobs(digitalocean_token="t", digitalocean_url=server.base_url, retry=once) as j:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            j.get("digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4")
        except anyjob.DecodeError:
            pass
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) / 1024)
"""


def memory() -> None:
    done = subprocess.run([sys.executable, "-c", MEMORY], check=True, capture_output=True, text=True)
    growth = float(done.stdout.strip().splitlines()[-1])
    print(f"  peak RSS growth while a 512 MiB body is refused: {growth:.1f} MiB (target <= 64 MiB)")


def main() -> None:
    print("anyjob engine")
    print("1. rate-limited bulk cancel_many")
    for mode in ("sync", "async"):
        rate_limited_bulk(mode)
    print("2. time to first call")
    time_to_first_call()
    print("3. memory")
    memory()


if __name__ == "__main__":
    main()
