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
- pytest: installing ``anyjob[testing]`` registers fixtures ``veryfront_simulator``, ``dispersed_simulator`` and
  ``digitalocean_simulator``.
- Command line: ``python -m anyjob.testing serve --vendor digitalocean --port 8080``.

Choices the vendors' documentation leaves open (cancel semantics, error bodies, rate limits, signing details) are
listed in each vendor module's docstring: ``anyjob.testing._veryfront``, ``._dispersed``, ``._digitalocean``.
"""

import importlib
from typing import TYPE_CHECKING

from anyjob._vendors import plugins

from ._clock import Clock, ManualClock, RealClock
from ._digitalocean import DigitalOceanSimulator
from ._dispersed import DispersedSimulator
from ._faults import Fault, FaultKind, FaultPlan, FaultRule
from ._jobs import Phase
from ._vendor import RecordedRequest, VendorSimulator
from ._veryfront import VeryfrontSimulator


def _registered() -> dict[str, type[VendorSimulator]]:
    """Each registered vendor's simulator, as its plugin names it ("module:Class")."""
    found: dict[str, type[VendorSimulator]] = {}
    for plugin in plugins():
        if plugin.simulator:
            module, _, name = plugin.simulator.partition(":")
            found[plugin.name] = getattr(importlib.import_module(module), name)
    return found


def simulator(vendor: str, **options: object) -> VendorSimulator:
    """A (not yet started) simulator for a registered vendor, e.g. "veryfront", "dispersed" or "digitalocean"."""
    found = _registered()
    try:
        cls = found[vendor]
    except KeyError:
        raise ValueError(f"no simulator for vendor {vendor!r}; choose one of {', '.join(found)}") from None
    return cls(**options)  # type: ignore[arg-type]


if TYPE_CHECKING:
    SIMULATORS: dict[str, type[VendorSimulator]]


def __getattr__(name: str) -> object:
    if name == "SIMULATORS":  # read from the vendor registry when asked, so registered vendors appear too
        return _registered()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SIMULATORS",
    "Clock",
    "DigitalOceanSimulator",
    "DispersedSimulator",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "FaultRule",
    "ManualClock",
    "Phase",
    "RealClock",
    "RecordedRequest",
    "VendorSimulator",
    "VeryfrontSimulator",
    "simulator",
]
