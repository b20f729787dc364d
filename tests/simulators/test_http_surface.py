"""What every simulator shares at the HTTP level: 405 answers name the allowed methods, and `environment` names every
variable anyjob reads."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import httpx2
import pytest
from anyjob.testing import SIMULATORS, VendorSimulator, VeryfrontSimulator

from tests.conftest import CODEGEN
from tests.spec_tools import load_spec, operations

#: What anyjob reads per vendor (anyjob._config.Config.from_env), written out here rather than read from anyjob.
ANYJOB_ENVIRONMENT = {
    "veryfront": {"VERYFRONT_API_TOKEN", "VERYFRONT_API_URL", "VERYFRONT_PROJECT_SLUG"},
    "dispersed": {"DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY", "DISPERSED_API_URL"},
    "digitalocean": {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_API_URL"},
}
EVERY_METHOD = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def spec_methods(vendor: str) -> dict[str, set[str]]:
    """Path template -> the methods our spec documents there (plus HEAD wherever GET is: HTTP servers answer it)."""
    methods: dict[str, set[str]] = defaultdict(set)
    for path, method, _ in operations(load_spec(CODEGEN.clients[vendor].spec)):
        methods[path] |= {method.upper(), "HEAD"} if method == "get" else {method.upper()}
    return methods


def concrete(sim: VendorSimulator, template: str) -> str:
    """A path of `template` that names things that exist, so only the method can be wrong."""
    job_id = sim.job_ids[0]
    values: dict[str, Any] = {
        "uuid": job_id, "job_id": job_id, "indexing_job_uuid": job_id,
        "knowledge_base_uuid": next(iter(getattr(sim, "knowledge_bases", {"kb": None}))),
        "project_reference": getattr(getattr(sim, "project", None), "slug", "p"),
        "batch_id": getattr(sim, "batch_id", "b"),
    }
    return template.format(**values)


@pytest.mark.parametrize("vendor", sorted(SIMULATORS))
def test_405_answers_carry_allow_with_every_method_served_at_the_path(vendor: str) -> None:
    options: dict[str, Any] = {"hourly_limit": None, "minute_limit": None} if vendor == "digitalocean" else {}
    checked = 0
    with SIMULATORS[vendor](**options) as sim, httpx2.Client(base_url=sim.base_url) as http:
        for template, allowed in spec_methods(vendor).items():
            path = concrete(sim, template)
            for method in sorted(set(EVERY_METHOD) - allowed):
                response = http.request(method, path)
                assert response.status_code == 405, (method, path, response.status_code)
                assert set(response.headers["allow"].split(", ")) == allowed, (method, path)
                assert response.headers["content-type"].startswith("application/json")
                checked += 1
    assert checked >= len(spec_methods(vendor)), "every path must have had a method refused"


def test_a_get_path_answers_head_as_its_allow_header_says(veryfront_simulator: VeryfrontSimulator) -> None:
    sim = veryfront_simulator
    path = f"/projects/{sim.project.slug}/jobs"
    refused = httpx2.delete(f"{sim.base_url}{path}")
    assert "HEAD" in refused.headers["allow"].split(", ")
    assert httpx2.head(f"{sim.base_url}{path}").status_code != 405


def test_an_unknown_path_is_404_without_allow(digitalocean_simulator: VendorSimulator) -> None:
    response = httpx2.delete(f"{digitalocean_simulator.base_url}/v2/gen-ai/no-such-thing")
    assert response.status_code == 404 and "allow" not in response.headers


@pytest.mark.parametrize("vendor", sorted(SIMULATORS))
def test_environment_names_every_variable_anyjob_reads(vendor: str) -> None:
    with SIMULATORS[vendor]() as sim:
        environment = sim.environment
        assert set(environment) == ANYJOB_ENVIRONMENT[vendor]
        assert environment[f"{vendor.upper()}_API_URL"] == sim.base_url
        assert all(value for value in environment.values())
        for name, value in sim.credentials.items():
            assert environment[name] == value


def test_veryfront_environment_names_the_seeded_project() -> None:
    with SIMULATORS["veryfront"](project_slug="nightly-ops") as sim:
        assert sim.environment["VERYFRONT_PROJECT_SLUG"] == "nightly-ops"
        token = sim.environment["VERYFRONT_API_TOKEN"]
        response = httpx2.get(f"{sim.environment['VERYFRONT_API_URL']}/projects/"
                             f"{sim.environment['VERYFRONT_PROJECT_SLUG']}/jobs",
                             headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200 and response.json()["data"]


def test_environment_needs_a_running_simulator() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = SIMULATORS["digitalocean"]().environment
