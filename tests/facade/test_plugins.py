"""Vendors are plugins: a toy vendor registered at run time works through refs, Config, Jobs, AsyncJobs and
cancel_many without any facade file knowing its name; and no module outside a vendor's own plugin, simulator and tests
names a vendor (the names come from the registry)."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import tokenize
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import anyjob
import httpx2
import pytest
from anyjob import (
    AsyncJobs,
    BearerAuth,
    Call,
    Cancelled,
    Config,
    InvalidJobRef,
    Job,
    JobRef,
    Jobs,
    JobState,
    Setting,
    VendorPlugin,
    parse_ref,
)
from anyjob._vendors._base import first_text

from tests.hostile import RawRequest, answer, hostile_server

TOKEN = "toy_S3cr3t_f00d"


class Toy(VendorPlugin):
    name: ClassVar[str] = "toy"
    default_url: ClassVar[str] = "https://api.toy.example"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("token", ("TOY_TOKEN",), secret=True, required=True),
        Setting("url", ("TOY_URL",)),
    )
    states: ClassVar[Mapping[str, JobState]] = {"on": JobState.RUNNING, "stopping": JobState.CANCELLING,
                                                "off": JobState.CANCELLED}
    ref_example: ClassVar[str] = "toy:42"

    def job_id(self, value: str) -> str:
        if not value.isdigit():
            raise ValueError("must be digits")
        return value

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return BearerAuth(settings["token"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", f"/jobs/{job_id}")

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        return Call("POST", f"/jobs/{job_id}/stop")

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        return Call("GET", "/jobs", params={"page": 1})

    def next_page(self, call: Call, body: Any) -> Call | None:
        return call.with_params(page=body["next"]) if body.get("next") else None

    def job(self, ref: Any, body: Any) -> Job:
        return Job(ref=ref, state=self.state_of(body["status"]), raw_status=body["status"])

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        return [self.job(JobRef(self.name, item["id"]), item) for item in body["items"]]

    def error(self, body: Any) -> anyjob.ErrorInfo:
        return anyjob.ErrorInfo(first_text(body, "why") or "?")


@pytest.fixture
def toy() -> Iterator[Any]:
    status = {str(n): "on" for n in range(1, 6)}
    lock = threading.Lock()

    def respond(request: RawRequest, conn: socket.socket) -> None:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            answer(conn, 401, {"why": "who are you"})
            return
        with lock:
            if match := re.fullmatch(r"/jobs/(\d+)/stop", request.path):
                status[match[1]] = "off"
                answer(conn, 200, {"id": match[1], "status": "off"})
            elif match := re.fullmatch(r"/jobs/(\d+)", request.path):
                answer(conn, 200, {"id": match[1], "status": status[match[1]]}) if match[1] in status else \
                    answer(conn, 404, {"why": "no such job"})
            else:
                page = int(request.target.split("page=")[1])
                ids = sorted(status)[(page - 1) * 2: page * 2]
                answer(conn, 200, {"items": [{"id": i, "status": status[i]} for i in ids],
                                   "next": page + 1 if page * 2 < len(status) else None})

    anyjob.register_vendor(Toy())
    try:
        with hostile_server(respond) as server:
            yield server
    finally:
        anyjob.unregister_vendor("toy")


def test_a_registered_vendor_works_everywhere(toy: Any) -> None:
    assert "toy" in anyjob.vendor_names() and "toy" in anyjob.VENDORS
    assert parse_ref("toy:3") == JobRef("toy", "3")
    with pytest.raises(InvalidJobRef, match="must be digits"):
        parse_ref("toy:abc")
    config = Config(toy_token=TOKEN, toy_url=toy.base_url)
    assert config.vendors == ["toy"] and TOKEN not in repr(config)
    assert Config.from_env({"TOY_TOKEN": TOKEN}).toy_token == TOKEN
    with Jobs(config) as jobs:
        assert jobs.get("toy:1").state is JobState.RUNNING
        assert jobs.cancel("toy:2").state is JobState.CANCELLED
        listed = {job.id: job.state for job in jobs.list("toy")}
        assert listed == {"1": JobState.RUNNING, "2": JobState.CANCELLED, "3": JobState.RUNNING,
                          "4": JobState.RUNNING, "5": JobState.RUNNING}
        outcomes = jobs.cancel_many(["toy:3", "toy:4", "toy:nope"])
    assert [type(o) for o in outcomes][:2] == [Cancelled, Cancelled]
    assert isinstance(outcomes[2].error, InvalidJobRef)

    async def run() -> Job:
        async with AsyncJobs(config) as jobs:
            return await jobs.get("toy:5")

    assert asyncio.run(run()).state is JobState.RUNNING


def test_an_unregistered_vendor_is_an_invalid_ref() -> None:
    with pytest.raises(InvalidJobRef, match=f"is not one of {', '.join(anyjob.vendor_names())}$"):
        parse_ref("toy:1")


# -- no module outside a vendor's own plugin and simulator names a vendor ------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
FACADE = Path(anyjob.__file__).parent

#: Files outside this suite's owners' reach that still name a vendor in code, one entry each with why and who
#: converts it. THIS LIST MUST SHRINK TO NOTHING: an entry whose file no longer names a vendor fails the test (remove
#: the entry), and so does a file that starts naming one without an entry here.
STILL_NAMING_VENDORS: dict[str, str] = {}


def _shared_modules(names: tuple[str, ...]) -> list[Path]:
    """Every module that must not name a vendor: the facade (except each vendor's plugin module and simulator),
    scripts/, benchmarks/, noxfile.py and the shared test suites. Not scanned: tests/vendors/<vendor>/ (each vendor's
    own tests), tests/oracle/ (a vendor's SDKs as an oracle), and the tooling tests (specchanges, packaging, the
    codegen pipeline's tests/test_pipeline.py), which break real specs and packages on purpose as their fixtures:
    none lists the vendors, and a new vendor needs none of them changed."""
    found = []
    for path in sorted(FACADE.rglob("*.py")):
        inside = path.relative_to(FACADE).as_posix()
        if not any(inside == f"_vendors/{name}.py" or inside.startswith(f"testing/_{name}") for name in names):
            found.append(path)
    for folder in ("scripts", "benchmarks", "tests/facade", "tests/simulators", "tests/clients"):
        found += sorted((ROOT / folder).rglob("*.py"))
    found += sorted(path for path in ROOT.glob("tests/*.py") if path.name != "test_pipeline.py")
    found.append(ROOT / "noxfile.py")
    return found


def _strings_content(token: str) -> str:
    """The text inside a string literal (prefix and quotes cut off), lowercased."""
    return re.sub(r"""^[a-z]*(\'\'\'|\"\"\"|\'|\")|(\'\'\'|\"\"\"|\'|\")$""", "", token.lower())


def vendor_names_in(path: Path, names: tuple[str, ...], allowed: frozenset[str] = frozenset()) -> list[str]:
    """Where `path` names a vendor in code: an identifier that contains a vendor's name (`config.veryfront_project`,
    `DigitalOceanSimulator`), a string that is just the name (`vendor == "veryfront"`), or a string of one word that
    holds the name as an identifier would (`"VERYFRONT_API_TOKEN"`, `"dispersed:not-a-uuid"`, `"veryfront_client"`).
    Prose may name vendors: comments, docstrings, and strings of several words (help texts, messages); so may
    examples, values of a constant whose name says EXAMPLE (the command line's `_REF_EXAMPLE`). Strings in `allowed`
    (the allow-list's own file names) are not counted."""
    word = re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, names)) + r")(?![a-z])")
    found = []
    with path.open("rb") as source:
        tokens = list(tokenize.tokenize(source.readline))
    for token in tokens:
        text = token.string.lower()
        if token.type == tokenize.NAME:
            named = any(name in text for name in names)
        elif token.type == tokenize.STRING:
            content = _strings_content(token.string)
            if content in allowed:
                continue
            line = token.line.split("=")[0] if "=" in token.line else ""
            example = "example" in line.lower()
            named = content in names or (not re.search(r"\s", content) and bool(word.search(content))
                                         and not example)
        else:
            named = False
        if named:
            found.append(f"{token.start[0]}: {token.string[:80]}")
    return found


def test_no_module_outside_a_vendors_own_names_a_vendor() -> None:
    """The engine, drivers, config, refs, command line, simulator core, scripts, benchmarks and shared test suites
    read the registry (`anyjob.vendor_names()`); only each vendor's own plugin module, simulator and tests use its
    name in code."""
    names = anyjob.vendor_names()
    assert names, "no vendors registered: the check would pass vacuously"
    offenders = {path.relative_to(ROOT).as_posix(): lines for path in _shared_modules(names)
                 if (lines := vendor_names_in(path, names, frozenset(STILL_NAMING_VENDORS)))}
    unlisted = {path: lines for path, lines in offenders.items() if path not in STILL_NAMING_VENDORS}
    assert unlisted == {}, "name vendors in code (read the registry instead):\n" + json.dumps(unlisted, indent=1)
    cleaned = sorted(set(STILL_NAMING_VENDORS) - set(offenders))
    assert cleaned == [], f"no longer name a vendor: remove them from STILL_NAMING_VENDORS: {cleaned}"


def test_the_check_finds_names_in_code_and_not_in_prose(tmp_path: Path) -> None:
    """The check above can fail: each way of naming a vendor in code is caught, prose and examples are not."""
    names = anyjob.vendor_names()
    name = names[0]
    module = tmp_path / "module.py"
    module.write_text(
        f'"""Talks to {name.title()} and others."""\n'
        f"# {name} is mentioned in a comment\n"
        f"{name}_token = 1\n"
        f"class {name.title()}Simulator: ...\n"
        f'if vendor == "{name}": pass\n'
        f'TOKEN_VARIABLE = "{name.upper()}_API_TOKEN"\n'
        f'BAD_REF = f"{name}:not-an-id"\n'
        f'print("jobs at {name.title()} are listed")\n'
        f'_REF_EXAMPLE = "{name}:42"\n',
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in vendor_names_in(module, names)] == ["3", "4", "5", "6", "7"]
