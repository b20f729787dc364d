"""What the benchmarks know about vendors, all of it read from the registry and the vendor contract: which vendor the
single-vendor benchmarks use, which operation serves a request, how anyjob's request to a vendor looks on the wire,
and a vendor's simulator in a process of its own. Nothing here names a vendor.
"""

from __future__ import annotations

import gc
import multiprocessing
import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote

import httpx2
from anyjob import Config, JobRef, VendorPlugin, parse_ref
from anyjob._vendors import plugin_for, vendor_names
from anyjob._vendors._base import Call
from anyjob.testing import SIMULATORS, BudgetState, VendorSimulator, simulator

CODEGEN = Path(__file__).resolve().parents[1] / "codegen.toml"


def generated_clients() -> dict[str, dict[str, Any]]:
    """codegen.toml's clients, by vendor name (the key of each `[clients.<vendor>]` table)."""
    clients: dict[str, dict[str, Any]] = tomllib.loads(CODEGEN.read_text(encoding="utf-8"))["clients"]
    return clients


def client_package(vendor: str) -> str | None:
    """The import name of the vendor's generated client, or None when codegen.toml has none for it."""
    client = generated_clients().get(vendor)
    return client["package"] if client else None


# -- choosing ---------------------------------------------------------------------------------------------------------


def describes_budget(vendor: str) -> bool:
    """Whether the vendor's simulator tells its rate budget in response headers (what anyjob's limiter reads)."""
    sim = simulator(vendor, jobs=1)  # not started: only its header dialect is asked
    return bool(sim.rate_limit_headers(BudgetState(10, 9, 60.0, 60.0), 0.0))


def bench_vendor(requested: str | None = None) -> str:
    """The vendor the single-vendor benchmarks (facade.py's deep sections, engine.py) run against: `requested`, else the
    first registered vendor whose simulator tells its budget in headers that describe the hour, so that a tighter
    per-minute budget can hide under it (the limiter's hardest case, engine.py); else the first whose headers tell
    any budget; else the first with a simulator."""
    names = [name for name in vendor_names() if name in SIMULATORS]
    if requested is not None:
        if requested not in names:
            raise SystemExit(f"no simulator for vendor {requested!r}; choose one of {', '.join(names)}")
        return requested
    telling = [name for name in names if describes_budget(name)]
    hourly = [name for name in telling if SIMULATORS[name].rate_headline == "hour"]
    return (hourly or telling or names)[0]


def measured_kind(vendor: str) -> str | None:
    """The kind of job the benchmarks get, cancel and list at a vendor with several (the first its plugin lists)."""
    kinds = plugin_for(vendor).kinds
    return kinds[0] if kinds else None


# -- requests, as anyjob sends them -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wire:
    """What anyjob needs to reach one vendor, from an environment: its plugin, settings, base URL, the `httpx2.Auth`
    it adds to every request, and the scope `list` uses by default (None for a vendor without scopes)."""

    vendor: str
    plugin: VendorPlugin
    settings: Mapping[str, str]
    base_url: str
    auth: httpx2.Auth
    list_scope: str | None

    @classmethod
    def of(cls, vendor: str, environment: Mapping[str, str]) -> Wire:
        plugin = plugin_for(vendor)
        settings = Config.from_env(environment).settings_of(vendor)
        scope = plugin.scope
        list_scope = settings.get(scope.setting) if scope is not None and scope.setting is not None else None
        base_url = (settings.get("url") or plugin.default_url).rstrip("/")
        return cls(vendor, plugin, settings, base_url, plugin.auth(settings), list_scope)

    def get(self, ref: JobRef) -> Call:
        return self.plugin.get(ref.job_id, ref.project)

    def cancel(self, ref: JobRef) -> Call:
        return self.plugin.cancel(ref.job_id, ref.project, None)

    def first_page(self, page_size: int, kind: str | None) -> Call:
        return self.plugin.first_pages(self.list_scope, None, page_size, kind)[0]

    def request(self, call: Call) -> httpx2.Request:
        """The request anyjob sends for `call`, authenticated (signed, for a vendor that signs) once."""
        request = httpx2.Request(call.method, self.base_url + call.url, params=call.params, headers=call.headers,
                                 json=call.json)
        return next(self.auth.sync_auth_flow(request))


def template_pattern(path: str) -> re.Pattern[str]:
    """An OpenAPI path template as a pattern, one group per parameter: "/a/{x}" -> r"/a/([^/]+)"."""
    return re.compile("".join("([^/]+)" if part.startswith("{") else re.escape(part)
                              for part in re.split(r"({[^{}/]+})", path)))


def route_of(sim: VendorSimulator, call: Call) -> tuple[str, list[str]]:
    """The operationId of `sim` that serves `call`, and its path parameters' values in template order."""
    prefix = httpx2.URL(sim.api_url).path.rstrip("/")
    path = prefix + call.url.split("?")[0]
    for op in sim.operations():
        match = template_pattern(op.path).fullmatch(path)
        if op.method == call.method and match:
            return op.name, [unquote(value) for value in match.groups()]
    raise LookupError(f"no operation of the {sim.vendor} simulator serves {call.method} {path}")


# -- a simulator in its own process ----------------------------------------------------------------------------------


def _serve(vendor: str, jobs: int, page_size: int, conn: Connection) -> None:
    """Serve `vendor`'s simulator until told "stop" (rate limits lifted, a manual clock: no job moves on its own);
    answer "report" with what reached it, and ("new", n) with n more active jobs of the measured kind."""
    sim = simulator(vendor, jobs=jobs, minute_limit=None, hourly_limit=None)
    with sim:
        wire = Wire.of(vendor, sim.environment)
        kind = measured_kind(vendor)
        list_route, _ = route_of(sim, wire.first_page(page_size, kind))
        now = sim.clock.now()
        ours = [job for job in sim.jobs if sim.job_routes(job.id).list == list_route]
        active = [sim.ref(job.id) for job in ours if not job.phase(now).is_terminal and job.cancel_requested_at is None]
        ended = [sim.ref(job.id) for job in ours if job.phase(now).is_terminal]
        probe = (active or ended)[0]
        routes = sim.job_routes(parse_ref(probe).job_id)
        gc.freeze()  # the seeded jobs live to the end: spare the server full collections scanning them
        conn.send({"environment": sim.environment, "api_url": sim.api_url, "kind": kind, "active": active,
                   "ended": ended, "routes": {"get": routes.get, "cancel": routes.cancel, "list": list_route}})
        while True:
            message = conn.recv()
            if message == "stop":
                break
            if message == "report":
                requests = sim.requests
                cancels = [tuple(sorted(r.params.items())) for r in requests if r.route == routes.cancel]
                conn.send({"statuses": Counter((r.route, r.status) for r in requests),
                           "cancels": len(cancels), "distinct": len(set(cancels))})
            else:
                _, count = message
                conn.send(_fresh(sim, list_route, count))


def _fresh(sim: VendorSimulator, list_route: str, count: int) -> list[str]:
    """`count` new active jobs listed by `list_route` (each started as a user would, `new_job`)."""
    fresh: list[str] = []
    for _ in range(count * 4 + 10):
        job_id = sim.new_job()
        if sim.job_routes(job_id).list == list_route:
            fresh.append(sim.ref(job_id))
            if len(fresh) == count:
                return fresh
    raise RuntimeError(f"the {sim.vendor} simulator's new jobs are not of the kind listed by {list_route}")


class SimulatorProcess:
    """A vendor's simulator in its own process (the benchmark's client is this one), and the active jobs of the
    measured kind not yet handed out for a cancel: `take(n)` hands each out once, starting fresh jobs when the seeded
    ones run out. `environment` is what anyjob and the vendor's SDK read; `routes` the operationIds serving get,
    cancel and the measured list."""

    def __init__(self, vendor: str, jobs: int, page_size: int) -> None:
        self.vendor = vendor
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("spawn").Process(target=_serve, args=(vendor, jobs, page_size,
                                                                                          child), daemon=True)
        self._process.start()
        child.close()  # the child has its own copy: if it dies before answering, recv() raises EOFError
        info: dict[str, Any] = self._conn.recv()
        self.environment: dict[str, str] = info["environment"]
        self.api_url: str = info["api_url"]
        self.kind: str | None = info["kind"]
        self.routes: dict[str, str] = info["routes"]
        self.ended: list[str] = info["ended"]
        self.seeded_active = len(info["active"])
        self._active: list[str] = info["active"]
        self._next = 0
        self.fresh = 0  # jobs started beyond the seeded ones

    def take(self, count: int) -> list[str]:
        """Refs of `count` active jobs that nothing has cancelled (nor will: each is handed out once)."""
        short = self._next + count - len(self._active)
        if short > 0:
            self._conn.send(("new", short))
            self._active += self._conn.recv()
            self.fresh += short
        taken = self._active[self._next:self._next + count]
        self._next += count
        return taken

    def report(self) -> dict[str, Any]:
        self._conn.send("report")
        report: dict[str, Any] = self._conn.recv()
        return report

    def __enter__(self) -> SimulatorProcess:
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
