"""The ``anyjob`` command line: get, cancel, wait for and list jobs at Veryfront, Dispersed and DigitalOcean.

    anyjob list digitalocean --state running
    anyjob get dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a --json
    anyjob cancel veryfront:my-site/0b6f2ec8-5d9e-4c55-9f59-6b8a1f0bb5a4 --reason "stuck"
    anyjob wait digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4 --timeout 600

Tables for people (rich), ``--json`` for scripts: one JSON document on stdout. Errors are one line on stderr,
``anyjob: <message>``, and the exit code says what happened (see `EXIT_CODES`). Configuration comes from the
environment, as for `Jobs.from_env`. This is the only module of anyjob that imports click and rich.
"""

from __future__ import annotations

import datetime
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol

import click
from rich.console import Console, RenderableType
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Column, Table
from rich.text import Text

from . import __version__
from ._config import Config
from ._errors import (
    AnyjobError,
    ApiError,
    ConfigurationError,
    Conflict,
    InvalidJobRef,
    NotFound,
    VendorUnavailable,
    WaitTimeout,
    printable,
)
from ._model import Job, JobState
from ._refs import JobRef, Vendor, parse_ref
from ._sync import Jobs
from ._vendors import plugin_for, plugins, vendor_names

# -- exit codes -------------------------------------------------------------------------------------------------------

OK = 0
FAILED = 1  # a waited-for job failed or was cancelled; a job (or project) not found; a cancel of an ended job
USAGE = 2  # bad option or reference, unknown vendor, vendor not configured (click's own usage errors are 2 too)
TIMED_OUT = 3  # wait gave up
VENDOR_FAILED = 4  # the vendor or the network failed: 5xx, 429, 401/403, connection, unreadable answer
INTERRUPTED = 130  # Ctrl-C

EXIT_CODES: dict[int, str] = {
    OK: "success",
    FAILED: "the job failed or was cancelled (wait); not found (a job, a project); already ended (cancel)",
    USAGE: "usage error: bad option or job reference, unknown vendor, vendor not configured",
    TIMED_OUT: "wait timed out",
    VENDOR_FAILED: "the vendor or the network failed (5xx, 429, credentials refused, no connection, bad answer)",
    INTERRUPTED: "interrupted (Ctrl-C)",
}
# When several refs fail differently, the exit code is the first of these that occurred.
_PRECEDENCE = (USAGE, VENDOR_FAILED, FAILED)

_STATE_STYLES: dict[JobState, str] = {
    JobState.QUEUED: "blue",
    JobState.RUNNING: "cyan",
    JobState.PAUSED: "bright_blue",
    JobState.CANCELLING: "yellow",
    JobState.SUCCEEDED: "green",
    JobState.FAILED: "red",
    JobState.CANCELLED: "magenta",
    JobState.UNKNOWN: "dim",
}
_NONE = "-"


def exit_code_for(error: BaseException) -> int:
    """The exit code that stands for `error`."""
    if isinstance(error, InvalidJobRef | ConfigurationError):  # VendorUnavailable is a ConfigurationError
        return USAGE
    if isinstance(error, WaitTimeout):
        return TIMED_OUT
    if isinstance(error, NotFound | Conflict):  # the vendor answered about this job: no such job, already finished
        return FAILED
    return VENDOR_FAILED


class _Stop(Exception):
    """Print `message` (if any) as `anyjob: <message>` on stderr and exit with `code`."""

    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- plumbing ---------------------------------------------------------------------------------------------------------


def _redact(text: str) -> str:
    """Belt and braces: anyjob's errors never carry credentials; make sure nothing printed does."""
    for secret in Config.from_env().secrets():
        text = text.replace(secret, "<hidden>")
    return text


def _say(message: str) -> None:
    """One line on stderr: `anyjob: <message>`."""
    click.echo(f"anyjob: {_redact(' '.join(printable(message).split()))}", err=True)


class _Group(click.Group):
    """Turns anyjob's errors into one line on stderr and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, BrokenPipeError):
            raise  # click knows how to end for these
        except _Stop as stop:
            if stop.message:
                _say(stop.message)
            ctx.exit(stop.code)
        except AnyjobError as error:
            _say(str(error))
            ctx.exit(exit_code_for(error))
        except KeyboardInterrupt:
            _say("interrupted")
            ctx.exit(INTERRUPTED)
        except Exception as error:  # a bug in anyjob: still one line, no traceback
            _say(f"unexpected error ({type(error).__name__}): {error}")
            ctx.exit(VENDOR_FAILED)


def _config(vendors: Sequence[Vendor]) -> Config:
    """The configuration from the environment; `VendorUnavailable` (exit 2) for a vendor asked for without one."""
    config = Config.from_env()
    for vendor in dict.fromkeys(vendors):
        if vendor not in config.vendors:
            needed = [s.env[0] for s in plugin_for(vendor).settings if s.required]
            raise VendorUnavailable(vendor, f"set {' and '.join(needed)}")
    return config


def _open_jobs(config: Config) -> Jobs:
    """The client every command uses (tests may replace this to shorten retries)."""
    return Jobs(config)


def _parse_refs(refs: Sequence[str]) -> list[JobRef]:
    """Every reference, checked before anything is sent: the first bad one ends the command (exit 2)."""
    return [parse_ref(ref) for ref in refs]


def _stdout(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr). Not a terminal (a pipe, a file, CI): wide enough that tables do not wrap."""
    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 240
    return console


def _show(render: Callable[[int], RenderableType]) -> None:
    """Print what `render(width)` makes on stdout; into a pipe or file without colours or the padding at the ends of
    lines."""
    console = _stdout()
    if console.is_terminal:
        console.print(render(console.width))
        return
    with console.capture() as captured:
        console.print(render(console.width))
    click.echo("\n".join(line.rstrip() for line in captured.get().splitlines()))


# -- rendering --------------------------------------------------------------------------------------------------------


def _iso(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def _when(value: datetime.datetime | None) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S") if value is not None else _NONE


def job_json(job: Job) -> dict[str, Any]:
    """A job as the JSON object `--json` prints."""
    return {
        "ref": str(job.ref),
        "vendor": job.vendor,
        "id": job.id,
        "project": job.ref.project,
        "state": job.state.value,
        "raw_status": job.raw_status,
        "created_at": _iso(job.created_at),
        "started_at": _iso(job.started_at),
        "finished_at": _iso(job.finished_at),
        "progress": {"done": job.progress.done, "total": job.progress.total} if job.progress is not None else None,
        "error": job.error,
    }


def _failure_json(ref: JobRef, error: AnyjobError) -> dict[str, Any]:
    """A ref that could not be read or cancelled, in a `--json` list: `failure` instead of the job's fields."""
    return {
        "ref": str(ref),
        "vendor": ref.vendor,
        "id": ref.job_id,
        "project": ref.project,
        "failure": {
            "type": type(error).__name__,
            "status": error.status if isinstance(error, ApiError) else None,
            "message": _redact(str(error)),
            "exit_code": exit_code_for(error),
        },
    }


def _print_json(document: Any) -> None:
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))


def _state(job: Job) -> Text:
    return Text(job.state.value, style=_STATE_STYLES[job.state])


def _progress_text(job: Job) -> str:
    if job.progress is None:
        return _NONE
    fraction = job.progress.fraction
    return f"{job.progress}" + (f" ({fraction:.0%})" if fraction is not None else "")


# The list's columns, and the order in which they give way when the terminal is too narrow for all of them.
_COLUMNS = ("REF", "STATE", "VENDOR STATUS", "PROGRESS", "CREATED (UTC)", "FINISHED (UTC)", "ERROR")
_KEPT_FIRST = ("REF", "STATE", "PROGRESS", "CREATED (UTC)", "VENDOR STATUS", "FINISHED (UTC)", "ERROR")
_GAP = 2
_MIN_ERROR = 24  # the error column folds its text; narrower than this it is not worth showing


def _jobs_table(jobs: Sequence[Job], width: int, title: str | None = None) -> Table:
    """Jobs as rows. REF always shows whole, and STATE unless `width` is narrower than a ref and a state; the other
    columns show while they fit (all of them in a pipe or a file). A job's full record is in `get` and --json."""
    rows = [
        {"REF": str(job.ref), "STATE": job.state.value, "VENDOR STATUS": printable(job.raw_status) or _NONE,
         "PROGRESS": _progress_text(job), "CREATED (UTC)": _when(job.created_at),
         "FINISHED (UTC)": _when(job.finished_at), "ERROR": printable(job.error or _NONE)}
        for job in jobs
    ]
    natural = {name: max([len(name), *(len(row[name]) for row in rows)]) for name in _COLUMNS}
    shown: set[str] = set()
    used = 0
    for name in _KEPT_FIRST:
        need = min(natural[name], _MIN_ERROR) if name == "ERROR" else natural[name]
        if name in ("REF", "STATE") or used + need <= width:
            shown.add(name)
            used += natural[name] + _GAP
    table = Table(title=title, title_justify="left", header_style="bold", box=None, pad_edge=False,
                  padding=(0, _GAP, 0, 0))
    for name in _COLUMNS:
        if name in shown:
            table.add_column(name, no_wrap=name != "ERROR", overflow="fold",
                             min_width=natural[name] if name == "REF" else None,
                             justify="right" if name == "PROGRESS" else "left",
                             style="dim" if name == "VENDOR STATUS" else None)
    for job, row in zip(jobs, rows, strict=True):
        table.add_row(*(_state(job) if name == "STATE" else Text(row[name]) for name in _COLUMNS if name in shown))
    return table


def _job_details(job: Job) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    state = _state(job)
    state.append(f"  ({printable(job.raw_status)})" if job.raw_status else "", style="dim")
    table.add_row("ref", escape(str(job.ref)))
    table.add_row("state", state)
    table.add_row("progress", _progress_text(job))
    table.add_row("created", _when(job.created_at) + (" UTC" if job.created_at else ""))
    table.add_row("started", _when(job.started_at) + (" UTC" if job.started_at else ""))
    table.add_row("finished", _when(job.finished_at) + (" UTC" if job.finished_at else ""))
    table.add_row("error", escape(printable(job.error or _NONE)))
    return table


def _show_results(refs: Sequence[JobRef], results: Sequence[Job | AnyjobError], as_json: bool,
                  title: str | None = None) -> None:
    """Jobs on stdout (one ref: the job; several: a list, failures included), failures on stderr; then the exit."""
    failures = [(ref, result) for ref, result in zip(refs, results, strict=True) if isinstance(result, AnyjobError)]
    found = [result for result in results if isinstance(result, Job)]
    if as_json:
        if len(refs) == 1:
            if found:
                _print_json(job_json(found[0]))
        else:
            _print_json([job_json(r) if isinstance(r, Job) else _failure_json(ref, r)
                         for ref, r in zip(refs, results, strict=True)])
    elif found:
        if len(refs) == 1:
            _show(lambda width: _job_details(found[0]))
        else:
            _show(lambda width: _jobs_table(found, width, title))
    for ref, error in failures:
        _say(str(error) if str(ref) in str(error) else f"{ref}: {error}")
    codes = {exit_code_for(error) for _, error in failures}
    code = next((c for c in _PRECEDENCE if c in codes), OK)
    if code != OK:
        raise _Stop(code)


# -- wait's progress display ------------------------------------------------------------------------------------------


class _Reporter(Protocol):
    def __call__(self, job: Job) -> None: ...


class _Lines:
    """One plain line per change of state or progress: for pipes, CI logs and --json (on stderr then)."""

    def __init__(self, err: bool) -> None:
        self._err = err
        self._start = time.monotonic()
        self._last: tuple[object, ...] | None = None

    def __call__(self, job: Job) -> None:
        seen = (job.state, job.raw_status, job.progress)
        if seen == self._last:
            return
        self._last = seen
        counts = f"  {_progress_text(job)}" if job.progress is not None else ""
        raw = f" ({printable(job.raw_status)})" if job.raw_status else ""
        click.echo(f"[{time.monotonic() - self._start:7.1f}s] {job.ref}  {job.state.value}{raw}{counts}", err=self._err)


class _Bar:
    """A live rich progress bar with the job's state and progress counts, for a terminal."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task

    def __call__(self, job: Job) -> None:
        state = f"[{_STATE_STYLES[job.state]}]{job.state.value}[/]"
        if job.progress is not None and job.progress.total:
            total: float | None = job.progress.total
            completed: float = job.progress.done
            counts = f"{job.progress.done}/{job.progress.total}"
        else:
            total, completed, counts = None, 0, ""
        if job.state is JobState.SUCCEEDED and total is None:
            total = completed = 1  # a full bar for a job that does not report counts
        self._progress.update(self._task, state=state, counts=counts, total=total, completed=completed)


@contextmanager
def _reporter(ref: JobRef, as_json: bool) -> Iterator[_Reporter]:
    console = _stdout(stderr=as_json)
    if as_json or not console.is_interactive:
        yield _Lines(err=as_json)
        return
    console.print(f"waiting for [bold]{escape(str(ref))}[/]")
    progress = Progress(  # fits in 80 columns: the ref is on the line above, the vendor's status in the summary
        SpinnerColumn(),
        TextColumn("{task.fields[state]}", table_column=Column(width=10, no_wrap=True)),
        BarColumn(),
        TextColumn("{task.fields[counts]}", table_column=Column(no_wrap=True)),
        TimeElapsedColumn(),
        console=console,
    )
    with progress:
        task = progress.add_task(escape(str(ref)), total=None, state="[dim]asking[/]", counts="")
        yield _Bar(progress, task)


# -- commands ---------------------------------------------------------------------------------------------------------

def _refs_help() -> str:
    lines = []
    for plugin in plugins():
        form = f"{plugin.name}:<{plugin.scope.name}>/<job-id>" if plugin.scope else f"{plugin.name}:<job-id>"
        lines.append(f"  {form:<40} e.g. {plugin.ref_example}")
    return "\n".join(lines)


def _env_help() -> str:
    return "\n".join("  " + ", ".join(
        f"{s.env[0]}" + (" (required)" if s.required else "") for s in plugin.settings) for plugin in plugins())


_REFS_HELP = _refs_help()
_ENV_HELP = _env_help()
_EXIT_HELP = "\n".join(f"  {code:<3} {meaning}" for code, meaning in EXIT_CODES.items())
_REF_EXAMPLE = "dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a"

_json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document on stdout instead of a table."
)


@click.group(
    "anyjob",
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=f"""\b
Job references:
{_REFS_HELP}

\b
Environment (a vendor without credentials cannot be used):
{_ENV_HELP}

\b
Exit codes:
{_EXIT_HELP}

\b
Examples:
  anyjob list digitalocean --state running
  anyjob get {_REF_EXAMPLE} --json
  anyjob cancel {_REF_EXAMPLE} --reason "stuck"
  anyjob wait {_REF_EXAMPLE} --timeout 600
  anyjob list dispersed --state running --json | jq -r '.[].ref' | xargs anyjob cancel
""",
)
@click.version_option(__version__, "-V", "--version", prog_name="anyjob")
def cli() -> None:
    """Get, cancel, wait for and list long-running jobs at Veryfront, Dispersed and DigitalOcean.

    Tables by default; --json prints one JSON document on stdout for scripts. Errors are one line on stderr
    ("anyjob: ...") and the exit code says what happened (below). Run "anyjob COMMAND --help" for a command's
    options.
    """


@cli.command(
    epilog=f"""\b
Examples:
  anyjob get {_REF_EXAMPLE}
  anyjob get veryfront:my-site/0b6f2ec8-5d9e-4c55-9f59-6b8a1f0bb5a4 $(cat more-refs.txt)
  anyjob get {_REF_EXAMPLE} --json | jq -r .state

With one REF, --json prints the job object; with several, a list in the same order, where a ref that could not be
read has a "failure" object instead of the job's fields. Exit 1 when a job was not found, 4 when a vendor failed.
""",
)
@click.argument("refs", nargs=-1, required=True, metavar="REF...")
@_json_option
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True, metavar="N",
              help="How many jobs to ask for at once.")
def get(refs: tuple[str, ...], as_json: bool, concurrency: int) -> None:
    """Show jobs as their vendors see them now."""
    parsed = _parse_refs(refs)
    config = _config([ref.vendor for ref in parsed])
    with _open_jobs(config) as jobs:

        def one(ref: JobRef) -> Job | AnyjobError:
            try:
                return jobs.get(ref)
            except AnyjobError as error:
                return error

        with ThreadPoolExecutor(max_workers=min(concurrency, len(parsed))) as pool:
            results = list(pool.map(one, parsed))
    _show_results(parsed, results, as_json)


@cli.command(
    epilog=f"""\b
Examples:
  anyjob cancel {_REF_EXAMPLE} --reason "stuck for 3 days"
  anyjob cancel $(anyjob list digitalocean --state running --json | jq -r '.[].ref') --concurrency 32

A cancel may take a moment at the vendor: the job shows "cancelling" until it is "cancelled". Cancelling a job that
already ended fails (exit 1); cancelling a cancelled job again is fine. A ref given twice is cancelled once.
With several REFs, --json prints a list in the same order, with a "failure" object for each ref that failed.
""",
)
@click.argument("refs", nargs=-1, required=True, metavar="REF...")
@click.option("--reason", metavar="TEXT", help="Why: sent to the vendors that keep one (Dispersed).")
@click.option("--concurrency", type=click.IntRange(1, 256), default=16, show_default=True, metavar="N",
              help="How many cancels to send at once.")
@_json_option
def cancel(refs: tuple[str, ...], reason: str | None, concurrency: int, as_json: bool) -> None:
    """Ask vendors to cancel jobs.

    Shows each job as its vendor answered the cancel.
    """
    parsed = _parse_refs(refs)
    config = _config([ref.vendor for ref in parsed])
    with _open_jobs(config) as jobs:
        outcomes = jobs.cancel_many(parsed, concurrency=concurrency, reason=reason)
    results: list[Job | AnyjobError] = []
    for outcome in outcomes:
        if outcome.job is not None:
            results.append(outcome.job)
        else:
            assert outcome.error is not None
            results.append(outcome.error)
    _show_results(parsed, results, as_json, title="Cancel requested")


@cli.command(
    epilog=f"""\b
Examples:
  anyjob wait {_REF_EXAMPLE}
  anyjob wait {_REF_EXAMPLE} --timeout 3600 --cancel-on-timeout
  anyjob wait {_REF_EXAMPLE} --json > job.json && echo done

On a terminal a live progress bar shows the state and progress counts; otherwise (a pipe, CI, or with --json, then
on stderr) one line per change. At the end the job is printed (with --json: the job object; on a timeout, the last
state seen). Exit 0 when the job succeeded, 1 when it failed or was cancelled, 3 on a timeout.
""",
)
@click.argument("ref", metavar="REF")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Give up after this long (exit 3). Default: wait as long as it takes.")
@click.option("--poll-interval", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              metavar="SECONDS", help="The first wait between polls; each wait doubles, up to --max-poll-interval.")
@click.option("--max-poll-interval", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="The longest wait between polls.")
@click.option("--cancel-on-timeout", is_flag=True, help="On a timeout, ask the vendor to cancel the job first.")
@_json_option
def wait(ref: str, timeout: float | None, poll_interval: float, max_poll_interval: float, cancel_on_timeout: bool,
         as_json: bool) -> None:
    """Wait until a job ends, showing its progress."""
    parsed = parse_ref(ref)
    config = _config([parsed.vendor])
    timed_out: WaitTimeout | None = None
    with _open_jobs(config) as jobs, _reporter(parsed, as_json) as report:
        try:
            job = jobs.wait(parsed, timeout=timeout, poll_interval=poll_interval,
                            max_poll_interval=max(max_poll_interval, poll_interval), on_progress=report,
                            cancel_on_timeout=cancel_on_timeout)
        except WaitTimeout as error:
            timed_out, job = error, error.job
            report(job)
    if as_json:
        _print_json(job_json(job))
    else:
        _show(lambda width: _job_details(job))
    if timed_out is not None:
        raise _Stop(TIMED_OUT, f"gave up waiting: {timed_out}")
    if job.state is JobState.FAILED:
        raise _Stop(FAILED, f"{job.ref} failed" + (f": {job.error}" if job.error else ""))
    if job.state is JobState.CANCELLED:
        raise _Stop(FAILED, f"{job.ref} was cancelled")


def _states(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[JobState]:
    """--state running --state queued, or --state running,queued: anyjob's states, in any case."""
    known = {state.value: state for state in JobState}
    chosen: list[JobState] = []
    for value in values:
        for name in filter(None, (part.strip().lower() for part in value.split(","))):
            if name not in known:
                raise click.BadParameter(f"{name!r} is not one of {', '.join(known)}.", ctx, param)
            chosen.append(known[name])
    return list(dict.fromkeys(chosen))


@cli.command(
    "list",
    epilog="""\b
Examples:
  anyjob list digitalocean
  anyjob list veryfront --project my-site --state failed --limit 10
  anyjob list dispersed --state queued,running --json | jq -r '.[].ref'
  anyjob list openai --kind batch --state running

Jobs come newest first where the vendor sorts them so. States are anyjob's, the same for every vendor: the vendor's
own status is in the VENDOR STATUS column (raw_status in JSON).
""",
)
@click.argument("vendor", type=click.Choice(vendor_names(), case_sensitive=False), metavar="VENDOR")
@click.option("--project", "-p", metavar="PROJECT",
              help="Veryfront only: the project (slug or id). Default: $VERYFRONT_PROJECT_SLUG.")
@click.option("--kind", "-k", metavar="KIND",
              help="Only this kind of job, for vendors that list several kinds: "
              f"{'; '.join(f'{p.name}: ' + ', '.join(p.kinds) for p in plugins() if p.kinds) or 'none yet'}.")
@click.option("--state", "-s", "states", multiple=True, metavar="STATE", callback=_states,
              help="Only jobs in this state; repeat (or separate with commas) for several. One of: "
              f"{', '.join(s.value for s in JobState)}.")
@click.option("--limit", "-n", type=click.IntRange(min=0), default=100, show_default=True, metavar="N",
              help="Show at most this many jobs; 0 for all of them.")
@_json_option
def list_(vendor: str, project: str | None, kind: str | None, states: list[JobState], limit: int,
          as_json: bool) -> None:
    """List a vendor's jobs (Veryfront: one project's; OpenAI: every kind, or one with --kind)."""
    checked: Vendor = vendor.lower()
    plugin = plugin_for(checked)
    scope = plugin.scope
    if project is not None and scope is None:
        scoped = ", ".join(p.name for p in plugins() if p.scope is not None)
        raise _Stop(USAGE, f"--project is only used with {scoped}, not {checked}")
    if kind is not None and kind not in plugin.kinds:
        kinds = f"one of {', '.join(plugin.kinds)}" if plugin.kinds else f"not used: {checked} lists one kind of job"
        raise _Stop(USAGE, f"--kind {kind!r} is {kinds}")
    config = _config([checked])
    if scope is not None and project is None and scope.setting is not None:
        setting = plugin_for(checked).setting(scope.setting)
        if getattr(config, f"{checked}_{scope.setting}") is None:
            env = setting.env[0] if setting else scope.setting
            raise _Stop(USAGE, f"{checked} lists one {scope.setting}'s jobs: give --project or set {env}")
    wanted = states or None
    found: list[Job] = []
    more = False
    with _open_jobs(config) as jobs:
        for job in jobs.list(checked, project=project, state=wanted, kind=kind):
            if limit and len(found) == limit:
                more = True
                break
            found.append(job)
    if as_json:
        _print_json([job_json(job) for job in found])
    elif found:
        _show(lambda width: _jobs_table(found, width))
    else:
        _show(lambda width: Text("no jobs", style="dim"))
    if more:
        _say(f"showing the first {limit} jobs; there are more (--limit N to see more, --limit 0 for all)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on `argv` (default: the process's arguments) and return the exit code."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="anyjob", standalone_mode=True)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (OK if code is None else FAILED)
    return OK


__all__ = ["EXIT_CODES", "cli", "exit_code_for", "job_json", "main"]
