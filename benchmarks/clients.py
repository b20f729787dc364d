"""What strict response validation costs in the generated clients (run by `nox -s bench`; printed, never asserted).

Every client codegen.toml lists whose vendor has a simulator (the `[clients.<vendor>]` key names the vendor), with
requests built from the vendor's plugin and the endpoint module found by the operationId that the simulator's contract
says serves it (the generated module of an operation is named after its operationId):

1. Reading a response: each client's `_build_response` (JSON decoding, the models' `from_dict`, and in strict mode the
   check against the spec's schema) on real bodies from the simulators: one job, and the first page of a list (50
   jobs asked for; the vendor's maximum where it is lower; the first kind of job its plugin lists).
2. A whole call: each client's generated get (`<operation>.sync`) against the vendor's simulator on loopback (the
   simulator runs in this process, so the figure includes its own time), strict off and on.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
import statistics
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx2
from anyjob import parse_ref
from anyjob.testing import SIMULATORS, simulator

from benchmarks.simulators import Wire, generated_clients, measured_kind, route_of

JOBS = 120
JOBS_PER_PAGE = 50
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


def endpoint(package: str, operation_id: str) -> ModuleType:
    """The generated module of `operation_id` in `package` (`<package>.api.<tag>.<operation_id>`)."""
    api = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        if tag.ispkg and importlib.util.find_spec(f"{api.__name__}.{tag.name}.{operation_id}") is not None:
            return importlib.import_module(f"{api.__name__}.{tag.name}.{operation_id}")
    raise LookupError(f"{package} has no module for operation {operation_id}")


def _bodies(vendor: str, package: str) -> dict[str, tuple[ModuleType, bytes]]:
    """{label: (endpoint module, raw body)}: one job and the first page of a list, fetched from the vendor's
    simulator with the requests anyjob sends."""
    with simulator(vendor, jobs=JOBS, hourly_limit=None, minute_limit=None) as sim:
        wire = Wire.of(vendor, sim.environment)
        calls = [wire.get(parse_ref(sim.ref(sim.job_ids[0]))), wire.first_page(JOBS_PER_PAGE, measured_kind(vendor))]
        found: dict[str, tuple[ModuleType, bytes]] = {}
        with httpx2.Client() as http:
            for call in calls:
                response = http.send(wire.request(call))
                if response.status_code != 200:
                    raise SystemExit(f"{vendor}: the simulator answered {response.status_code}: {response.text[:200]}")
                module = endpoint(package, route_of(sim, call)[0])
                listed = len(wire.plugin.jobs(response.json(), wire.list_scope)) if call is calls[1] else 0
                label = f"{listed} jobs" if listed else "one job"
                found[label] = (module, response.content)
    return found


def _clients() -> dict[str, Any]:
    """Each generated client whose vendor has a simulator: vendor -> the client package."""
    found = {}
    for vendor, client in generated_clients().items():
        if vendor in SIMULATORS:
            found[vendor] = importlib.import_module(client["package"])
        else:
            print(f"   {client['package']}: skipped: no simulator for {vendor}")
    return found


def reading(clients: dict[str, Any]) -> None:
    print("1. Reading a response (_build_response: JSON, models, strict check), microseconds per response")
    print(f"   {'client':30} {'body':9} {'bytes':>7} {'lenient':>10} {'strict':>10} {'strict/lenient':>15}")
    for vendor, pkg in clients.items():
        bodies = _bodies(vendor, pkg.__name__)
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


def whole_call(clients: dict[str, Any]) -> None:
    print("\n2. A whole call: each client's generated get (sync) against its vendor's simulator (same process), ms per "
          "call")
    for vendor, pkg in clients.items():
        with simulator(vendor, jobs=20, hourly_limit=None, minute_limit=None) as sim:
            wire = Wire.of(vendor, sim.environment)
            call = wire.get(parse_ref(sim.ref(sim.job_ids[0])))
            operation, path_values = route_of(sim, call)
            module = endpoint(pkg.__name__, operation)
            get = module.sync
            options = {"base_url": wire.base_url, "httpx_args": {"auth": wire.auth}}
            with pkg.Client(**options) as lenient, pkg.Client(**options, strict_response_validation=True) as strict:
                for c in (lenient, strict):
                    answer = module.sync_detailed(*path_values, client=c)
                    if answer.status_code != 200 or answer.problem is not None:
                        raise SystemExit(f"{vendor}: {operation} answered {answer.status_code}: {answer.problem}")
                off, on = _paired_us(
                    functools.partial(get, *path_values, client=lenient),
                    functools.partial(get, *path_values, client=strict),
                    150,
                )
        print(f"   {pkg.__name__:30} {operation:22} lenient {off / 1000:.3f} ms, strict {on / 1000:.3f} ms: "
              f"strict adds {on - off:.0f} us ({on / off:.2f}x)")


def main() -> None:
    clients = _clients()
    reading(clients)
    whole_call(clients)


if __name__ == "__main__":
    main()
