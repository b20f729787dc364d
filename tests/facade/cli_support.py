"""Running the `anyjob` command line in tests, and reading what it printed: shared by tests/facade/test_cli.py and the
vendors' own command-line tests (tests/vendors/<vendor>/test_cli.py)."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime
from typing import Any

import pytest
from anyjob import Config, JobRef, Jobs, JobState, RetryPolicy, parse_ref
from anyjob import cli as cli_module
from anyjob._vendors import plugins
from anyjob.cli import cli
from click.testing import CliRunner, Result

from .conftest import Sims, environment_of

JOB_KEYS = {"ref", "vendor", "id", "project", "state", "raw_status", "created_at", "started_at", "finished_at",
            "progress", "error"}
FAST_WAIT = ["--poll-interval", "0.02", "--max-poll-interval", "0.05"]
TERMINAL = ("COLUMNS", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "FORCE_COLOR", "NO_COLOR")


def every_variable_anyjob_reads() -> set[str]:
    """Every environment variable of every registered vendor's settings (all the names anyjob tries)."""
    return {name for plugin in plugins() for setting in plugin.settings for name in setting.env}


def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No configuration or terminal setting leaks in from the machine running the tests."""
    for name in (*sorted(every_variable_anyjob_reads()), *TERMINAL):
        monkeypatch.delenv(name, raising=False)


def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's client with the default number of attempts but tiny waits between them."""
    monkeypatch.setattr(cli_module, "_open_jobs",
                        lambda config: Jobs(config, retry=RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)))


def point_at(monkeypatch: pytest.MonkeyPatch, sims: Sims) -> None:
    """The environment variables anyjob reads, pointing at `sims` (what `python -m anyjob.testing serve` prints)."""
    for name, value in environment_of(sims).items():
        monkeypatch.setenv(name, value)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def assert_clean(result: Result, *, lines: int = 1, secrets: tuple[str, ...] = ()) -> None:
    """stderr: `lines` messages, each one line `anyjob: <message>` (besides wait's progress lines, `[  0.1s] ...`);
    no traceback, and no secret anywhere: neither those of the environment the command ran with nor `secrets`."""
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    secrets = (*Config.from_env().secrets(), *secrets)
    assert secrets, "no secrets to look for: the check would pass vacuously"
    assert not [secret for secret in secrets if secret in everything]
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


def finish_after_first_poll(sims: Sims, ref: JobRef, seconds: float = 3600) -> threading.Thread:
    """Advance the job's clock by `seconds` (past its end) once the simulator has answered wait's first poll (which so
    saw the job unfinished: the server logs a request after computing its answer)."""

    def advance() -> None:
        give_up = time.monotonic() + 10
        while sims.count(ref.vendor, "get", ref) == 0 and time.monotonic() < give_up:
            time.sleep(0.002)
        sims.advance(ref.vendor, seconds)

    thread = threading.Thread(target=advance, daemon=True)
    thread.start()
    return thread
