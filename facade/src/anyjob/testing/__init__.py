"""Simulators of the vendors' job APIs: real HTTP servers on 127.0.0.1, for tests, demos and benchmarks.

What ``moto`` is for AWS, for Veryfront, Dispersed and DigitalOcean jobs. Each simulator is written from the vendor's
documentation and anyjob's specs (not from the generated clients) and serves plain JSON, so it checks the clients
independently.

    from anyjob.testing import DigitalOceanSimulator, Fault

    with DigitalOceanSimulator() as sim:           # serves on an ephemeral loopback port until the block ends
        sim.base_url, sim.credentials, sim.job_ids
        sim.clock.advance(30)                      # jobs move through their states on a controllable clock
        sim.faults.add(Fault.http_status(503), route="cancel_indexing_job", times=2, uuid=sim.job_ids[0])
        ...
        assert sim.count("cancel_indexing_job", uuid=sim.job_ids[0]) == 3

- Clock: `ManualClock` (the default; jobs move only when a test calls `advance`) or `RealClock(speed=...)` for demos.
- Faults (`Fault`): error statuses with Retry-After, latency, a dropped connection, a truncated JSON body, an HTML error
  page (with 200 or 502), unlisted enum values, unknown extra fields, nulls in nullable fields. Rules are per route
  (the spec's operationId) and path parameters, for the next N requests or with a probability drawn from the seed.
- Request log: `sim.requests` and `sim.count(route, **path_params)` say what reached the server, so a test can prove
  that nothing was lost or sent twice.
- Rate limits: every simulator can enforce a minute's and an hour's budget (the vendor's documented ones by default)
  and answers in the vendor's rate-limit header dialect.
- pytest: installing ``anyjob[testing]`` registers one fixture per registered vendor, ``<vendor>_simulator`` (e.g.
  ``digitalocean_simulator``).
- Command line: ``python -m anyjob.testing serve --vendor digitalocean --port 8080``.
- Each registered vendor's simulator class is importable from here by its name (`SIMULATORS` maps vendor names to
  them); the vendor contract (`VendorSimulator.job_routes`, `vendor_status`, ...) is what the shared test suites read.

Choices the vendors' documentation leaves open (cancel semantics, error bodies, rate limits, signing details) are
listed in each vendor module's docstring (``anyjob.testing._<vendor>``).
"""

from typing import TYPE_CHECKING, Any

from anyjob._vendors import import_object, plugins

# The shared core, re-exported; each vendor's simulator is found through the registry (`__getattr__` below).
from ._budget import BudgetState as BudgetState
from ._budget import Window as Window
from ._clock import Clock as Clock
from ._clock import ManualClock as ManualClock
from ._clock import RealClock as RealClock
from ._faults import Fault as Fault
from ._faults import FaultKind as FaultKind
from ._faults import FaultPlan as FaultPlan
from ._faults import FaultRule as FaultRule
from ._jobs import Phase as Phase
from ._jobs import SimJob as SimJob
from ._vendor import JobRoutes as JobRoutes
from ._vendor import RecordedRequest as RecordedRequest
from ._vendor import VendorSimulator as VendorSimulator


def _registered() -> dict[str, type[VendorSimulator]]:
    """Each registered vendor's simulator, as its plugin names it ("module:Class")."""
    found: dict[str, type[VendorSimulator]] = {}
    for plugin in plugins():
        if plugin.simulator:
            found[plugin.name] = import_object(plugin.simulator)
    return found


def simulator(vendor: str, **options: object) -> VendorSimulator:
    """A (not yet started) simulator for a registered vendor, e.g. "veryfront", "dispersed" or "digitalocean"."""
    found = _registered()
    try:
        cls = found[vendor]
    except KeyError:
        raise ValueError(f"no simulator for vendor {vendor!r}; choose one of {', '.join(found)}") from None
    return cls(**options)  # type: ignore[arg-type]


_CORE = [
    "SIMULATORS",
    "BudgetState",
    "Clock",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "FaultRule",
    "JobRoutes",
    "ManualClock",
    "Phase",
    "RealClock",
    "RecordedRequest",
    "SimJob",
    "VendorSimulator",
    "Window",
    "simulator",
]

if TYPE_CHECKING:
    SIMULATORS: dict[str, type[VendorSimulator]]


def __getattr__(name: str) -> Any:  # Any: each registered vendor's simulator class, by its class name
    # Read from the vendor registry when asked, so that every registered vendor's simulator is here, built-in or not,
    # and none is named in this module.
    if name == "SIMULATORS":
        return _registered()
    if name == "__all__":
        return [*_CORE, *sorted(cls.__name__ for cls in _registered().values())]
    for cls in _registered().values():
        if cls.__name__ == name:
            return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_CORE, *(cls.__name__ for cls in _registered().values())})
