"""What strict response validation costs in the generated clients (run by `nox -s bench`; printed, never asserted).

1. Reading a response: each client's `_build_response` (JSON decoding, the models' `from_dict`, and in strict mode the
   check against the spec's schema) on real bodies from the simulators: one job, and a page of 50 jobs.
2. A whole call: `get_indexing_job.sync` against the DigitalOcean simulator on loopback (the simulator runs in this
   process, so the figure includes its own time), strict off and on.
"""

from __future__ import annotations

import functools
import importlib
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx2
from anyjob.testing import simulator

JOBS = 120
JOBS_PER_PAGE = 50  # Dispersed allows at most 50
REPEATS = 7


def _paired_us(lenient: Callable[[], Any], strict: Callable[[], Any], calls: int) -> tuple[float, float]:
    """Median microseconds per call of each, over REPEATS alternating runs (so both see the same machine load: the
    CI machine and a developer's are shared)."""
    lenient()
    strict()
    runs: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(REPEATS):
        for index, fn in enumerate((lenient, strict)):
            start = time.perf_counter_ns()
            for _ in range(calls):
                fn()
            runs[index].append((time.perf_counter_ns() - start) / calls / 1000)
    return statistics.median(runs[0]), statistics.median(runs[1])


def _bodies(vendor: str) -> tuple[Any, dict[str, tuple[Any, bytes]]]:
    """(the client package, {label: (endpoint module, raw body)}) fetched from the vendor's simulator."""
    options: dict[str, Any] = {"hourly_limit": None, "minute_limit": None} if vendor == "digitalocean" else {}
    with simulator(vendor, jobs=JOBS, **options) as sim:
        job = sim.job_ids[0]
        if vendor == "veryfront":
            pkg = importlib.import_module("veryfront_client")
            from veryfront_client.api.jobs import get_job, list_jobs

            client = pkg.AuthenticatedClient(base_url=sim.base_url, token=sim.credentials["VERYFRONT_API_TOKEN"])
            project = sim.project.slug
            one = get_job.sync_detailed(project, job, client=client)
            page = list_jobs.sync_detailed(project, client=client, limit=JOBS_PER_PAGE)
            modules = (get_job, list_jobs)
        elif vendor == "dispersed":
            pkg = importlib.import_module("dispersed_client")
            from dispersed_client.api.jobs import get_job, list_jobs
            from dispersed_client.signing import DispersedAuth

            auth = DispersedAuth(sim.credentials["DISPERSED_PUBLIC_KEY"], sim.credentials["DISPERSED_SECRET_KEY"])
            client = pkg.Client(base_url=sim.base_url, httpx_args={"auth": auth})
            one = get_job.sync_detailed(job, client=client)  # type: ignore[arg-type]
            page = list_jobs.sync_detailed(client=client, limit=JOBS_PER_PAGE)
            modules = (get_job, list_jobs)
        else:
            pkg = importlib.import_module("digitalocean_genai_client")
            from digitalocean_genai_client.api.indexing_jobs import get_indexing_job, list_indexing_jobs

            client = pkg.AuthenticatedClient(base_url=sim.base_url, token=sim.token)
            one = get_indexing_job.sync_detailed(job, client=client)
            page = list_indexing_jobs.sync_detailed(client=client, page=1, per_page=JOBS_PER_PAGE)
            modules = (get_indexing_job, list_indexing_jobs)
    for response in (one, page):
        if response.status_code != 200 or response.problem is not None:
            raise SystemExit(f"{vendor}: the simulator answered {response.status_code}: {response.problem}")
    return pkg, {"one job": (modules[0], one.content), f"{JOBS_PER_PAGE} jobs": (modules[1], page.content)}


def reading() -> None:
    print("1. Reading a response (_build_response: JSON, models, strict check), microseconds per response")
    print(f"   {'client':30} {'body':9} {'bytes':>7} {'lenient':>10} {'strict':>10} {'strict/lenient':>15}")
    for vendor in ("veryfront", "dispersed", "digitalocean"):
        pkg, bodies = _bodies(vendor)
        lenient = pkg.Client(base_url="http://127.0.0.1")
        strict = pkg.Client(base_url="http://127.0.0.1", strict_response_validation=True)
        for label, (module, body) in bodies.items():
            response = httpx2.Response(200, content=body, headers={"content-type": "application/json"})
            for c in (lenient, strict):
                built = module._build_response(client=c, response=response)
                if built.problem is not None:
                    raise SystemExit(f"{vendor} {label}: {built.problem}")
            calls = 1000 if label == "one job" else 40
            off, on = _paired_us(
                functools.partial(module._build_response, client=lenient, response=response),
                functools.partial(module._build_response, client=strict, response=response),
                calls,
            )
            print(f"   {pkg.__name__:30} {label:9} {len(body):>7} {off:>10.1f} {on:>10.1f} {on / off:>14.2f}x")


def whole_call() -> None:
    from digitalocean_genai_client import AuthenticatedClient
    from digitalocean_genai_client.api.indexing_jobs import get_indexing_job

    print("\n2. A whole call: get_indexing_job.sync against the DigitalOcean simulator (same process), ms per call")
    with simulator("digitalocean", jobs=20, hourly_limit=None, minute_limit=None) as sim:
        job = sim.job_ids[0]
        with (
            AuthenticatedClient(base_url=sim.base_url, token=sim.token) as lenient,
            AuthenticatedClient(base_url=sim.base_url, token=sim.token, strict_response_validation=True) as strict,
        ):
            off, on = _paired_us(
                functools.partial(get_indexing_job.sync, job, client=lenient),
                functools.partial(get_indexing_job.sync, job, client=strict),
                150,
            )
    print(f"   lenient {off / 1000:.3f} ms, strict {on / 1000:.3f} ms: strict adds {on - off:.0f} us ({on / off:.2f}x)")


def main() -> None:
    reading()
    whole_call()


if __name__ == "__main__":
    main()
