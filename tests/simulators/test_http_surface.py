"""What every simulator shares at the HTTP level: 405 answers name the allowed methods, unknown paths are 404s in the
vendor's format, and `environment` names every variable anyjob reads (as the vendor's plugin declares them)."""

from __future__ import annotations

from collections import defaultdict

import httpx2
import pytest
from anyjob.testing import SIMULATORS, VendorSimulator

from tests.conftest import CODEGEN
from tests.simulators.wire import anyjob_environment, list_path, url_variable
from tests.spec_tools import load_spec, operations

VENDORS = sorted(SIMULATORS)
EVERY_METHOD = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
NO_LIMITS = {"hourly_limit": None, "minute_limit": None}


def spec_methods(vendor: str) -> dict[str, tuple[set[str], str]]:
    """Path template -> (the methods our spec documents there, plus HEAD wherever GET is: HTTP servers answer it;
    an operationId served at the path). The vendor's spec is codegen.toml's client named after it."""
    methods: dict[str, set[str]] = defaultdict(set)
    served: dict[str, str] = {}
    for path, method, op in operations(load_spec(CODEGEN.clients[vendor].spec)):
        methods[path] |= {method.upper(), "HEAD"} if method == "get" else {method.upper()}
        served.setdefault(path, op["operationId"])
    return {path: (methods[path], served[path]) for path in methods}


def concrete(sim: VendorSimulator, template: str, operation_id: str) -> str:
    """A path of `template` that names things that exist, so only the method can be wrong."""
    return template.format(**sim.sample_path_params(operation_id))


@pytest.mark.parametrize("vendor", VENDORS)
def test_405_answers_carry_allow_with_every_method_served_at_the_path(vendor: str) -> None:
    checked = 0
    paths = spec_methods(vendor)
    with SIMULATORS[vendor](**NO_LIMITS) as sim, httpx2.Client(base_url=sim.api_url) as http:  # the spec's paths
        for template, (allowed, operation_id) in paths.items():
            path = concrete(sim, template, operation_id)
            for method in sorted(set(EVERY_METHOD) - allowed):
                response = http.request(method, path)
                assert response.status_code == 405, (method, path, response.status_code)
                assert set(response.headers["allow"].split(", ")) == allowed, (method, path)
                assert response.headers["content-type"].startswith("application/json")
                checked += 1
    assert checked >= len(paths), "every path must have had a method refused"


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_get_path_answers_head_as_its_allow_header_says(vendor: str) -> None:
    with SIMULATORS[vendor](**NO_LIMITS) as sim:
        path = list_path(sim)
        assert "GET" in sim.allowed_methods(path)
        refused_method = next(m for m in ("DELETE", "PATCH", "PUT", "POST") if m not in sim.allowed_methods(path))
        refused = httpx2.request(refused_method, f"{sim.base_url}{path}")
        assert refused.status_code == 405
        assert "HEAD" in refused.headers["allow"].split(", ")
        assert httpx2.head(f"{sim.base_url}{path}").status_code != 405


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_unknown_path_is_404_without_allow(vendor: str) -> None:
    with SIMULATORS[vendor](**NO_LIMITS) as sim:
        response = httpx2.delete(f"{sim.base_url}{list_path(sim)}/no-such-thing/at-all")
        assert response.status_code == 404 and "allow" not in response.headers
        assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("vendor", VENDORS)
def test_environment_names_every_variable_anyjob_reads(vendor: str) -> None:
    needed, offered = anyjob_environment(vendor)
    with SIMULATORS[vendor]() as sim:
        environment = sim.environment
        assert needed <= set(environment) <= offered, sorted(environment)
        assert environment[url_variable(vendor)] == sim.api_url  # the base URL, or under it (OpenAI's /v1)
        assert all(value for value in environment.values())
        for name, value in sim.credentials.items():
            assert environment[name] == value


@pytest.mark.parametrize("vendor", VENDORS)
def test_environment_needs_a_running_simulator(vendor: str) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = SIMULATORS[vendor]().environment
