"""A call imports no generated client: plugins build their requests from their path templates and read answers from
the decoded JSON, so a program's first call to a vendor pays for none of its generated code (endpoint modules, the
`Client` classes, the models) until it reads `Job.model`.

Each vendor is checked in a fresh interpreter (outside the repository, so it imports anyjob as installed) that gets,
lists and cancels against the vendor's simulator, which runs in this process, and reports which modules of the
vendor's client package (its plugin's `client`) it had imported after each step. A vendor's credentials may come
from its client package (an `httpx2.Auth` shipped with the client, e.g. a request signer): what making them imports is
measured first, and a call may import that much and nothing more.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anyjob import VENDORS
from anyjob._vendors import plugin_for

from tests.facade.conftest import _simulators_stopped as _simulators_stopped  # joins the simulators' stops
from tests.facade.conftest import environment_of, running_sims

SCRIPT = textwrap.dedent(
    """
    import json, sys

    vendor, environment, ref = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    from anyjob import Config, Jobs
    from anyjob._vendors import plugin_for

    plugin = plugin_for(vendor)
    package = plugin.client

    def loaded():
        return sorted(name for name in sys.modules if name == package or name.startswith(package + "."))

    report = {"after import anyjob": loaded()}
    config = Config.from_env(environment)
    plugin.auth(config.settings_of(vendor))
    report["after the credentials"] = loaded()
    with Jobs(config) as jobs:
        job = jobs.get(ref)
        report["after get"] = loaded()
        next(iter(jobs.list(vendor, page_size=2)), None)
        report["after list"] = loaded()
        jobs.cancel_many([ref])
        report["after cancel"] = loaded()
        model = type(job.model)
        report["after job.model"] = loaded()
        report["model"] = f"{model.__module__}:{model.__qualname__}"
    print(json.dumps(report))
    """
)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """What each vendor's fresh interpreter had imported of its client package, step by step."""
    outside = tmp_path_factory.mktemp("outside-the-repository")
    assert not (Path(outside) / "tests").exists()
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    found = {}
    with running_sims(jobs=3, seed=5) as sims:
        environment = json.dumps(environment_of(sims))
        for vendor in VENDORS:
            ref = sims[vendor].ref(sims[vendor].job_ids[0])
            done = subprocess.run([sys.executable, "-c", SCRIPT, vendor, environment, ref], cwd=outside, env=env,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
            found[vendor] = json.loads(done.stdout.splitlines()[-1])
    yield found


@pytest.fixture(params=VENDORS)
def report(request: pytest.FixtureRequest, reports: dict[str, dict[str, Any]]) -> dict[str, Any]:
    vendor = request.param
    assert plugin_for(vendor).client, f"{vendor} names no generated client package (`client`): nothing to check"
    return {"vendor": vendor, **reports[vendor]}


def test_a_get_imports_nothing_of_the_vendors_generated_client(report: dict[str, Any]) -> None:
    assert report["after import anyjob"] == []
    if report["after the credentials"]:
        pytest.skip(f"{report['vendor']}'s credentials come from its client package (they import "
                    f"{', '.join(report['after the credentials'])}): the next test checks that its calls import "
                    "nothing more")
    assert report["after get"] == [], "a get imported generated code"


def test_calls_import_no_more_of_the_client_than_the_credentials_do(report: dict[str, Any]) -> None:
    allowed = report["after the credentials"]
    for step in ("after get", "after list", "after cancel"):
        assert report[step] == allowed, f"{report['vendor']}: {step}, beyond what its credentials import"


def test_reading_job_model_imports_the_model_and_no_endpoint(report: dict[str, Any]) -> None:
    package = plugin_for(report["vendor"]).client
    assert report["model"].startswith(f"{package}.models"), report["model"]
    imported = report["after job.model"]
    assert f"{package}.models" in imported
    assert not [name for name in imported if name.startswith(f"{package}.api")], imported
