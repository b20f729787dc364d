"""The ways users start a simulator: the command line and the pytest fixtures, for every registered vendor.

What `serve` must print is read from the vendor's plugin (the environment variables of its settings); requests to a
served simulator authenticate the way anyjob does, from that printed environment alone.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import httpx2
import pytest
from anyjob import VENDORS, Config, JobRef, Jobs, JobState
from anyjob._config import endpoint
from anyjob._vendors import plugin_for, plugins
from anyjob.testing import SIMULATORS, simulator

from tests.simulators.wire import SimAuth, anyjob_environment, list_path, shows_budget, url_variable

#: Any one registered vendor, for what is the same for all (the command line's own checks).
SOME_VENDOR = VENDORS[0]


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


def scope_of(config: Config, vendor: str) -> str | None:
    """The scope (Veryfront's project) the configuration gives `list`, for a vendor whose jobs live in one."""
    scope = plugin_for(vendor).scope
    return config.settings_of(vendor).get(scope.setting) if scope is not None and scope.setting else None


@pytest.mark.parametrize("vendor", VENDORS)
def test_serve_prints_every_variable_anyjob_reads_as_a_pasteable_shell_script(vendor: str) -> None:
    needed, offered = anyjob_environment(vendor)
    with serving("--vendor", vendor, "--port", "0", "--speed", "50") as (_, lines):
        base_url = re.search(r"serving on (http://127\.0\.0\.1:\d+)", lines[0])
        assert base_url, lines
        environment = exported(lines)
        assert needed <= set(environment) <= offered, sorted(environment)
        printed = environment[url_variable(vendor)]  # the server's URL, or an API path under it (OpenAI's /v1)
        assert printed == base_url[1] or printed.startswith(base_url[1] + "/"), printed
        # a seeded job id it printed names a job that anyjob, configured from the printed lines alone, can read
        job_id = lines[-5].lstrip("# ").split()[0]
        config = Config.from_env(environment)
        with Jobs(config) as jobs:
            job = jobs.get(JobRef(vendor, job_id, project=scope_of(config, vendor)))
        assert job.id == job_id and job.state is not JobState.UNKNOWN
        # The whole output, pasted into a shell, sets them: every other line is a comment.
        script = "\n".join(lines) + "\n" + "".join(f'printf "%s\\n" "${name}"\n' for name in sorted(environment))
        shell = subprocess.run(["sh", "-c", script], capture_output=True, text=True, timeout=10, env={})
        assert shell.returncode == 0, shell.stderr
        assert shell.stdout.splitlines() == [environment[name] for name in sorted(environment)]


def test_the_printed_environment_is_enough_for_anyjob(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's 2 a.m. flow: every vendor's jobs listed with nothing but what `serve` printed."""
    with ExitStack() as stack:
        printed = [stack.enter_context(serving("--vendor", vendor))[1] for vendor in VENDORS]
        for plugin in plugins():
            for setting in plugin.settings:
                for name in setting.env:
                    monkeypatch.delenv(name, raising=False)
        for lines in printed:
            for name, value in exported(lines).items():
                monkeypatch.setenv(name, value)
        with Jobs.from_env() as jobs:
            assert sorted(jobs.vendors) == sorted(VENDORS)
            for vendor in jobs.vendors:
                listed = list(jobs.list(vendor))
                assert listed, vendor
                assert all(job.state is not JobState.UNKNOWN for job in listed), vendor


def test_a_busy_port_is_one_line_on_stderr_and_exit_status_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(command("serve", "--vendor", SOME_VENDOR, "--port", str(port)),
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"127.0.0.1:{port}" in result.stderr and "already in use" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--vendor", SOME_VENDOR, "--minute-limit", "0"], "at least 1"),
        (["--vendor", SOME_VENDOR, "--minute-window", "-1"], "positive number of seconds"),
        (["--vendor", SOME_VENDOR, "--port", "70000"], "not a TCP port"),
        (["--vendor", "nosuchvendor"], "invalid choice"),
    ],
    ids=["minute-limit", "minute-window", "port", "vendor"],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = subprocess.run(command("serve", *args), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("vendor", VENDORS)
def test_serve_sets_the_budgets(vendor: str) -> None:
    args = ("--vendor", vendor, "--minute-limit", "3", "--minute-window", "30", "--hourly-limit", "none")
    with serving(*args) as (_, lines):
        assert "# rate limits: 3 per 30 s" in lines
        config = Config.from_env(exported(lines))
        where = endpoint(config, vendor)  # the URL and the authentication anyjob would use
        call = where.plugin.first_pages(scope_of(config, vendor), None, None, None)[0]  # a list of its jobs
        with httpx2.Client(base_url=where.base_url, auth=where.auth) as http:
            answers = [http.request(call.method, call.url, params=call.params, headers=call.headers) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert 1 <= int(answers[3].headers["retry-after"]) <= 30
    sim = SIMULATORS[vendor](jobs=1)  # not served: only asked how it shows a budget
    if shows_budget(sim):
        budgets = [plugin_for(vendor).rate_limits.budget(a.headers, time.time()) for a in answers]
        assert [b.limit for b in budgets] == [3] * 4, "the minute budget heads when hourly is off"
        assert [b.remaining for b in budgets] == [2, 1, 0, 0]


def test_pytest_fixtures_give_running_simulators(request: pytest.FixtureRequest) -> None:
    """`<vendor>_simulator` for every registered vendor: each running on its own port, answering with its jobs."""
    urls = set()
    for vendor in SIMULATORS:
        sim = request.getfixturevalue(f"{vendor}_simulator")
        assert isinstance(sim, SIMULATORS[vendor])
        response = httpx2.get(f"{sim.base_url}{list_path(sim)}", auth=SimAuth(sim))
        assert response.status_code == 200 and response.json()
        urls.add(sim.base_url)
    assert len(urls) == len(SIMULATORS)


def test_simulator_by_vendor_name() -> None:
    for vendor in VENDORS:
        assert type(simulator(vendor, jobs=1)) is SIMULATORS[vendor]
    with pytest.raises(ValueError, match="no simulator for vendor 'nosuch'") as refused:
        simulator("nosuch")
    assert all(vendor in str(refused.value) for vendor in SIMULATORS)
