"""The `anyjob` command line against the three simulators over loopback.

Every command for every vendor, as a table and as --json; each exit code (0, 1, 2, 3, 4); one clear line on stderr,
never a traceback or a secret; --help everywhere. Commands run in-process through click's CliRunner, with the
environment set by monkeypatch. Jobs move only when a test advances a simulator's ManualClock: `wait` is made to
see a job finish by advancing the clock from a thread once the simulator has answered the first poll.
"""

from __future__ import annotations

import ast
import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import anyjob
import httpx2
import pytest
from anyjob import VENDORS, Config, JobRef, Jobs, JobState, RetryPolicy, Vendor, parse_ref
from anyjob import cli as cli_module
from anyjob.cli import cli
from anyjob.testing import Fault, Phase
from click.testing import CliRunner, Result
from dispersed_client.signing import DispersedAuth

from .conftest import ROUTES, SECRETS, Sims, config_for, expected_state, running_sims

JOB_KEYS = {"ref", "vendor", "id", "project", "state", "raw_status", "created_at", "started_at", "finished_at",
            "progress", "error"}
ENV_NAMES = ("VERYFRONT_API_TOKEN", "VERYFRONT_API_URL", "VERYFRONT_PROJECT_SLUG", "VERYFRONT_PROJECT_ID",
             "DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY", "DISPERSED_API_URL", "DIGITALOCEAN_ACCESS_TOKEN",
             "DIGITALOCEAN_API_URL")
VENDOR_ENV: dict[Vendor, tuple[str, ...]] = {
    "veryfront": ("VERYFRONT_API_TOKEN",),
    "dispersed": ("DISPERSED_PUBLIC_KEY", "DISPERSED_SECRET_KEY"),
    "digitalocean": ("DIGITALOCEAN_ACCESS_TOKEN",),
}
MISSING = "3c90c3cc-0d44-4b50-8888-8dd25736052a"  # a well-formed id no simulator has
FAST_WAIT = ["--poll-interval", "0.02", "--max-poll-interval", "0.05"]
SRC = Path(anyjob.__file__).parent


# -- fixtures and helpers ---------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No configuration or terminal setting leaks in from the machine running the tests."""
    for name in (*ENV_NAMES, "COLUMNS", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's client with the default number of attempts but tiny waits between them (one test keeps the real
    policy)."""
    monkeypatch.setattr(cli_module, "_open_jobs",
                        lambda config: Jobs(config, retry=RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)))


def point_at(monkeypatch: pytest.MonkeyPatch, sims: Sims) -> None:
    """The environment variables anyjob reads, pointing at `sims`."""
    config = config_for(sims)
    env = {
        "VERYFRONT_API_TOKEN": config.veryfront_token, "VERYFRONT_API_URL": config.veryfront_url,
        "VERYFRONT_PROJECT_SLUG": config.veryfront_project,
        "DISPERSED_PUBLIC_KEY": config.dispersed_public_key, "DISPERSED_SECRET_KEY": config.dispersed_secret_key,
        "DISPERSED_API_URL": config.dispersed_url,
        "DIGITALOCEAN_ACCESS_TOKEN": config.digitalocean_token, "DIGITALOCEAN_API_URL": config.digitalocean_url,
    }
    for name, value in env.items():
        assert value is not None
        monkeypatch.setenv(name, value)


@pytest.fixture(scope="module")
def world() -> Iterator[Sims]:
    """Simulators shared by the tests that change nothing at the vendors (no cancel, no fault, no clock move)."""
    with running_sims() as sims:
        yield sims


@pytest.fixture
def still(world: Sims, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sims]:
    """`world`, configured; the test must leave its jobs, clocks and fault rules as they were."""
    point_at(monkeypatch, world)
    before = [(job.id, job.cancel_requested_at) for sim in world.all() for job in sim.jobs]
    yield world
    assert [(job.id, job.cancel_requested_at) for sim in world.all() for job in sim.jobs] == before


@pytest.fixture
def fresh(sims: Sims, monkeypatch: pytest.MonkeyPatch) -> Sims:
    """New simulators for this test alone, configured."""
    point_at(monkeypatch, sims)
    return sims


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def assert_clean(result: Result, *, lines: int = 1) -> None:
    """stderr: `lines` messages, each one line `anyjob: <message>` (besides wait's progress lines, `[  0.1s] ...`);
    no traceback, no secret anywhere."""
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    assert not [secret for secret in SECRETS if secret in everything]
    messages = [line for line in result.stderr.splitlines() if not line.startswith("[")]
    assert len(messages) == lines, result.stderr
    assert all(line.startswith("anyjob: ") for line in messages), result.stderr


def json_of(result: Result) -> Any:
    """stdout is exactly one JSON document."""
    return json.loads(result.stdout)


def check_job_json(document: Any, ref: JobRef | str, state: JobState | None = None) -> dict[str, Any]:
    """A job object as --json prints it, for `ref`, with every field in its documented form."""
    assert isinstance(document, dict)
    assert set(document) == JOB_KEYS
    parsed = parse_ref(str(ref))
    assert document["ref"] == str(parsed)
    assert (document["vendor"], document["id"], document["project"]) == (parsed.vendor, parsed.job_id, parsed.project)
    assert document["state"] in {s.value for s in JobState}
    if state is not None:
        assert document["state"] == state.value
    assert isinstance(document["raw_status"], str) and document["raw_status"]
    assert document["created_at"] is not None
    for key in ("created_at", "started_at", "finished_at"):
        if document[key] is not None:
            assert document[key].endswith("Z")
            assert datetime.fromisoformat(document[key]).utcoffset() is not None
    if document["progress"] is not None:
        assert set(document["progress"]) == {"done", "total"}
        assert 0 <= document["progress"]["done"] <= document["progress"]["total"]
    assert document["error"] is None or isinstance(document["error"], str)
    return document


def table_row(result: Result, ref: JobRef | str) -> str:
    """The line of a table that shows `ref`."""
    rows = [line for line in result.stdout.splitlines() if line.startswith(str(ref))]
    assert len(rows) == 1, result.stdout
    return rows[0]


def detail(result: Result, field: str) -> str:
    """A field of the one-job view (`ref`, `state`, `progress`, ...)."""
    rows = [line.split(None, 1) for line in result.stdout.splitlines() if line.startswith(field + " ")]
    assert len(rows) == 1, result.stdout
    return rows[0][1] if len(rows[0]) > 1 else ""


def submit(sims: Sims, vendor: Vendor) -> JobRef:
    """A new job through the vendor's own API: queued 5 s, then running 60 s (simulated), then succeeded."""
    if vendor == "veryfront":
        vf = sims.veryfront
        response = httpx2.post(
            f"{vf.base_url}/projects/{vf.project.slug}/jobs",
            json={"name": "ingest", "target": "task:knowledge-ingest", "config": {"paths": ["a.md", "b.md", "c.md"]}},
            headers={"Authorization": f"Bearer {vf.token}"})
        response.raise_for_status()
        return sims.ref(vendor, response.json()["id"])
    if vendor == "dispersed":
        ds, keys = sims.dispersed, sims.dispersed.credentials
        response = httpx2.post(
            f"{ds.base_url}/v1/jobs",
            json={"task": "BATCH", "max_timeout_run_ms": 3_600_000,
                  "parameters": {"type": "docker", "parameters": {"image": "alpine", "tag": "3"}}},
            auth=DispersedAuth(keys["DISPERSED_PUBLIC_KEY"], keys["DISPERSED_SECRET_KEY"]))
        response.raise_for_status()
        return sims.ref(vendor, response.json()["uuid"])
    do = sims.digitalocean
    response = httpx2.post(f"{do.base_url}/v2/gen-ai/indexing_jobs",
                          json={"knowledge_base_uuid": sorted(do.knowledge_bases)[0]},
                          headers={"Authorization": f"Bearer {do.token}"})
    response.raise_for_status()
    return sims.ref(vendor, response.json()["job"]["uuid"])


def finish_after_first_poll(sims: Sims, ref: JobRef) -> threading.Thread:
    """Advance the job's clock past its end once the simulator has answered wait's first poll (which so saw the
    job unfinished: the server logs a request after computing its answer)."""
    sim = sims[ref.vendor]

    def advance() -> None:
        give_up = time.monotonic() + 10
        while sims.count(ref.vendor, "get", ref) == 0 and time.monotonic() < give_up:
            time.sleep(0.002)
        sim.clock.advance(3600)  # type: ignore[attr-defined]

    thread = threading.Thread(target=advance, daemon=True)
    thread.start()
    return thread


def unused_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- help -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["get"], ["cancel"], ["wait"], ["list"]],
                         ids=lambda c: c[0] if c else "anyjob")
def test_help_reads_well_at_every_level(command: list[str]) -> None:
    for flag in ("--help", "-h"):
        result = run(*command, flag)
        assert result.exit_code == 0
        assert result.stdout.startswith(f"Usage: anyjob {' '.join(command)}".rstrip())
        assert "Examples:\n" in result.stdout
        assert result.stderr == ""


def test_top_level_help_documents_references_environment_and_exit_codes() -> None:
    text = run("--help").stdout
    for needed in ("veryfront:<project_reference>/<job-id>", "dispersed:<job-id>", "digitalocean:<job-id>",
                   "VERYFRONT_API_TOKEN", "VERYFRONT_PROJECT_SLUG", "DISPERSED_SECRET_KEY", "DIGITALOCEAN_ACCESS_TOKEN",
                   "Exit codes:"):
        assert needed in text
    for code, meaning in cli_module.EXIT_CODES.items():
        assert f"{code:<3} {meaning}" in text
    for command in ("get", "cancel", "wait", "list"):
        assert f"\n  {command} " in text


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert anyjob.__version__ in result.stdout


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run([sys.executable, "-m", "anyjob", "wait", "--help"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: anyjob wait")


def test_only_cli_imports_click_and_rich() -> None:
    """`import anyjob` works without click and rich; no module but cli.py imports them (anyjob.testing needs
    click anyway, through uvicorn)."""
    for path in SRC.rglob("*.py"):
        if path.name == "cli.py" and path.parent == SRC:
            continue
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
        assert not imported & {"click", "rich"}, path
    code = "import sys; sys.modules['click'] = sys.modules['rich'] = None; import anyjob; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "ok", done.stderr


# -- list -------------------------------------------------------------------------------------------------------------


def test_list_json_has_every_job_with_every_field(still: Sims, vendor: Vendor) -> None:
    result = run("list", vendor, "--json")
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    listed = json_of(result)
    assert isinstance(listed, list)
    assert sorted(job["id"] for job in listed) == sorted(still[vendor].job_ids)
    for job in listed:
        ref = parse_ref(job["ref"])
        check_job_json(job, ref, expected_state(still, ref))


def test_list_table_shows_each_job_and_its_state(still: Sims, vendor: Vendor) -> None:
    result = run("list", vendor)
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    assert result.stdout.splitlines()[0].split() == ["REF", "STATE", "VENDOR", "STATUS", "PROGRESS", "CREATED",
                                                     "(UTC)", "FINISHED", "(UTC)", "ERROR"]
    for ref in still.refs(vendor):
        assert table_row(result, ref).split()[1] == expected_state(still, ref).value
    assert all(line == line.rstrip() for line in result.stdout.splitlines())


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_list_table_on_a_narrow_terminal_keeps_ref_and_state_whole(still: Sims, vendor: Vendor, columns: int) -> None:
    result = run("list", vendor, env={"COLUMNS": str(columns), "TTY_COMPATIBLE": "1", "NO_COLOR": "1"})
    assert result.exit_code == 0
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stdout)
    for ref in still.refs(vendor):
        row = [line for line in screen.splitlines() if line.startswith(str(ref))]
        assert len(row) == 1  # the ref is never cut
        if len(str(ref)) + 2 + len("cancelled") <= columns:  # room for both: the other columns gave way
            assert row[0].split()[1] == expected_state(still, ref).value
            assert len(row[0].rstrip()) <= columns


def test_list_filters_by_state(still: Sims, vendor: Vendor) -> None:
    wanted = still.refs(vendor, [Phase.RUNNING, Phase.FAILED])
    assert wanted
    for states in (["--state", "running", "-s", "FAILED"], ["--state", "running,failed"]):
        result = run("list", vendor, *states, "--json")
        assert result.exit_code == 0
        listed = json_of(result)
        assert sorted(job["ref"] for job in listed) == sorted(str(ref) for ref in wanted)
        assert {job["state"] for job in listed} == {"running", "failed"}


def test_list_limit_stops_early_and_says_so(still: Sims, vendor: Vendor) -> None:
    result = run("list", vendor, "--limit", "2", "--json")
    assert result.exit_code == 0
    assert len(json_of(result)) == 2
    assert_clean(result)
    assert "--limit" in result.stderr
    everything = run("list", vendor, "--limit", "0", "--json")
    assert len(json_of(everything)) == len(still[vendor].job_ids)
    assert everything.stderr == ""


def test_list_veryfront_takes_a_project(still: Sims) -> None:
    result = run("list", "veryfront", "--project", still.veryfront.project.slug, "--json")
    assert result.exit_code == 0
    assert len(json_of(result)) == len(still.veryfront.job_ids)


def test_list_nothing_matches(still: Sims) -> None:
    table = run("list", "dispersed", "--state", "unknown")
    assert (table.exit_code, table.stdout.strip()) == (0, "no jobs")
    assert json_of(run("list", "dispersed", "--state", "unknown", "--json")) == []


# -- get --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [Phase.RUNNING, Phase.FAILED])
def test_get_one_job_as_json(still: Sims, vendor: Vendor, phase: Phase) -> None:
    ref = still.pick(vendor, [phase])
    result = run("get", str(ref), "--json")
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    job = check_job_json(json_of(result), ref, JobState(phase.value))
    if phase is Phase.FAILED:
        assert job["finished_at"] is not None and job["error"]


def test_get_one_job_as_a_table(still: Sims, vendor: Vendor) -> None:
    ref = still.pick(vendor, [Phase.RUNNING])
    result = run("get", str(ref))
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    assert detail(result, "ref") == str(ref)
    assert detail(result, "state").split()[0] == "running"
    assert detail(result, "finished") == "-"
    assert detail(result, "created").endswith(" UTC")


def test_get_several_jobs_across_vendors(still: Sims) -> None:
    refs = [still.pick(vendor, [phase]) for vendor in VENDORS for phase in (Phase.QUEUED, Phase.SUCCEEDED)]
    as_json = run("get", *map(str, refs), "--json", "--concurrency", "3")
    assert as_json.exit_code == 0
    listed = json_of(as_json)
    assert [job["ref"] for job in listed] == [str(ref) for ref in refs]
    for job, ref in zip(listed, refs, strict=True):
        check_job_json(job, ref, expected_state(still, ref))
    table = run("get", *map(str, refs))
    assert table.exit_code == 0
    for ref in refs:
        assert table_row(table, ref).split()[1] == expected_state(still, ref).value


def test_get_a_job_the_vendor_does_not_have_exits_1(still: Sims, vendor: Vendor) -> None:
    missing = still.ref(vendor, MISSING)
    result = run("get", str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_clean(result)
    assert "404" in result.stderr and MISSING in result.stderr


def test_get_several_with_one_missing_reports_it_in_place(still: Sims) -> None:
    good = still.pick("dispersed", [Phase.RUNNING])
    missing = still.ref("digitalocean", MISSING)
    result = run("get", str(good), str(missing), "--json")
    assert result.exit_code == 1
    assert_clean(result)
    first, second = json_of(result)
    check_job_json(first, good, JobState.RUNNING)
    assert second["ref"] == str(missing)
    assert second["failure"]["type"] == "NotFound"
    assert (second["failure"]["status"], second["failure"]["exit_code"]) == (404, 1)


# -- cancel -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
def test_cancel_one_job_as_json(fresh: Sims, vendor: Vendor, phase: Phase) -> None:
    ref = fresh.pick(vendor, [phase])
    result = run("cancel", str(ref), "--reason", "tests", "--json")
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    job = check_job_json(json_of(result), ref)
    assert job["state"] in {"cancelling", "cancelled"}
    assert fresh.cancel_requested(ref)
    assert fresh.count(vendor, "cancel", ref) == 1
    fresh[vendor].clock.advance(60)  # type: ignore[attr-defined]
    after = run("get", str(ref), "--json")
    check_job_json(json_of(after), ref, JobState.CANCELLED)


def test_cancel_one_job_as_a_table(fresh: Sims, vendor: Vendor) -> None:
    ref = fresh.pick(vendor, [Phase.RUNNING])
    result = run("cancel", str(ref))
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    assert detail(result, "ref") == str(ref)
    assert detail(result, "state").split()[0] == expected_state(fresh, ref).value
    assert expected_state(fresh, ref) in (JobState.CANCELLING, JobState.CANCELLED)


def test_cancel_several_across_vendors(fresh: Sims) -> None:
    active = [fresh.pick(vendor) for vendor in VENDORS]
    finished = fresh.pick("veryfront", [Phase.SUCCEEDED])
    refs = [*active, finished, active[0]]  # a finished job cannot be cancelled; a ref given twice is cancelled once
    result = run("cancel", *map(str, refs), "--concurrency", "2", "--reason", "tests", "--json")
    assert result.exit_code == 1
    assert_clean(result)
    assert str(finished) in result.stderr and "409" in result.stderr
    listed = json_of(result)
    assert [entry["ref"] for entry in listed] == [str(ref) for ref in refs]
    for entry, ref in zip(listed[:3], active, strict=True):
        assert check_job_json(entry, ref)["state"] in {"cancelling", "cancelled"}
        assert fresh.count(ref.vendor, "cancel", ref) == 1
    assert listed[3]["failure"]["type"] == "Conflict"
    assert listed[4] == listed[0]
    assert expected_state(fresh, finished) is JobState.SUCCEEDED


def test_cancel_several_as_a_table(fresh: Sims) -> None:
    refs = [fresh.pick(vendor) for vendor in VENDORS]
    result = run("cancel", *map(str, refs))
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    assert result.stdout.startswith("Cancel requested\n")
    for ref in refs:
        assert table_row(result, ref).split()[1] == expected_state(fresh, ref).value


# -- wait -------------------------------------------------------------------------------------------------------------


def test_wait_until_a_job_succeeds_as_json(fresh: Sims, vendor: Vendor) -> None:
    ref = submit(fresh, vendor)
    mover = finish_after_first_poll(fresh, ref)
    result = run("wait", str(ref), *FAST_WAIT, "--json")
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    check_job_json(json_of(result), ref, JobState.SUCCEEDED)
    progress = result.stderr.splitlines()  # one line per change, on stderr with --json
    assert str(ref) in progress[0] and " queued " in progress[0]
    assert " succeeded " in progress[-1]


def test_wait_until_a_job_succeeds_as_plain_lines(fresh: Sims, vendor: Vendor) -> None:
    ref = submit(fresh, vendor)
    mover = finish_after_first_poll(fresh, ref)
    result = run("wait", str(ref), *FAST_WAIT)
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    progress = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert str(ref) in progress[0] and " queued " in progress[0]
    assert " succeeded " in progress[-1]
    assert detail(result, "state").split()[0] == "succeeded"


def test_wait_shows_a_live_progress_bar_on_a_terminal(fresh: Sims) -> None:
    ref = submit(fresh, "digitalocean")
    mover = finish_after_first_poll(fresh, ref)
    result = run("wait", str(ref), *FAST_WAIT, env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"})
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stdout)  # without the terminal's control sequences
    assert f"waiting for {ref}" in screen
    assert "━" in screen  # the bar
    assert "2/2" in screen  # the progress counts (the knowledge base has two data sources)
    assert "succeeded" in screen
    assert "\x1b[" in result.stdout  # it was drawn for a terminal


@pytest.mark.parametrize(("phase", "said"), [(Phase.FAILED, "failed"), (Phase.CANCELLED, "was cancelled")])
def test_wait_for_a_job_that_failed_or_was_cancelled_exits_1(still: Sims, vendor: Vendor, phase: Phase,
                                                              said: str) -> None:
    ref = still.refs(vendor, [phase])[0]
    result = run("wait", str(ref), *FAST_WAIT, "--json")
    assert result.exit_code == 1
    check_job_json(json_of(result), ref, JobState(phase.value))
    assert result.stderr.splitlines()[-1].startswith(f"anyjob: {ref} {said}")
    assert_clean(result)
    table = run("wait", str(ref), *FAST_WAIT)
    assert table.exit_code == 1
    assert detail(table, "state").split()[0] == phase.value
    assert_clean(table)


def test_wait_timeout_exits_3_with_the_last_state(still: Sims, vendor: Vendor) -> None:
    ref = still.pick(vendor, [Phase.RUNNING])
    result = run("wait", str(ref), "--timeout", "0.2", *FAST_WAIT, "--json")
    assert result.exit_code == 3
    check_job_json(json_of(result), ref, JobState.RUNNING)
    assert result.stderr.splitlines()[-1].startswith(f"anyjob: gave up waiting: {ref} still running")
    assert_clean(result)
    assert not still.cancel_requested(ref)


def test_wait_cancel_on_timeout(fresh: Sims, vendor: Vendor) -> None:
    ref = fresh.pick(vendor, [Phase.RUNNING])
    result = run("wait", str(ref), "--timeout", "0.2", *FAST_WAIT, "--cancel-on-timeout")
    assert result.exit_code == 3
    assert_clean(result)
    assert "cancel requested" in result.stderr
    assert detail(result, "state").split()[0] in {"cancelling", "cancelled"}
    assert fresh.count(vendor, "cancel", ref) == 1


# -- usage errors: exit 2, nothing sent -------------------------------------------------------------------------------

BAD_REFS = [
    "nonsense",
    "gitlab:3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "dispersed:not-a-uuid",
    "digitalocean:",
    "veryfront:3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "veryfront:bad project/3c90c3cc-0d44-4b50-8888-8dd25736052a",
]


@pytest.mark.parametrize("bad", BAD_REFS)
@pytest.mark.parametrize("command", ["get", "cancel", "wait"])
def test_a_bad_ref_exits_2_before_anything_is_sent(still: Sims, command: str, bad: str) -> None:
    before = still.total_requests()
    good = str(still.pick("dispersed"))
    refs = [bad] if command == "wait" else [good, bad]
    result = run(command, *refs)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_clean(result)
    assert result.stderr.startswith("anyjob: invalid ")
    assert still.total_requests() == before


@pytest.mark.parametrize("vendor_env", VENDORS)
def test_a_vendor_without_credentials_exits_2(still: Sims, monkeypatch: pytest.MonkeyPatch, vendor_env: Vendor) -> None:
    for name in VENDOR_ENV[vendor_env]:
        monkeypatch.delenv(name)
    before = still.total_requests()
    ref = str(still.pick(vendor_env))
    for args in (["get", ref], ["cancel", ref], ["wait", ref], ["list", vendor_env]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert_clean(result)
        assert result.stderr.startswith(f"anyjob: {vendor_env} is not configured: set {VENDOR_ENV[vendor_env][0]}")
    assert still.total_requests() == before


@pytest.mark.parametrize("args", [
    ["list", "gitlab"],
    ["list", "dispersed", "--state", "stuck"],
    ["list", "dispersed", "--state", "running,stuck"],
    ["list", "dispersed", "--limit", "-1"],
    ["wait", "dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a", "--timeout", "0"],
    ["cancel", "dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a", "--concurrency", "0"],
    ["get"],
    ["get", "dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a", "--bogus"],
    ["frobnicate"],
], ids=lambda args: " ".join(args))
def test_click_usage_errors_exit_2(still: Sims, args: list[str]) -> None:
    before = still.total_requests()
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "Usage: anyjob" in result.stderr and "Error: " in result.stderr
    assert still.total_requests() == before


def test_list_options_that_do_not_fit_exit_2(still: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong_project = run("list", "digitalocean", "--project", "demo-project")
    assert wrong_project.exit_code == 2
    assert_clean(wrong_project)
    assert "--project is only used with veryfront" in wrong_project.stderr
    monkeypatch.delenv("VERYFRONT_PROJECT_SLUG")
    no_project = run("list", "veryfront")
    assert no_project.exit_code == 2
    assert_clean(no_project)
    assert "VERYFRONT_PROJECT_SLUG" in no_project.stderr
    bad_project = run("list", "veryfront", "--project", "no spaces allowed")
    assert bad_project.exit_code == 2
    assert_clean(bad_project)


# -- the vendor or the network failed: exit 4 -------------------------------------------------------------------------


def test_a_500_past_the_retries_exits_4(fresh: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "_open_jobs", Jobs)  # the default retry policy, as users get it
    vendor: Vendor = "digitalocean"
    ref = fresh.pick(vendor)
    fresh[vendor].faults.add(Fault.http_status(500), route=ROUTES[vendor].get)
    result = run("get", str(ref))
    assert result.exit_code == 4
    assert result.stdout == ""
    assert_clean(result)
    assert re.search(rf"anyjob: {vendor}:\S+ at 127\.0\.0\.1:\d+ answered 500", result.stderr), result.stderr
    assert fresh.count(vendor, "get", ref) == RetryPolicy().attempts


def test_every_command_exits_4_when_the_vendor_keeps_failing(fresh: Sims, vendor: Vendor) -> None:
    ref = str(fresh.pick(vendor))
    fresh[vendor].faults.add(Fault.http_status(503))
    for args in (["get", ref], ["cancel", ref], ["wait", ref, *FAST_WAIT], ["list", vendor], ["get", ref, "--json"],
                 ["cancel", ref, "--json"], ["wait", ref, "--json"], ["list", vendor, "--json"]):
        result = run(*args)
        assert result.exit_code == 4, (args, result.stderr)
        assert result.stdout == ""
        assert_clean(result)
        assert re.search(rf"anyjob: {vendor}(:\S+)? at 127\.0\.0\.1:\d+ answered 503", result.stderr), result.stderr


@pytest.mark.parametrize(("fault", "said"), [
    (Fault.html_page(502), "answered 502"),
    (Fault.html_page(200), "HTML"),
    (Fault.truncated_json(), "malformed JSON"),
    (Fault.drop_connection(), "RemoteProtocolError"),
    (Fault.http_status(429, retry_after=0), "answered 429"),
], ids=["html-502", "html-200", "truncated", "dropped", "429"])
def test_unreadable_refused_or_dropped_answers_exit_4(fresh: Sims, fault: Fault, said: str) -> None:
    fresh.dispersed.faults.add(fault)
    result = run("get", str(fresh.pick("dispersed")))
    assert result.exit_code == 4
    assert_clean(result)
    assert said in result.stderr


def test_several_refs_with_a_failing_vendor_exit_4(fresh: Sims) -> None:
    good, failing = fresh.pick("veryfront"), fresh.pick("digitalocean")
    fresh.digitalocean.faults.add(Fault.http_status(500))
    result = run("cancel", str(good), str(failing), "--json")
    assert result.exit_code == 4
    assert_clean(result)
    first, second = json_of(result)
    assert check_job_json(first, good)["state"] == "cancelled"
    assert second["failure"]["type"] == "ServerError" and second["failure"]["exit_code"] == 4


def test_nothing_listening_exits_4(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALOCEAN_ACCESS_TOKEN", SECRETS[1])
    monkeypatch.setenv("DIGITALOCEAN_API_URL", f"http://127.0.0.1:{unused_loopback_port()}")
    for args in (["list", "digitalocean"], ["get", f"digitalocean:{MISSING}"]):
        result = run(*args)
        assert result.exit_code == 4
        assert_clean(result)
        assert "ConnectError" in result.stderr


def test_rejected_credentials_exit_4_without_showing_them(fresh: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = {"VERYFRONT_API_TOKEN": "vf_S3cr3tT0ken_but_wrong", "DIGITALOCEAN_ACCESS_TOKEN": "dop_v1_S3cr3t_wrong",
             "DISPERSED_SECRET_KEY": "sk_S3cr3tKey_but_wrong"}
    for name, value in wrong.items():
        monkeypatch.setenv(name, value)
    for vendor in VENDORS:
        for args in (["list", vendor], ["get", str(fresh.pick(vendor)), "--json"]):
            result = run(*args)
            assert result.exit_code == 4
            assert_clean(result)
            assert "401" in result.stderr
            assert not [value for value in wrong.values() if value in result.stdout + result.stderr]


# -- the entry point --------------------------------------------------------------------------------------------------


def test_main_returns_the_exit_code_instead_of_exiting(still: Sims) -> None:
    assert cli_module.main(["get", "dispersed:not-a-uuid"]) == 2
    assert cli_module.main(["--help"]) == 0
    assert cli_module.main(["list", "digitalocean", "--limit", "1", "--json"]) == 0


def test_exit_code_for_covers_the_error_hierarchy(still: Sims) -> None:
    config = config_for(still)
    with Jobs(config) as jobs:
        job = jobs.get(still.pick("dispersed", [Phase.RUNNING]))
    samples: Sequence[tuple[Exception, int]] = [
        (anyjob.InvalidJobRef(None, "reference", "is bad", "x"), 2),
        (anyjob.VendorUnavailable("dispersed", "set it"), 2),
        (anyjob.ConfigurationError("plain http"), 2),
        (anyjob.WaitTimeout(job, 1.0), 3),
        (anyjob.NotFound("dispersed", 404, "gone"), 1),
        (anyjob.Conflict("dispersed", 409, "ended"), 1),
        (anyjob.Unauthorized("dispersed", 401, "no"), 4),
        (anyjob.ServerError("dispersed", 500, "boom"), 4),
        (anyjob.RateLimited("dispersed", 429, "slow down"), 4),
        (anyjob.TransportError("dispersed", "reset"), 4),
        (anyjob.DecodeError("dispersed", 200, "HTML", "<html>"), 4),
    ]
    assert [cli_module.exit_code_for(error) for error, _ in samples] == [code for _, code in samples]
    assert isinstance(Config.from_env(), Config)
