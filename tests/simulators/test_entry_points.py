"""The ways users start a simulator: the command line and the pytest fixtures."""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2
import pytest
from anyjob.testing import DigitalOceanSimulator, VeryfrontSimulator, simulator

#: What anyjob reads per vendor (see anyjob's Config.from_env), written out here.
ANYJOB_ENVIRONMENT = {
    "veryfront": {"VERYFRONT_API_TOKEN", "VERYFRONT_API_URL", "VERYFRONT_PROJECT_SLUG"},
    "dispersed": {"DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY", "DISPERSED_API_URL"},
    "digitalocean": {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_API_URL"},
}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "anyjob.testing", *args]


@contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """`serve` running, with the lines it printed up to and including the seeded job ids (5 of them)."""
    process = subprocess.Popen(command("serve", *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or not lines[-1].startswith("# seeded job ids"):
            line = process.stdout.readline()
            assert line, f"serve stopped early: {lines} {process.stderr.read() if process.stderr else ''}"
            lines.append(line.rstrip("\n"))
        lines += [process.stdout.readline().rstrip("\n") for _ in range(5)]
        yield process, lines
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def exported(lines: list[str]) -> dict[str, str]:
    """The `export NAME=value` lines, read as a shell would (values may be quoted)."""
    variables = {}
    for line in lines:
        if not line.startswith("#"):
            keyword, assignment = shlex.split(line)
            assert keyword == "export", line
            name, _, value = assignment.partition("=")
            variables[name] = value
    return variables


def test_command_line_serves_until_stopped_and_prints_what_to_use() -> None:
    with serving("--vendor", "digitalocean", "--port", "0", "--speed", "50") as (_, lines):
        base_url = re.search(r"serving on (http://127\.0\.0\.1:\d+)", lines[0])
        assert base_url, lines
        environment = exported(lines)
        job_id = lines[-5].lstrip("# ").split()[0]
        response = httpx2.get(f"{environment['DIGITALOCEAN_API_URL']}/v2/gen-ai/indexing_jobs/{job_id}",
                             headers={"Authorization": f"Bearer {environment['DIGITALOCEAN_ACCESS_TOKEN']}"})
        assert environment["DIGITALOCEAN_API_URL"] == base_url[1]
        assert response.status_code == 200 and response.json()["job"]["uuid"] == job_id


@pytest.mark.parametrize("vendor", sorted(ANYJOB_ENVIRONMENT))
def test_serve_prints_every_variable_anyjob_reads_as_a_pasteable_shell_script(vendor: str) -> None:
    with serving("--vendor", vendor) as (_, lines):
        assert set(exported(lines)) == ANYJOB_ENVIRONMENT[vendor]
        # The whole output, pasted into a shell, sets them: every other line is a comment.
        script = "\n".join(lines) + "\n" + "".join(f'printf "%s\\n" "${name}"\n' for name in sorted(exported(lines)))
        shell = subprocess.run(["sh", "-c", script], capture_output=True, text=True, timeout=10, env={})
        assert shell.returncode == 0, shell.stderr
        assert shell.stdout.splitlines() == [exported(lines)[name] for name in sorted(exported(lines))]


def test_the_printed_environment_is_enough_for_anyjob(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's 2 a.m. flow: every vendor's jobs listed with nothing but what `serve` printed."""
    from anyjob import Jobs, JobState

    with serving("--vendor", "veryfront") as (_, veryfront), serving("--vendor", "dispersed") as (_, dispersed), \
            serving("--vendor", "digitalocean") as (_, digitalocean):
        for name in os.environ:
            if name.startswith(("VERYFRONT_", "DISPERSED_", "DIGITALOCEAN_", "ZER_")):
                monkeypatch.delenv(name)
        for lines in (veryfront, dispersed, digitalocean):
            for name, value in exported(lines).items():
                monkeypatch.setenv(name, value)
        with Jobs.from_env() as jobs:
            assert sorted(jobs.vendors) == ["digitalocean", "dispersed", "veryfront"]
            for vendor in jobs.vendors:
                listed = list(jobs.list(vendor))
                assert listed, vendor
                assert all(job.state is not JobState.UNKNOWN for job in listed), vendor


def test_a_busy_port_is_one_line_on_stderr_and_exit_status_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(command("serve", "--vendor", "veryfront", "--port", str(port)),
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"127.0.0.1:{port}" in result.stderr and "already in use" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--vendor", "digitalocean", "--minute-limit", "0"], "at least 1"),
        (["--vendor", "digitalocean", "--minute-window", "-1"], "positive number of seconds"),
        (["--vendor", "digitalocean", "--port", "70000"], "not a TCP port"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = subprocess.run(command("serve", *args), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_serve_sets_the_digitalocean_budgets() -> None:
    args = ("--vendor", "digitalocean", "--minute-limit", "3", "--minute-window", "30", "--hourly-limit", "none")
    with serving(*args) as (_, lines):
        assert "# rate limits: 3 per 30 s" in lines
        environment = exported(lines)
        headers = {"Authorization": f"Bearer {environment['DIGITALOCEAN_ACCESS_TOKEN']}"}
        with httpx2.Client(base_url=environment["DIGITALOCEAN_API_URL"], headers=headers) as http:
            answers = [http.get("/v2/gen-ai/indexing_jobs") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["ratelimit-limit"] for a in answers] == ["3"] * 4, "the minute budget heads when hourly is off"
    assert [a.headers["ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert 1 <= int(answers[3].headers["retry-after"]) <= 30


def test_pytest_fixtures_give_running_simulators(
    veryfront_simulator: VeryfrontSimulator, digitalocean_simulator: DigitalOceanSimulator
) -> None:
    token = veryfront_simulator.credentials["VERYFRONT_API_TOKEN"]
    response = httpx2.get(f"{veryfront_simulator.base_url}/projects/{veryfront_simulator.project.slug}/jobs",
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
