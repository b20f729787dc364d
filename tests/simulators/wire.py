"""Talking to any registered simulator over HTTP without anyjob or the vendor's SDK: its own credentials on each
request (`VendorSimulator.auth_headers`), and paths that name things it has (`sample_path_params`)."""

from __future__ import annotations

import random
from collections.abc import Generator

import httpx2
import requests
from anyjob._vendors import plugin_for
from anyjob._vendors._ratelimits import Budget
from anyjob.testing import BudgetState, VendorSimulator


class SimAuth(httpx2.Auth):
    """httpx2 auth that authenticates every request to `sim` as the simulator says (signing vendors sign each)."""

    requires_request_body = True

    def __init__(self, sim: VendorSimulator) -> None:
        self.sim = sim

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers.update(self.sim.auth_headers(request.method, str(request.url), request.content))
        yield request


class RequestsSimAuth(requests.auth.AuthBase):
    """The same for `requests` (schemathesis sends with it)."""

    def __init__(self, sim: VendorSimulator) -> None:
        self.sim = sim

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        request.headers.update(self.sim.auth_headers(request.method or "GET", request.url or "",
                                                     body.encode() if isinstance(body, str) else body))
        return request


def path_of(sim: VendorSimulator, operation_id: str, rng: random.Random | None = None) -> str:
    """The path of `operation_id` with parameters that name things the simulator has."""
    return sim.operation(operation_id).path.format(**sim.sample_path_params(operation_id, rng))


def list_path(sim: VendorSimulator) -> str:
    """The path of the (first) list of jobs anyjob walks at this vendor: a GET that succeeds with valid credentials."""
    return path_of(sim, sim.list_routes[0])


def shows_budget(sim: VendorSimulator) -> bool:
    """Whether the simulator's answers carry the vendor's rate-limit headers (not every vendor documents any)."""
    return bool(sim.rate_limit_headers(BudgetState(limit=3, remaining=2, resets_at=sim.rate_clock.now() + 60,
                                                   window=60.0), sim.rate_clock.now()))


def budget_of(sim: VendorSimulator, response: httpx2.Response, now: float | None = None) -> Budget:
    """The request budget an answer's headers describe, read in the vendor's dialect (anyjob's plugin reads them so),
    at rate-clock time `now` (default: the simulator's rate clock now)."""
    return plugin_for(sim.vendor).rate_limits.budget(response.headers,
                                                     sim.rate_clock.now() if now is None else now)


def anyjob_environment(vendor: str) -> tuple[set[str], set[str]]:
    """(the variables a simulator's `environment` must set, those it may set), from the vendor's plugin: it must set
    the credentials, the base URL and the scope `list` reads when none is given (Veryfront's project); it may set the
    first name anyjob reads of any of the vendor's settings."""
    plugin = plugin_for(vendor)
    offered = {setting.env[0] for setting in plugin.settings}
    url = plugin.setting("url")
    assert url is not None, "every vendor's base URL is a setting: the simulator's environment points it there"
    needed = {setting.env[0] for setting in plugin.settings if setting.required} | {url.env[0]}
    if plugin.scope is not None and plugin.scope.setting is not None:
        scope = plugin.setting(plugin.scope.setting)
        assert scope is not None
        needed.add(scope.env[0])
    return needed, offered


def url_variable(vendor: str) -> str:
    """The environment variable anyjob reads the vendor's base URL from."""
    url = plugin_for(vendor).setting("url")
    assert url is not None
    return url.env[0]
