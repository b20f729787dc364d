"""The ways users start a simulator: the command line and the pytest fixtures."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import httpx
from anyjob.testing import DigitalOceanSimulator, VeryfrontSimulator, simulator


def test_command_line_serves_until_stopped_and_prints_what_to_use() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "anyjob.testing", "serve", "--vendor", "digitalocean", "--port", "0", "--speed", "50"],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
        base_url = re.search(r"serving on (http://127\.0\.0\.1:\d+)", lines[0])
        token = re.search(r"DIGITALOCEAN_ACCESS_TOKEN=(\S+)", "".join(lines))
        assert base_url and token, lines
        while not (line := process.stdout.readline()).startswith("seeded job ids"):
            assert line, "the command stopped before listing job ids"
        job_id = process.stdout.readline().split()[0]
        response = httpx.get(f"{base_url[1]}/v2/gen-ai/indexing_jobs/{job_id}",
                             headers={"Authorization": f"Bearer {token[1]}"})
        assert response.status_code == 200 and response.json()["job"]["uuid"] == job_id
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_pytest_fixtures_give_running_simulators(
    veryfront_simulator: VeryfrontSimulator, digitalocean_simulator: DigitalOceanSimulator
) -> None:
    token = veryfront_simulator.credentials["VERYFRONT_API_TOKEN"]
    response = httpx.get(f"{veryfront_simulator.base_url}/projects/{veryfront_simulator.project.slug}/jobs",
                         headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.json()["data"]
    assert digitalocean_simulator.base_url != veryfront_simulator.base_url


def test_simulator_by_vendor_name() -> None:
    assert isinstance(simulator("digitalocean", jobs=1), DigitalOceanSimulator)
    try:
        simulator("nosuch")
    except ValueError as exc:
        assert "veryfront" in str(exc)
    else:
        raise AssertionError("an unknown vendor must be refused")
