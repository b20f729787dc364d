"""The `anyjob` command line against every registered vendor's simulator over loopback.

Every command for every vendor, as a table and as --json; each exit code (0, 1, 2, 3, 4); one clear line on stderr,
never a traceback or a secret; --help everywhere, listing what the registry says. Commands run in-process through
click's CliRunner, with the environment each simulator prints set by monkeypatch. Jobs move only when a test advances
a simulator's ManualClock: `wait` is made to see a job finish by advancing the clock from a thread once the simulator
has answered the first poll. What a test expects comes from the vendor contract (`sims.expected_state(ref)`, ...);
the command line's behaviour for one vendor alone is in tests/vendors/<vendor>/test_cli.py.
"""

from __future__ import annotations

import ast
import re
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import anyjob
import pytest
from anyjob import VENDORS, Config, JobRef, Jobs, JobState, RetryPolicy, Vendor, parse_ref
from anyjob import cli as cli_module
from anyjob._vendors import plugin_for, plugins
from anyjob.testing import Fault, Phase

from .cli_support import (
    FAST_WAIT,
    assert_clean,
    check_job_json,
    clean_environment,
    detail,
    fast_retries,
    finish_after_first_poll,
    json_of,
    point_at,
    run,
    table_row,
)
from .conftest import Sims, config_for, expected_state, running_sims

SRC = Path(anyjob.__file__).parent
#: Any one registered vendor, for what the command line does the same way for all of them.
SOME_VENDOR: Vendor = VENDORS[0]
#: A job id that no vendor's rule accepts.
BAD_ID = "not a job id!"
#: Vendors that list several kinds of job (`list --kind`).
KINDED = [plugin.name for plugin in plugins() if plugin.kinds]


# -- fixtures and helpers ---------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_environment(monkeypatch)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny waits between retries (one test keeps the real policy)."""
    fast_retries(monkeypatch)


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
    """New simulators for this test alone (the test's vendor's only, when it has one), configured."""
    point_at(monkeypatch, sims)
    return sims


def ends_in(sims: Sims, ref: JobRef) -> float:
    """Seconds until the job ends on its own (plus one), from the simulator's now."""
    ends_at = sims.sim_job(ref).ends_at()
    assert ends_at is not None, f"{ref} never ends on its own"
    return ends_at - sims[ref.vendor].clock.now() + 1


def will_succeed(sims: Sims, vendor: Vendor) -> JobRef:
    """A job started just now (queued, or running where the vendor never queues) that, left alone, ends as SUCCEEDED
    (by the simulator's own account)."""
    sim = sims[vendor]
    ref = sims.ref(vendor, sim.new_job())
    now, job = sim.clock.now(), sims.sim_job(ref)
    assert sim.expected_state(job, now) in (JobState.QUEUED, JobState.RUNNING)
    assert sim.expected_state(job, now + ends_in(sims, ref)) is JobState.SUCCEEDED
    return ref


def first_state(sims: Sims, ref: JobRef) -> str:
    """The state the first poll of a job started just now shows."""
    return sims.expected_state(ref).value


def with_state(sims: Sims, vendor: Vendor, state: JobState) -> JobRef:
    """A job that anyjob must call `state` now."""
    found = [ref for ref in sims.refs(vendor) if sims.expected_state(ref) is state]
    assert found, f"no {vendor} job is {state.value}"
    return found[0]


def unused_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def required_variables(vendor: Vendor) -> list[str]:
    """The first variable anyjob reads of each setting the vendor cannot do without."""
    return [setting.env[0] for setting in plugin_for(vendor).settings if setting.required]


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


def test_top_level_help_documents_every_vendors_references_and_settings_and_the_exit_codes() -> None:
    text = run("--help").stdout
    assert "Exit codes:" in text
    for plugin in plugins():
        form = f"{plugin.name}:<{plugin.scope.name}>/<job-id>" if plugin.scope else f"{plugin.name}:<job-id>"
        assert form in text and plugin.ref_example in text, plugin.name
        for setting in plugin.settings:
            said = f"{setting.env[0]} (required)" if setting.required else setting.env[0]
            assert said in text, (plugin.name, setting.name)
    for code, meaning in cli_module.EXIT_CODES.items():
        assert f"{code:<3} {meaning}" in text
    for command in ("get", "cancel", "wait", "list"):
        assert f"\n  {command} " in text


def test_list_help_names_every_vendors_kinds() -> None:
    text = " ".join(run("list", "--help").stdout.split())  # unwrapped
    for plugin in plugins():
        for kind in plugin.kinds:
            assert kind in text, (plugin.name, kind)
    if not KINDED:
        assert "none yet" in text


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
        state = expected_state(still, ref).value
        if len(str(ref)) + 2 + len(state) <= columns:  # room for both: the other columns gave way
            assert row[0].split()[1] == state
            assert len(row[0].rstrip()) <= columns


def test_list_filters_by_state(still: Sims, vendor: Vendor) -> None:
    wanted = [ref for ref in still.refs(vendor) if expected_state(still, ref) in (JobState.RUNNING, JobState.FAILED)]
    assert {expected_state(still, ref) for ref in wanted} == {JobState.RUNNING, JobState.FAILED}
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


def test_list_nothing_matches(still: Sims, vendor: Vendor) -> None:
    assert JobState.UNKNOWN not in {expected_state(still, ref) for ref in still.refs(vendor)}
    table = run("list", vendor, "--state", "unknown")
    assert (table.exit_code, table.stdout.strip()) == (0, "no jobs")
    assert json_of(run("list", vendor, "--state", "unknown", "--json")) == []


@pytest.mark.parametrize("vendor", KINDED)
def test_list_kind_walks_that_kind_alone(still: Sims, vendor: Vendor) -> None:
    """Each kind's list holds jobs of that kind only (one list route walked), and the kinds together hold every job
    once. (No registered vendor lists several kinds yet: then this has no case to run.)"""
    sim = still[vendor]
    seen: dict[str, list[str]] = {}
    for kind in plugin_for(vendor).kinds:
        before = {route: sim.count(route) for route in sim.list_routes}
        result = run("list", vendor, "--kind", kind, "--limit", "0", "--json")
        assert result.exit_code == 0
        assert_clean(result, lines=0)
        seen[kind] = [job["id"] for job in json_of(result)]
        assert seen[kind], f"no {kind} jobs listed"
        walked = {route for route in sim.list_routes if sim.count(route) > before[route]}
        assert len(walked) == 1, walked
        assert {sim.job_routes(job_id).list for job_id in seen[kind]} == walked
    assert sorted(job_id for ids in seen.values() for job_id in ids) == sorted(sim.job_ids)


# -- get --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", [JobState.RUNNING, JobState.FAILED])
def test_get_one_job_as_json(still: Sims, vendor: Vendor, state: JobState) -> None:
    ref = with_state(still, vendor, state)
    result = run("get", str(ref), "--json")
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    job = check_job_json(json_of(result), ref, state)
    if state is JobState.FAILED:
        assert job["finished_at"] is not None and job["error"]


def test_get_one_job_as_a_table(still: Sims, vendor: Vendor) -> None:
    ref = with_state(still, vendor, JobState.RUNNING)
    result = run("get", str(ref))
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    assert detail(result, "ref") == str(ref)
    assert detail(result, "state").split()[0] == "running"
    assert detail(result, "finished") == "-"
    assert detail(result, "created").endswith(" UTC")


def test_get_several_jobs_across_vendors(still: Sims) -> None:
    refs = [still.pick(vendor, phases) for vendor in VENDORS for phases in ([Phase.QUEUED, Phase.RUNNING],
                                                                          [Phase.SUCCEEDED])]
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
    missing = still.unknown_ref(vendor)
    result = run("get", str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_clean(result)
    assert "404" in result.stderr and missing.job_id in result.stderr


def test_get_several_with_one_missing_reports_it_in_place(still: Sims) -> None:
    good = with_state(still, VENDORS[0], JobState.RUNNING)
    missing = still.unknown_ref(VENDORS[-1])
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
    job = check_job_json(json_of(result), ref, expected_state(fresh, ref))
    assert job["state"] in {"cancelling", "cancelled"}
    assert fresh.cancel_requested(ref)
    assert fresh.count(vendor, "cancel", ref) == 1
    fresh.finish_cancel(ref)
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
    finished = fresh.pick(VENDORS[0], [Phase.SUCCEEDED])
    finished_state = expected_state(fresh, finished)
    refs = [*active, finished, active[0]]  # a finished job cannot be cancelled; a ref given twice is cancelled once
    result = run("cancel", *map(str, refs), "--concurrency", "2", "--reason", "tests", "--json")
    assert result.exit_code == 1
    assert_clean(result)
    assert str(finished) in result.stderr and "409" in result.stderr
    listed = json_of(result)
    assert [entry["ref"] for entry in listed] == [str(ref) for ref in refs]
    for entry, ref in zip(listed[:len(active)], active, strict=True):
        assert check_job_json(entry, ref, expected_state(fresh, ref))["state"] in {"cancelling", "cancelled"}
        assert fresh.count(ref.vendor, "cancel", ref) == 1
    assert listed[len(active)]["failure"]["type"] == "Conflict"
    assert listed[-1] == listed[0]
    assert expected_state(fresh, finished) is finished_state


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
    ref = will_succeed(fresh, vendor)
    first = first_state(fresh, ref)
    mover = finish_after_first_poll(fresh, ref, ends_in(fresh, ref))
    result = run("wait", str(ref), *FAST_WAIT, "--json")
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    check_job_json(json_of(result), ref, JobState.SUCCEEDED)
    progress = result.stderr.splitlines()  # one line per change, on stderr with --json
    assert str(ref) in progress[0] and f" {first} " in progress[0]
    assert " succeeded " in progress[-1]


def test_wait_until_a_job_succeeds_as_plain_lines(fresh: Sims, vendor: Vendor) -> None:
    ref = will_succeed(fresh, vendor)
    first = first_state(fresh, ref)
    mover = finish_after_first_poll(fresh, ref, ends_in(fresh, ref))
    result = run("wait", str(ref), *FAST_WAIT)
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    progress = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert str(ref) in progress[0] and f" {first} " in progress[0]
    assert " succeeded " in progress[-1]
    assert detail(result, "state").split()[0] == "succeeded"


def test_wait_shows_a_live_progress_bar_on_a_terminal(fresh: Sims, vendor: Vendor) -> None:
    ref = will_succeed(fresh, vendor)
    mover = finish_after_first_poll(fresh, ref, ends_in(fresh, ref))
    result = run("wait", str(ref), *FAST_WAIT, env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"})
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stdout)  # without the terminal's control sequences
    assert f"waiting for {ref}" in screen
    assert "━" in screen  # the bar
    assert "succeeded" in screen
    assert "\x1b[" in result.stdout  # it was drawn for a terminal


@pytest.mark.parametrize(("state", "said"), [(JobState.FAILED, "failed"), (JobState.CANCELLED, "was cancelled")])
def test_wait_for_a_job_that_failed_or_was_cancelled_exits_1(still: Sims, vendor: Vendor, state: JobState,
                                                              said: str) -> None:
    ref = with_state(still, vendor, state)
    result = run("wait", str(ref), *FAST_WAIT, "--json")
    assert result.exit_code == 1
    check_job_json(json_of(result), ref, state)
    assert result.stderr.splitlines()[-1].startswith(f"anyjob: {ref} {said}")
    assert_clean(result)
    table = run("wait", str(ref), *FAST_WAIT)
    assert table.exit_code == 1
    assert detail(table, "state").split()[0] == state.value
    assert_clean(table)


def test_wait_timeout_exits_3_with_the_last_state(still: Sims, vendor: Vendor) -> None:
    ref = with_state(still, vendor, JobState.RUNNING)
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
    assert detail(result, "state").split()[0] == expected_state(fresh, ref).value
    assert expected_state(fresh, ref) in (JobState.CANCELLING, JobState.CANCELLED)
    assert fresh.count(vendor, "cancel", ref) == 1


# -- usage errors: exit 2, nothing sent -------------------------------------------------------------------------------


def bad_refs() -> list[str]:
    """References every command must refuse before sending anything: malformed, of no registered vendor, and for
    each vendor an empty id, an id its rule refuses and, where jobs live in a scope, no scope or a malformed one."""
    refs = ["nonsense", "nosuchvendor:42"]
    for plugin in plugins():
        example = parse_ref(plugin.ref_example)
        with pytest.raises(ValueError):
            plugin.job_id(BAD_ID)
        scope = f"{example.project}/" if example.project is not None else ""
        refs += [f"{plugin.name}:", f"{plugin.name}:{scope}{BAD_ID}"]
        if plugin.scope is not None:
            assert not plugin.scope.pattern.fullmatch("bad scope")
            refs += [f"{plugin.name}:{example.job_id}", f"{plugin.name}:bad scope/{example.job_id}"]
    return refs


@pytest.mark.parametrize("bad", bad_refs())
@pytest.mark.parametrize("command", ["get", "cancel", "wait"])
def test_a_bad_ref_exits_2_before_anything_is_sent(still: Sims, command: str, bad: str) -> None:
    before = still.total_requests()
    good = str(still.pick(SOME_VENDOR))
    refs = [bad] if command == "wait" else [good, bad]
    result = run(command, *refs)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert_clean(result)
    assert result.stderr.startswith("anyjob: invalid ")
    assert still.total_requests() == before


@pytest.mark.parametrize("vendor_env", VENDORS)
def test_a_vendor_without_credentials_exits_2(still: Sims, monkeypatch: pytest.MonkeyPatch, vendor_env: Vendor) -> None:
    for setting in plugin_for(vendor_env).settings:
        if setting.required:
            for name in setting.env:
                monkeypatch.delenv(name, raising=False)
    before = still.total_requests()
    ref = str(still.pick(vendor_env))
    for args in (["get", ref], ["cancel", ref], ["wait", ref], ["list", vendor_env]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert_clean(result, secrets=still.secrets)
        assert result.stderr.startswith(
            f"anyjob: {vendor_env} is not configured: set {required_variables(vendor_env)[0]}")
    assert still.total_requests() == before


@pytest.mark.parametrize("args", [
    ["list", "nosuchvendor"],
    ["list", SOME_VENDOR, "--state", "stuck"],
    ["list", SOME_VENDOR, "--state", "running,stuck"],
    ["list", SOME_VENDOR, "--limit", "-1"],
    ["wait", plugin_for(SOME_VENDOR).ref_example, "--timeout", "0"],
    ["cancel", plugin_for(SOME_VENDOR).ref_example, "--concurrency", "0"],
    ["get"],
    ["get", plugin_for(SOME_VENDOR).ref_example, "--bogus"],
    ["frobnicate"],
], ids=lambda args: " ".join(args))
def test_click_usage_errors_exit_2(still: Sims, args: list[str]) -> None:
    before = still.total_requests()
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "Usage: anyjob" in result.stderr and "Error: " in result.stderr
    assert still.total_requests() == before


def test_list_options_that_do_not_fit_exit_2(still: Sims) -> None:
    before = still.total_requests()
    scoped = [plugin.name for plugin in plugins() if plugin.scope is not None]
    for plugin in plugins():
        if plugin.scope is None:  # --project is only for vendors whose jobs live in a scope
            wrong_project = run("list", plugin.name, "--project", "demo-project")
            assert wrong_project.exit_code == 2
            assert_clean(wrong_project)
            assert f"--project is only used with {', '.join(scoped)}, not {plugin.name}" in wrong_project.stderr
        wrong_kind = run("list", plugin.name, "--kind", "no-such-kind")
        assert wrong_kind.exit_code == 2
        assert_clean(wrong_kind)
        if plugin.kinds:
            assert f"is one of {', '.join(plugin.kinds)}" in wrong_kind.stderr
        else:
            assert f"not used: {plugin.name} lists one kind of job" in wrong_kind.stderr
    assert still.total_requests() == before


# -- the vendor or the network failed: exit 4 -------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", [SOME_VENDOR])
def test_a_500_past_the_retries_exits_4(fresh: Sims, vendor: Vendor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "_open_jobs", Jobs)  # the default retry policy, as users get it
    ref = fresh.pick(vendor)
    fresh.fault(ref, "get", Fault.http_status(500), times=None)
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


@pytest.mark.parametrize("vendor", [SOME_VENDOR])
@pytest.mark.parametrize(("fault", "said"), [
    (Fault.html_page(502), "answered 502"),
    (Fault.html_page(200), "HTML"),
    (Fault.truncated_json(), "malformed JSON"),
    (Fault.drop_connection(), "RemoteProtocolError"),
    (Fault.http_status(429, retry_after=0), "answered 429"),
], ids=["html-502", "html-200", "truncated", "dropped", "429"])
def test_unreadable_refused_or_dropped_answers_exit_4(fresh: Sims, vendor: Vendor, fault: Fault, said: str) -> None:
    fresh[vendor].faults.add(fault)
    result = run("get", str(fresh.pick(vendor)))
    assert result.exit_code == 4
    assert_clean(result)
    assert said in result.stderr


def test_several_refs_with_a_failing_vendor_exit_4(fresh: Sims) -> None:
    good, failing = fresh.pick(VENDORS[0]), fresh.pick(VENDORS[-1], [Phase.RUNNING])
    fresh.fault_every(failing.vendor, "cancel", Fault.http_status(500))
    result = run("cancel", str(good), str(failing), "--json")
    assert result.exit_code == 4
    assert_clean(result)
    first, second = json_of(result)
    assert check_job_json(first, good)["state"] == expected_state(fresh, good).value
    assert expected_state(fresh, good) in (JobState.CANCELLING, JobState.CANCELLED)
    assert second["failure"]["type"] == "ServerError" and second["failure"]["exit_code"] == 4
    assert not fresh.cancel_requested(failing)


def test_nothing_listening_exits_4(still: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    for vendor in VENDORS:
        url = plugin_for(vendor).setting("url")
        assert url is not None
        monkeypatch.setenv(url.env[0], f"http://127.0.0.1:{unused_loopback_port()}")
        for args in (["list", vendor], ["get", str(still.unknown_ref(vendor))]):
            result = run(*args)
            assert result.exit_code == 4, (args, result.stderr)
            assert_clean(result)
            assert "ConnectError" in result.stderr


def test_rejected_credentials_exit_4_without_showing_them(fresh: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = {setting.env[0]: f"{setting.name}_S3cr3t_but_wrong_{n}"
             for plugin in plugins() for n, setting in enumerate(plugin.settings) if setting.secret}
    assert all(any(s.secret for s in plugin_for(vendor).settings) for vendor in VENDORS), "a vendor without a secret"
    for name, value in wrong.items():
        monkeypatch.setenv(name, value)
    for vendor in VENDORS:
        for args in (["list", vendor], ["get", str(fresh.pick(vendor)), "--json"]):
            result = run(*args)
            assert result.exit_code == 4
            assert_clean(result, secrets=fresh.secrets)
            assert "401" in result.stderr
            assert not [value for value in wrong.values() if value in result.stdout + result.stderr]


# -- the entry point --------------------------------------------------------------------------------------------------


def test_main_returns_the_exit_code_instead_of_exiting(still: Sims) -> None:
    assert cli_module.main(["get", f"{SOME_VENDOR}:{BAD_ID}"]) == 2
    assert cli_module.main(["--help"]) == 0
    assert cli_module.main(["list", SOME_VENDOR, "--limit", "1", "--json"]) == 0


def test_exit_code_for_covers_the_error_hierarchy(still: Sims) -> None:
    config = config_for(still)
    with Jobs(config) as jobs:
        job = jobs.get(with_state(still, SOME_VENDOR, JobState.RUNNING))
    samples: Sequence[tuple[Exception, int]] = [
        (anyjob.InvalidJobRef(None, "reference", "is bad", "x"), 2),
        (anyjob.VendorUnavailable(SOME_VENDOR, "set it"), 2),
        (anyjob.ConfigurationError("plain http"), 2),
        (anyjob.WaitTimeout(job, 1.0), 3),
        (anyjob.NotFound(SOME_VENDOR, 404, "gone"), 1),
        (anyjob.Conflict(SOME_VENDOR, 409, "ended"), 1),
        (anyjob.Unauthorized(SOME_VENDOR, 401, "no"), 4),
        (anyjob.ServerError(SOME_VENDOR, 500, "boom"), 4),
        (anyjob.RateLimited(SOME_VENDOR, 429, "slow down"), 4),
        (anyjob.TransportError(SOME_VENDOR, "reset"), 4),
        (anyjob.DecodeError(SOME_VENDOR, 200, "HTML", "<html>"), 4),
    ]
    assert [cli_module.exit_code_for(error) for error, _ in samples] == [code for _, code in samples]
    assert isinstance(Config.from_env(), Config)
